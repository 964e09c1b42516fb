/**
 * The `Store`: Dyad's memory. One interface, one folder per engine (`store/duckdb`, `store/clickhouse`);
 * nothing outside `store/` imports a concrete engine except the factory that opens one by URL. Both
 * engines hold the same tables and answer every query here with the same values, which the contract
 * suite (`store/contract.test.ts`) checks for each engine.
 */
import type {
  ActorRef,
  DateInterval,
  DocumentInfo,
  DyadEvent,
  Evidence,
  Extraction,
  Indicator,
  IsoDay,
  Milestone,
  QuadClass,
} from '../core/model.js';
import type { ImportBatchInfo, ImportSink } from './import-sink.js';

/** A document as stored: its info and the text as read, so evidence offsets can be shown in place. */
export interface StoredDocument extends DocumentInfo {
  text: string;
  ingestedAt: string;
}

/** Where an event came from: Dyad's own extractor, or a row of an imported dataset. */
export type Dataset = 'dyad' | 'gdelt' | 'gdelt1' | 'icews' | 'acled';

/** A stored event: one happening, told by one or more mentions (documents or dataset rows). */
export interface StoredEvent extends Omit<DyadEvent, 'evidence'> {
  dataset: Dataset;
  /** The first mention's evidence; null for imported rows, which point back with `datasetRowId`. */
  evidence: Evidence | null;
  documentId: string | null;
  /** The dataset's own id of the row (GDELT's GLOBALEVENTID, ICEWS's Event ID + date). */
  datasetRowId: string | null;
  sourceUrl: string | null;
  /** How many mentions (documents, or the dataset's NumMentions) tell this event. */
  mentions: number;
}

/** One telling of an event: a sentence of a document. */
export interface EventMention {
  eventId: string;
  documentId: string;
  evidence: Evidence;
  rule: string;
}

export interface EventFilter {
  /** Two principals: events between them, either direction. */
  dyad?: [string, string];
  /** A principal on either side. */
  actor?: string;
  /** Events whose interval overlaps [from, to]. */
  from?: IsoDay;
  to?: IsoDay;
  /** Two-digit CAMEO root ("05"). */
  root?: string;
  quad?: QuadClass;
  dataset?: Dataset;
  documentId?: string;
  /** Default 1000. */
  limit?: number;
  offset?: number;
}

export type Period = 'month' | 'quarter' | 'year';

export interface DyadSeriesQuery {
  a: string;
  b: string;
  by: Period;
  from?: IsoDay;
  to?: IsoDay;
  dataset?: Dataset;
}

/** Which way the events of a row go. */
export type Direction = 'both' | 'a->b' | 'b->a';

/**
 * One period of a dyad. By year, an event counts in the year its interval starts. By quarter or month,
 * an event counts only in the period that holds its whole interval: one known only to its year (or a
 * season across two quarters) is not put in January or Q1 as if it happened then, but left out of the
 * finer series (`dyadTrend` in ../analysis counts how many). Events without a date are left out of series.
 */
export interface DyadSeriesRow {
  /** `2015`, `2015-Q3` or `2015-07`. */
  period: string;
  direction: Direction;
  events: number;
  mentions: number;
  /** Events per quad class 1..4. */
  quad: [number, number, number, number];
  goldsteinSum: number;
  goldsteinMean: number;
  /**
   * Cooperation index in [-1, 1]: (cooperative − conflictual) / all, where material events weigh
   * twice verbal ones.
   */
  cooperation: number;
}

export interface MilestoneFilter {
  actor?: string;
  org?: string;
  /** Milestones dated on or before this day (and undated ones). */
  at?: IsoDay;
}

export interface StoredMilestone extends Milestone {
  documentId: string | null;
}

export interface StoredIndicator extends Indicator {
  documentId: string | null;
}

/** The sentence behind an event, in its document. */
export interface EvidenceRecord {
  event: StoredEvent;
  mentions: (EventMention & { document: DocumentInfo })[];
}

