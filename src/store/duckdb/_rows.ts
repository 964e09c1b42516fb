/** Maps DuckDB rows to the model's objects; the SELECT lists here and the mappers change together. */
import type { DateInterval, DatePrecision, Evidence, Instrument, IndicatorQualifier, MilestoneStatus, QuadClass } from '../../core/model.js';
import type { Dataset, StoredEvent, StoredIndicator, StoredMilestone } from '../store.js';
import type { SqlRow } from './_db.js';

type Cell = SqlRow[string] | undefined;
const s = (v: Cell): string | null => (v === null || v === undefined ? null : String(v));
const n = (v: Cell): number => Number(v ?? 0);

/** Date columns read as ISO text, whichever way the engine returns them. */
export const DATE_COLUMNS = `strftime(date_start, '%Y-%m-%d') AS date_start, strftime(date_end, '%Y-%m-%d') AS date_end, date_precision`;
const EVIDENCE_COLUMNS = 'document_id, evidence_start, evidence_end, evidence_text, evidence_page';

export const EVENT_COLUMNS = `id, dataset, dataset_row_id, source_principal, source_actor, source_actor_id,
  target_principal, target_actor, target_actor_id, code, root, quad_class, goldstein, ${DATE_COLUMNS},
  ${EVIDENCE_COLUMNS}, rule, confidence, mentions, source_url, source_sector, target_sector`;
/** The stored columns `EVENT_COLUMNS` reads, for a subquery to pass on (not `*`: the fewer, the faster). */
export const EVENT_SOURCE_COLUMNS = `id, dataset, dataset_row_id, source_principal, source_actor, source_actor_id,
  target_principal, target_actor, target_actor_id, code, root, quad_class, goldstein, date_start, date_end, date_precision,
  ${EVIDENCE_COLUMNS}, rule, confidence, mentions, source_url, source_sector, target_sector`;
export const MILESTONE_COLUMNS = `id, actor, org, instrument, status, ${DATE_COLUMNS}, ${EVIDENCE_COLUMNS}, rule, mentions`;
export const INDICATOR_COLUMNS = `id, subject, metric, value, unit, qualifier, ${DATE_COLUMNS}, ${EVIDENCE_COLUMNS}, rule`;

export function dateOf(r: SqlRow): DateInterval | null {
  const start = s(r['date_start']);
  const end = s(r['date_end']);
  if (start === null && end === null) return null;
  return { start, end, precision: (s(r['date_precision']) ?? 'day') as DatePrecision };
}

/** A stored evidence span, with its page when the document has pages. */
export function evidenceOf(r: SqlRow): Evidence | null {
  if (r['evidence_start'] === null || r['evidence_start'] === undefined) return null;
  const page = r['evidence_page'];
  return { start: n(r['evidence_start']), end: n(r['evidence_end']), text: s(r['evidence_text']) ?? '', ...(page === null || page === undefined ? {} : { page: Number(page) }) };
}

export function eventOf(r: SqlRow): StoredEvent {
  const sourceId = s(r['source_actor_id']);
  const targetId = s(r['target_actor_id']);
  const sourceSector = s(r['source_sector']);
  const targetSector = s(r['target_sector']);
  return {
    id: String(r['id']),
    dataset: String(r['dataset']) as Dataset,
    datasetRowId: s(r['dataset_row_id']),
    source: { principal: String(r['source_principal']), actor: s(r['source_actor']) ?? String(r['source_principal']), ...(sourceId ? { actorId: sourceId } : {}), ...(sourceSector ? { sector: sourceSector } : {}) },
    target: { principal: String(r['target_principal']), actor: s(r['target_actor']) ?? String(r['target_principal']), ...(targetId ? { actorId: targetId } : {}), ...(targetSector ? { sector: targetSector } : {}) },
    code: String(r['code']),
    root: String(r['root']),
    quadClass: n(r['quad_class']) as QuadClass,
    goldstein: n(r['goldstein']),
    date: dateOf(r),
    evidence: evidenceOf(r),
    documentId: s(r['document_id']),
    rule: s(r['rule']) ?? '',
    confidence: r['confidence'] === null ? 1 : n(r['confidence']),
    mentions: n(r['mentions']),
    sourceUrl: s(r['source_url']),
  };
}

/** What a row without evidence reads as (a milestone whose telling was removed). */
export const NO_EVIDENCE: Evidence = { start: 0, end: 0, text: '' };

export function milestoneOf(r: SqlRow): StoredMilestone {
  return {
    id: String(r['id']),
    actor: String(r['actor']),
    org: String(r['org']),
    instrument: String(r['instrument']) as Instrument,
    status: String(r['status']) as MilestoneStatus,
    date: dateOf(r),
    evidence: evidenceOf(r) ?? NO_EVIDENCE,
    rule: s(r['rule']) ?? '',
    documentId: s(r['document_id']),
  };
}

export function indicatorOf(r: SqlRow): StoredIndicator {
  return {
    id: String(r['id']),
    subject: String(r['subject']),
    metric: String(r['metric']),
    value: n(r['value']),
    unit: String(r['unit']),
    qualifier: s(r['qualifier']) as IndicatorQualifier | null,
    date: dateOf(r),
    evidence: evidenceOf(r) ?? NO_EVIDENCE,
    rule: s(r['rule']) ?? '',
    documentId: s(r['document_id']),
  };
}
