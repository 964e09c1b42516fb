/**
 * How importers hand rows of a dataset (GDELT, ICEWS, ACLED) to a store. The importer parses and maps;
 * the sink loads in bulk through the engine's own fast path and keeps the dataset's row key unique, so
 * importing a file twice adds nothing.
 */
import type { DateInterval, DyadEvent } from '../core/model.js';
import type { Dataset } from './store.js';

export interface ImportBatchInfo {
  /** Unique per run. */
  batchId: string;
  file: string;
  dataset: Dataset;
}

/**
 * One dataset row mapped into Dyad's model: an event's who, what and Goldstein value as extracted
 * events have them, with the dataset's key, mention count and link in place of an id and evidence.
 */
export interface ImportedEvent extends Pick<DyadEvent, 'source' | 'target' | 'code' | 'root' | 'quadClass' | 'goldstein'> {
  dataset: Dataset;
  /** The dataset's own key: GDELT GLOBALEVENTID; ICEWS `EventID|YYYY-MM-DD`; ACLED event_id_cnty. */
  rowKey: string;
  /** Every dataset row is dated (a row without a date is quarantined). */
  date: DateInterval;
  mentions: number;
  sourceUrl: string | null;
  /** Line in the file, for pointing back. */
  line: number;
}

/** A row that could not be imported, and why. */
export interface QuarantinedRow {
  file: string;
  line: number;
  reason: string;
  raw: string;
}

export interface ImportSummary {
  inserted: number;
  duplicates: number;
  quarantined: number;
}

export interface ImportSink {
  add(rows: ImportedEvent[]): Promise<void>;
  quarantine(rows: QuarantinedRow[]): Promise<void>;
  /** Make the batch durable and return its counts. */
  finish(): Promise<ImportSummary>;
  /** Drop what was staged. */
  abort(): Promise<void>;
}