/** What `putDocument` did: stored the document with its new events and mentions of stored ones, or nothing. */
export type PutResult =
  | { status: 'stored'; documentId: string; events: number; mentions: number }
  | { status: 'duplicate'; documentId: string };

/**
 * What `putDocument` stores: a whole extraction, or a long document's pieces in order (offsets already
 * into the whole text), taken one at a time so the store never holds the whole document's events.
 */
export type DocumentExtraction = Extraction | Iterable<Extraction> | AsyncIterable<Extraction>;

/** What removing a document took away. */
export interface RemovedDocument {
  documentId: string;
  /** Events only this document told. */
  events: number;
  /** Its tellings of events (one a sentence); events other documents also tell stay, one mention fewer each. */
  mentions: number;
  /** Milestones only it told. */
  milestones: number;
  indicators: number;
}

/** Counts of what a store holds. */
export interface StoreStats {
  documents: number;
  events: number;
  mentions: number;
  milestones: number;
  indicators: number;
  quarantined: number;
}

export interface Store {
  /** `duckdb` or `clickhouse`. */
  readonly engine: string;

  /**
   * Store a document and what was extracted from it, in one transaction: all of it or none.
   * A document already stored (same id) is left as it is and reported as a duplicate. Events that
   * match stored ones (same principals, same CAMEO root, overlapping dates) become mentions of them.
   * Pieces are pulled one at a time, after the duplicate check (a duplicate extracts nothing).
   */
  putDocument(doc: StoredDocument, extraction: DocumentExtraction): Promise<PutResult>;
  /**
   * Remove a document and what only it told: its mentions, the events and milestones no other
   * document tells, its indicators; events others tell too stay, with one mention fewer. Nothing else
   * changes (other documents, imported rows, actors). Null when no such document is stored.
   */
  removeDocument(id: string): Promise<RemovedDocument | null>;
  hasDocument(id: string): Promise<boolean>;
  getDocument(id: string): Promise<StoredDocument | null>;
  listDocuments(limit?: number, offset?: number): Promise<DocumentInfo[]>;

  events(filter: EventFilter): Promise<StoredEvent[]>;
  dyadSeries(q: DyadSeriesQuery): Promise<DyadSeriesRow[]>;
  milestones(filter: MilestoneFilter): Promise<StoredMilestone[]>;
  indicators(subject?: string): Promise<StoredIndicator[]>;
  evidence(eventId: string): Promise<EvidenceRecord | null>;
  /** Every principal that appears in an event, with its count: for pickers. */
  principals(): Promise<{ principal: string; events: number }[]>;
  stats(): Promise<StoreStats>;

  /**
   * Lay out the events for fast dyad queries (DuckDB: rewrite the table ordered by source, target and
   * date, so zone maps skip what a dyad does not touch; ClickHouse: its MergeTree order already does).
   * Queries answer the same before and after; only their speed changes.
   */
  optimize?(): Promise<void>;

  /**
   * A number that changes whenever the store's content may have changed, so an answer computed at one
   * value can be served again while it holds (the API's ETags and answer cache). Only engines that see
   * every write have one: DuckDB, whose file one process holds; not ClickHouse, which others write.
   */
  generation?(): number;

  /** Begin an import of a dataset file; rows go in through the sink's fast bulk path. */
  beginImport(info: ImportBatchInfo): Promise<ImportSink>;

  close(): Promise<void>;
}

export type { ActorRef, DateInterval };

/**
 * The mark an engine puts on a result that came from only some of its shards (a ClickHouse cluster
 * opened with `partial=1`). Callers that pass results on (the API) check it, so a partial answer is
 * never shown as a whole one.
 */
export const PARTIAL_RESULT: unique symbol = Symbol.for('dyad.partial') as never;

/** Whether `result` came from only some of the store's shards. */
export function isPartialResult(result: unknown): boolean {
  return typeof result === 'object' && result !== null && (result as Record<symbol, unknown>)[PARTIAL_RESULT] === true;
}
