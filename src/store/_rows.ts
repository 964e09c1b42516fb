/**
 * Maps stored rows to the model's objects for every engine: DuckDB and ClickHouse name the tables'
 * columns alike, so the SELECT lists are built here around each engine's date columns and one set of
 * mappers reads what they return. The SELECT lists and the mappers change together.
 */
import type { DateInterval, DatePrecision, Evidence, Instrument, IndicatorQualifier, MilestoneStatus, QuadClass } from '../core/model.js';
import type { Dataset, StoredEvent, StoredIndicator, StoredMilestone } from './store.js';

/** A row as plain JS: strings, numbers (BIGINT already narrowed), booleans, null; dates as ISO text. */
export type SqlRow = Record<string, string | number | boolean | null>;

type Cell = SqlRow[string] | undefined;
const s = (v: Cell): string | null => (v === null || v === undefined ? null : String(v));
const n = (v: Cell): number => Number(v ?? 0);

/** The date columns as stored; an engine that returns dates as date values gives its own list that reads them as text. */
export const STORED_DATE_COLUMNS = 'date_start, date_end, date_precision';
const EVIDENCE_COLUMNS = 'document_id, evidence_start, evidence_end, evidence_text, evidence_page';

/** The columns `eventOf` reads, with `dates` for the date columns. */
export const eventColumns = (dates: string): string => `id, dataset, dataset_row_id, source_principal, source_actor, source_actor_id,
  target_principal, target_actor, target_actor_id, code, root, quad_class, goldstein, ${dates},
  ${EVIDENCE_COLUMNS}, rule, confidence, mentions, source_url, source_sector, target_sector`;
/** The columns `milestoneOf` reads. */
export const milestoneColumns = (dates: string): string => `id, actor, org, instrument, status, ${dates}, ${EVIDENCE_COLUMNS}, rule, mentions`;
/** The columns `indicatorOf` reads. */
export const indicatorColumns = (dates: string): string => `id, subject, metric, value, unit, qualifier, ${dates}, ${EVIDENCE_COLUMNS}, rule`;

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
