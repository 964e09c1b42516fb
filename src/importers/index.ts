/** Dataset importers (GDELT 2.0 and 1.0, ICEWS, ACLED): detection, row parsers, and the import run. */
export { importFile, type ImportFileOptions, type ImportFileResult, type ImportPath, type ImportProgress } from './run.js';
export { detectFormat, parseImportFormat, IMPORT_FORMATS, type ImportFormat } from './detect.js';
export { importerFor } from './registry.js';
export type { Importer, RowParser, ParsedLines } from './importer.js';
export { isBulkCsvSink, type BulkCsvSink, type BulkSpec, type BulkResult } from '../store/bulk-sink.js';
export { CsvRecords, splitCsv, type CsvRecord } from './_csv.js';
export { loadCameoActors, type CameoActorsFile, type CodeEntry } from './_tables.js';
