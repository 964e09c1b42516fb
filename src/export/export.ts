/**
 * Writes stored events, page by page (memory stays flat), as CSV, NDJSON or GDELT 2.0 export rows.
 */
import { csvField } from '../core/csv.js';
import type { EventFilter, Store, StoredEvent } from '../store/store.js';
import { gdeltRow } from './_gdelt.js';
import { loadPloverTable, ploverRecord } from './_plover.js';

export const EXPORT_FORMATS = ['csv', 'ndjson', 'gdelt', 'plover'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The flat columns of the CSV and NDJSON forms. */
export const EXPORT_COLUMNS = [
  'id', 'dataset', 'dataset_row_id', 'date_start', 'date_end', 'date_precision', 'source_principal', 'source_actor',
  'source_sector', 'target_principal', 'target_actor', 'target_sector', 'code', 'root', 'quad_class', 'goldstein', 'mentions', 'source_url',
  'document_id', 'evidence_text', 'evidence_page',
] as const;

export function flatEvent(e: StoredEvent): Record<(typeof EXPORT_COLUMNS)[number], string | number | null> {
  return {
    id: e.id,
    dataset: e.dataset,
    dataset_row_id: e.datasetRowId,
    date_start: e.date?.start ?? null,
    date_end: e.date?.end ?? null,
    date_precision: e.date?.precision ?? null,
    source_principal: e.source.principal,
    source_actor: e.source.actor,
    source_sector: e.source.sector ?? null,
    target_principal: e.target.principal,
    target_actor: e.target.actor,
    target_sector: e.target.sector ?? null,
    code: e.code,
    root: e.root,
    quad_class: e.quadClass,
    goldstein: e.goldstein,
    mentions: e.mentions,
    source_url: e.sourceUrl,
    document_id: e.documentId,
    evidence_text: e.evidence?.text ?? null,
    // The page of a PDF the quote is on; empty for a document without pages and for imported rows.
    evidence_page: e.evidence?.page ?? null,
  };
}

/** One event as a line of the CSV form (columns as `EXPORT_COLUMNS`), without its line break. */
export function eventCsvLine(e: StoredEvent): string {
  const flat = flatEvent(e);
  return EXPORT_COLUMNS.map((c) => csvField(flat[c])).join(',');
}

export interface ExportResult {
  written: number;
  /** Events left out (GDELT rows need a date; PLOVER has no event for CAMEO 01 and 02). */
  skipped: number;
}

/** Page size when reading the store. */
const PAGE = 5000;

/**
 * Write every event matching `filter` with `write` (called once per chunk of text).
 * @example await exportEvents(store, { dataset: 'gdelt' }, 'gdelt', (s) => process.stdout.write(s));
 */
export async function exportEvents(
  store: Store,
  filter: Omit<EventFilter, 'limit' | 'offset'>,
  format: ExportFormat,
  write: (chunk: string) => void | Promise<void>,
): Promise<ExportResult> {
  let written = 0;
  let skipped = 0;
  if (format === 'csv') await write(`${EXPORT_COLUMNS.join(',')}\n`);
  const plover = format === 'plover' ? loadPloverTable() : null;
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.events({ ...filter, limit: PAGE, offset });
    const lines: string[] = [];
    for (const e of page) {
      if (format === 'gdelt') {
        const row = gdeltRow(e);
        if (!row) {
          skipped++;
          continue;
        }
        lines.push(row.join('\t'));
      } else if (plover) {
        // PLOVER's JSON records, one a line (its manual suggests JSONL).
        const rec = ploverRecord(e, plover);
        if (!rec) {
          skipped++;
          continue;
        }
        lines.push(JSON.stringify(rec));
      } else if (format === 'ndjson') {
        lines.push(JSON.stringify(flatEvent(e)));
      } else {
        lines.push(eventCsvLine(e));
      }
      written++;
    }
    if (lines.length) await write(`${lines.join('\n')}\n`);
    if (page.length < PAGE) break;
  }
  return { written, skipped };
}
