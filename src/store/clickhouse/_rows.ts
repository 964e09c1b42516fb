/**
 * Maps ClickHouse rows to the model through the DuckDB engine's own mappers (same column names), so both
 * engines build their objects the same way. ClickHouse keeps "no day" as '' (see _schema.ts); here it
 * becomes null again, and 64-bit counts, which JSON gives as text, become numbers.
 */
import type { Evidence } from '../../core/model.js';
import { eventOf, evidenceOf, indicatorOf, milestoneOf, NO_EVIDENCE } from '../duckdb/_rows.js';
import type { SqlRow } from '../duckdb/_db.js';
import type { StoredEvent, StoredIndicator, StoredMilestone } from '../store.js';
import type { ChRow } from './_conn.js';

const DATE = `date_start, date_end, date_precision`;
const EVIDENCE = 'document_id, evidence_start, evidence_end, evidence_text, evidence_page';

export const EVENT_COLUMNS = `id, dataset, dataset_row_id, source_principal, source_actor, source_actor_id,
  target_principal, target_actor, target_actor_id, code, root, quad_class, goldstein, ${DATE},
  ${EVIDENCE}, rule, confidence, mentions, source_url, source_sector, target_sector`;
export const MILESTONE_COLUMNS = `id, actor, org, instrument, status, ${DATE}, ${EVIDENCE}, rule, mentions`;
export const INDICATOR_COLUMNS = `id, subject, metric, value, unit, qualifier, ${DATE}, ${EVIDENCE}, rule`;

/** A JSONEachRow row as the DuckDB mappers read it. */
export function sqlRow(r: ChRow): SqlRow {
  const out: SqlRow = {};
  for (const [k, v] of Object.entries(r)) {
    if (v === null || v === undefined) out[k] = null;
    else if ((k === 'date_start' || k === 'date_end') && v === '') out[k] = null;
    else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = v;
    else out[k] = String(v);
  }
  return out;
}

export const chEventOf = (r: ChRow): StoredEvent => eventOf(sqlRow(r));
export const chMilestoneOf = (r: ChRow): StoredMilestone => milestoneOf(sqlRow(r));
export const chIndicatorOf = (r: ChRow): StoredIndicator => indicatorOf(sqlRow(r));
export const chEvidenceOf = (r: ChRow): Evidence => evidenceOf(sqlRow(r)) ?? NO_EVIDENCE;
