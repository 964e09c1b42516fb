/** Export of stored events: CSV, NDJSON, or GDELT 2.0 rows that `dyad import` reads back. */
export { exportEvents, flatEvent, EXPORT_FORMATS, EXPORT_COLUMNS, type ExportFormat, type ExportResult } from './export.js';
export { gdeltRow, stableEventNumber } from './_gdelt.js';
