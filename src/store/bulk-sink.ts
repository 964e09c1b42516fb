/**
 * The importers' fast path into a store, beside `ImportSink`: an engine-neutral description of a
 * delimited dataset file that a store can load with its own bulk CSV reader (DuckDB's `read_csv`),
 * mapping the columns in SQL exactly as the format's row parser maps them in JS. A sink that can do
 * this implements `BulkCsvSink`.
 */
import type { IsoDay, QuadClass } from '../core/model.js';
import type { ImportSink } from './import-sink.js';
import type { Dataset } from './store.js';

/** A principal over an inclusive interval of days; null ends are open. */
export interface PrincipalSegment {
  principal: string;
  from: IsoDay | null;
  to: IsoDay | null;
}

/** 0-based column positions of the fields a bulk load maps. */
export interface BulkFields {
  rowKey: number;
  /** The event day, written `YYYYMMDD`. */
  date: number;
  sourceCode: number;
  sourceCountry: number;
  sourceGroup: number;
  targetCode: number;
  targetCountry: number;
  targetGroup: number;
  code: number;
  quadClass: number;
  goldstein: number;
  mentions: number;
  /** Null where the layout has none; rows shorter than it get null. */
  sourceUrl: number | null;
}

export interface BulkSpec {
  file: string;
  dataset: Dataset;
  /** How the file is packed; a bulk reader takes plain or gzip files (zip is unpacked first). */
  compression: 'none' | 'gzip';
  /** Tab for GDELT. */
  delimiter: string;
  /** Columns a well-formed row has at most; longer rows are quarantined. */
  columns: number;
  /** Columns a well-formed row has at least; shorter rows are quarantined. */
  minColumns: number;
  fields: BulkFields;
  /** Every valid CAMEO code with its quad class and Goldstein value (used when a row leaves them empty). */
  cameo: { code: string; quadClass: QuadClass; goldstein: number }[];
  /** Called now and then while the reader reads, with the share of the file done (0..1). */
  onProgress?: (fraction: number) => void;
  /** The principal segments of an actor: the same resolver the row parser uses. */
  actorSegments(code: string, country: string, group: string): PrincipalSegment[];
}

/** What a bulk load read. */
export interface BulkResult {
  /** Data lines read. */
  rows: number;
  /** How many lines are not well-formed rows; `badLines()` gives them for the row parser to quarantine. */
  badLines: number;
  /** Milliseconds spent in each step, for benchmarks. */
  phases: Record<string, number>;
}

/** A sink that can load a whole file through the engine's bulk reader. */
export interface BulkCsvSink extends ImportSink {
  loadBulk(spec: BulkSpec): Promise<BulkResult>;
  /** The bad lines of the last bulk load, ascending, in chunks (memory stays flat however many). */
  badLines(): AsyncGenerator<number[]>;
}

export function isBulkCsvSink(sink: ImportSink): sink is BulkCsvSink {
  return typeof (sink as Partial<BulkCsvSink>).loadBulk === 'function';
}
