/**
 * What every dataset importer provides: a row parser that turns the file's lines into Dyad events or
 * quarantine rows (the portable path, used for every format and every store), and optionally a
 * description of the file that lets a store load it through its own bulk CSV reader (the fast path).
 */
import type { Dataset } from '../store/store.js';
import type { ImportedEvent, QuarantinedRow } from '../store/import-sink.js';
import type { ImportFormat } from './detect.js';
import type { BulkSpec } from '../store/bulk-sink.js';

/** What one pushed line gave: nothing yet (a header, a record still open), events, bad rows. */
export interface ParsedLines {
  events: ImportedEvent[];
  quarantined: QuarantinedRow[];
}

/** Parses one file's lines, in order. A record may span lines (quoted newlines in CSV). */
export interface RowParser {
  /** Parse the line numbered `line` (1-based), adding what it yields to `out`. */
  push(text: string, line: number, out: ParsedLines): void;
  /** The file ended: flush a record still open. */
  end(out: ParsedLines): void;
}

export interface Importer {
  readonly format: ImportFormat;
  readonly dataset: Dataset;
  /** A parser for one file (it keeps the state of that file: header seen, open record). */
  parser(file: string): RowParser;
  /** The bulk-load description of a file, when the format has one. */
  bulk?(file: string): BulkSpec;
}
