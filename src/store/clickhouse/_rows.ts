/**
 * Maps ClickHouse rows to the model through the store's shared mappers (../_rows.ts), so both engines
 * build their objects the same way. ClickHouse keeps "no day" as '' (see _schema.ts); here it
 * becomes null again, and 64-bit counts, which JSON gives as text, become numbers.
 */
import type { Evidence } from '../../core/model.js';
import { eventColumns, eventOf, evidenceOf, indicatorColumns, indicatorOf, milestoneColumns, milestoneOf, NO_EVIDENCE, STORED_DATE_COLUMNS, type SqlRow } from '../_rows.js';
import type { StoredEvent, StoredIndicator, StoredMilestone } from '../store.js';
import type { ChRow } from './_conn.js';

export const EVENT_COLUMNS = eventColumns(STORED_DATE_COLUMNS);
export const MILESTONE_COLUMNS = milestoneColumns(STORED_DATE_COLUMNS);
export const INDICATOR_COLUMNS = indicatorColumns(STORED_DATE_COLUMNS);

/** A JSONEachRow row as the shared mappers read it. */
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
