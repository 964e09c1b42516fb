/** Export of stored events: CSV, NDJSON, GDELT 2.0 rows that `dyad import` reads back, or PLOVER records. */
export { eventCsvLine, exportEvents, flatEvent, EXPORT_FORMATS, EXPORT_COLUMNS, type ExportFormat, type ExportResult } from './export.js';
export { gdeltRow, stableEventNumber } from './_gdelt.js';
export { ploverRecord, ploverOf, loadPloverTable, type PloverRecord, type PloverCode, type PloverActor } from './_plover.js';
