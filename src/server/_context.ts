/**
 * What every route module is handed: the store, and the drivers for the two writes (the extractor for
 * a posted document, the importer for an uploaded dataset file). Drivers are passed in, never imported
 * here, so the server runs with whatever the CLI (or a test) gives it.
 */
import type { Extraction } from '../core/model.js';
import type { ImportSummary } from '../store/import-sink.js';
import type { Store } from '../store/store.js';

/** What the server needs of an extractor: text and its details in, an extraction out. */
export interface DocumentExtractor {
  extract(
    text: string,
    info: { path?: string; published?: string | null; title?: string },
  ): Extraction | Promise<Extraction>;
}

/** What an import reports: the format it read, rows read, and the store's counts. */
export interface DatasetImportResult extends ImportSummary {
  format: string;
  rows: number;
}

/**
 * Imports a dataset file already on disk into the store; `format` is `auto` or a dataset format
 * (`gdelt`, `gdelt1`, `icews`, `acled`).
 */
export type DatasetImporter = (args: { file: string; format: string; store: Store }) => Promise<DatasetImportResult>;

export interface ServerContext {
  store: Store;
  extractor: DocumentExtractor | null;
  importer: DatasetImporter | null;
}
