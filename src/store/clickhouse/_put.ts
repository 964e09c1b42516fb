/**
 * Writing one document and its extraction to ClickHouse, with the DuckDB engine's rules
 * (src/store/duckdb/_put.ts): an event that tells a stored one again — same principals in the same
 * direction (either direction for the symmetric roots), same CAMEO root, overlapping dated intervals,
 * earliest (date, id) first — becomes a mention of it; milestones likewise; indicators and actors
 * already stored are left as they are.
 *
 * ClickHouse has no transactions, so the document's rows go in as a few batched inserts with the
 * `documents` row last: until it is written the document is not stored, and a retry writes the same
 * rows again, which the ReplacingMergeTree keys collapse. Matching ignores rows a failed earlier
 * attempt of this same document left, and a matched event's mention count is recounted from its
 * mention rows, so a retry never counts a telling twice.
 */
import type { DyadEvent, Extraction, Indicator, Milestone } from '../../core/model.js';
import { candidateFromRow, closedInterval, EventMatcher, SYMMETRIC_ROOTS, tellEvents, type MatchCandidate } from '../_matching.js';
import type { StoredDocument } from '../store.js';
import type { ChConn, ChRow } from './_conn.js';
import { insertRows, rowOf, type Row } from './_insert.js';
import { tableColumns } from './_schema.js';
import { day, str, strList } from './_sql.js';

const closed = closedInterval;

const dayText = (d: string | null | undefined): string => d ?? '';

/** 'YYYY-MM-DD hh:mm:ss' (UTC) for a DateTime column. */
export function dateTimeText(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return new Date().toISOString().slice(0, 19).replace('T', ' ');
  return d.toISOString().slice(0, 19).replace('T', ' ');
}

function eventRow(e: DyadEvent, documentId: string, mentions: number): Row {
  return {
    id: e.id, dataset: 'dyad', dataset_row_id: null, source_principal: e.source.principal, source_actor: e.source.actor,
    source_actor_id: e.source.actorId ?? null, target_principal: e.target.principal, target_actor: e.target.actor,
    target_actor_id: e.target.actorId ?? null, code: e.code, root: e.root, quad_class: e.quadClass, goldstein: e.goldstein,
    date_start: dayText(e.date?.start), date_end: dayText(e.date?.end), date_precision: e.date ? e.date.precision : null,
    document_id: documentId, evidence_start: e.evidence.start, evidence_end: e.evidence.end, evidence_text: e.evidence.text,
    rule: e.rule, confidence: e.confidence, mentions, source_url: null, batch_id: null, version: mentions,
    evidence_page: e.evidence.page ?? null, source_sector: e.source.sector ?? null, target_sector: e.target.sector ?? null,
  };
}

/** Every column of `events`, to read a stored row whole before writing it again. */
export const storedEventSelect = (): string => `SELECT ${tableColumns('events').join(', ')} FROM events FINAL`;

/**
 * A stored row (read with `storedEventSelect`) written again with a new mention count, one version
 * above the stored one, so it wins whichever way the count moved (a removed document lowers it).
 */
export function storedEventRow(r: ChRow, mentions: number, changes: Row = {}): Row {
  return { ...rowOf(r, tableColumns('events')), ...changes, mentions, version: Number(r['version'] ?? 0) + 1 };
}

/** A key that orders matches as DuckDB's arg_min over date then id. */
const matchKey = (start: string, id: string): string => `${start}${id}`;

interface Candidate {
  id: string;
  key: string;
}

const earliest = (a: Candidate | null, b: Candidate | null): Candidate | null => (!a ? b : !b ? a : a.key <= b.key ? a : b);

/**
 * Every stored event any dated event of this document could match, in one query; the matching rules
 * are then applied per event by `EventMatcher`. Rows a failed earlier attempt of this document left
 * are not candidates.
 */
async function storedEventCandidates(conn: ChConn, documentId: string, events: DyadEvent[]): Promise<MatchCandidate[]> {
  const dated = events.filter((e) => closed(e.date));
  if (dated.length === 0) return [];
  const pairs = new Set<string>();
  const roots = new Set<string>();
  let min = '9999-12-31';
  let max = '0000-01-01';
  for (const e of dated) {
    const d = closed(e.date) as { start: string; end: string };
    pairs.add(`(${str(e.source.principal)}, ${str(e.target.principal)})`);
    if (SYMMETRIC_ROOTS.has(e.root)) pairs.add(`(${str(e.target.principal)}, ${str(e.source.principal)})`);
    roots.add(e.root);
    if (d.start < min) min = d.start;
    if (d.end > max) max = d.end;
  }
  const rows = await conn.all(
    `SELECT DISTINCT id, source_principal, target_principal, root, date_start, date_end FROM events
      WHERE (source_principal, target_principal) IN (${[...pairs].join(', ')}) AND dataset = 'dyad'
        AND root IN ${strList([...roots])} AND date_start != '' AND date_end != ''
        AND date_start <= ${day(max)} AND date_end >= ${day(min)} AND ifNull(document_id, '') != ${str(documentId)}`,
  );
  return rows.map(candidateFromRow);
}

/** What one document added. */
export interface PutCounts {
  events: number;
  mentions: number;
}

/** Write the document and everything extracted from it; the `documents` row goes last. */
export async function putDocumentRows(conn: ChConn, doc: StoredDocument, x: Extraction): Promise<PutCounts> {
  const mentionRows: Row[] = [];
  // Lookups that do not depend on each other go out together.
  const others = Promise.all([newActors(conn, x.events), milestoneWrites(conn, doc.id, x.milestones), newIndicators(conn, doc.id, x.indicators)]);
  others.catch(() => undefined);
  // Stored events (not this document's: rows a failed earlier attempt left) and, as they come, its own new ones.
  const matcher = new EventMatcher(await storedEventCandidates(conn, doc.id, x.events));
  const { fresh, added, told } = tellEvents(x.events, matcher, new Set());
  const counts: PutCounts = { events: fresh.size, mentions: x.events.length - fresh.size };
  for (const [seq, e] of x.events.entries()) {
    const match = told[seq];
    mentionRows.push({
      event_id: match ?? e.id, document_id: doc.id, seq, evidence_start: e.evidence.start, evidence_end: e.evidence.end,
      evidence_text: e.evidence.text, rule: e.rule, evidence_page: e.evidence.page ?? null,
    });
  }

  const eventRows: Row[] = [...fresh.values()].map(({ e, mentions }) => eventRow(e, doc.id, mentions));
  if (added.size > 0) {
    // A stored event's count: its mentions by other documents, plus this one's.
    const ids = [...added.keys()];
    const others = await conn.all(
      `SELECT event_id, count() AS n FROM event_mentions FINAL WHERE event_id IN ${strList(ids)} AND document_id != ${str(doc.id)} GROUP BY event_id`,
    );
    const prior = new Map(others.map((r) => [String(r['event_id']), Number(r['n'])]));
    const rows = await conn.all(`${storedEventSelect()} WHERE id IN ${strList(ids)}`);
    for (const r of rows) {
      const id = String(r['id']);
      eventRows.push(storedEventRow(r, (prior.get(id) ?? 1) + (added.get(id) ?? 0)));
    }
  }

  const [actorRows, milestoneRows, indicatorRows] = await others;
  // Tables are independent: written side by side, the document row only once all are in.
  await Promise.all([
    insertRows(conn, 'events', eventRows),
    insertRows(conn, 'event_mentions', mentionRows),
    insertRows(conn, 'actors', actorRows),
    insertRows(conn, 'milestones', milestoneRows),
    insertRows(conn, 'indicators', indicatorRows),
  ]);
  await insertRows(conn, 'documents', [
    {
      id: doc.id, path: doc.path ?? null, title: doc.title ?? null, published: doc.published, language: doc.language ?? null,
      text: doc.text, ingested_at: dateTimeText(doc.ingestedAt), kind: doc.kind ?? null,
    },
  ]);
  return counts;
}

async function existingIds(conn: ChConn, table: 'actors' | 'milestones' | 'indicators', ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await conn.all(`SELECT DISTINCT id FROM ${table} WHERE id IN ${strList(ids)}`);
  return new Set(rows.map((r) => String(r['id'])));
}

/** Actors not stored yet, first telling kept (DuckDB's INSERT OR IGNORE). */
async function newActors(conn: ChConn, events: DyadEvent[]): Promise<Row[]> {
  const seen = new Map<string, Row>();
  for (const e of events) {
    for (const side of [e.source, e.target]) {
      if (side.actorId && !seen.has(side.actorId)) seen.set(side.actorId, { id: side.actorId, kind: null, name: side.actor, principal: side.principal });
    }
  }
  const stored = await existingIds(conn, 'actors', [...seen.keys()]);
  return [...seen.entries()].filter(([id]) => !stored.has(id)).map(([, row]) => row);
}

async function newIndicators(conn: ChConn, documentId: string, list: Indicator[]): Promise<Row[]> {
  const stored = await existingIds(conn, 'indicators', list.map((i) => i.id));
  const out: Row[] = [];
  const seen = new Set<string>();
  for (const i of list) {
    if (stored.has(i.id) || seen.has(i.id)) continue;
    seen.add(i.id);
    out.push({
      id: i.id, subject: i.subject, metric: i.metric, value: i.value, unit: i.unit, qualifier: i.qualifier,
      date_start: dayText(i.date?.start), date_end: dayText(i.date?.end), date_precision: i.date ? i.date.precision : null,
      document_id: documentId, evidence_start: i.evidence.start, evidence_end: i.evidence.end, evidence_text: i.evidence.text,
      rule: i.rule, evidence_page: i.evidence.page ?? null,
    });
  }
  return out;
}

/** Every column of `milestones`, to read a stored row whole before writing it again. */
export const storedMilestoneSelect = (): string => `SELECT ${tableColumns('milestones').join(', ')} FROM milestones FINAL`;

/** New milestones, and stored ones written again with their added mentions. */
async function milestoneWrites(conn: ChConn, documentId: string, list: Milestone[]): Promise<Row[]> {
  const created: { m: Milestone; mentions: number }[] = [];
  const storedAdds = new Map<string, number>();
  const stored = await existingIds(conn, 'milestones', list.map((m) => m.id));
  for (const m of list) {
    const d = closed(m.date);
    let best: Candidate | null = null;
    let fromDb: Candidate | null = null;
    if (d) {
      for (const c of created) {
        const cd = closed(c.m.date);
        if (cd && c.m.actor === m.actor && c.m.org === m.org && c.m.instrument === m.instrument && c.m.status === m.status && cd.start <= d.end && cd.end >= d.start) {
          best = earliest(best, { id: c.m.id, key: matchKey(cd.start, c.m.id) });
        }
      }
      const row = await conn.one(
        `SELECT argMin(id, concat(date_start, id)) AS found, min(concat(date_start, id)) AS k, count() AS n FROM milestones
          WHERE actor = ${str(m.actor)} AND org = ${str(m.org)} AND instrument = ${str(m.instrument)} AND status = ${str(m.status)}
            AND date_start != '' AND date_end != '' AND date_start <= ${day(d.end)} AND date_end >= ${day(d.start)}
            AND ifNull(document_id, '') != ${str(documentId)}`,
      );
      if (row && Number(row['n']) > 0) fromDb = { id: String(row['found']), key: String(row['k']) };
      best = earliest(best, fromDb);
    }
    if (best && best === fromDb) storedAdds.set(best.id, (storedAdds.get(best.id) ?? 0) + 1);
    else if (best) {
      const c = created.find((x) => x.m.id === best?.id);
      if (c) c.mentions++;
    } else if (!stored.has(m.id) && !created.some((c) => c.m.id === m.id)) created.push({ m, mentions: 1 });
  }
  const out: Row[] = created.map(({ m, mentions }) => ({
    id: m.id, actor: m.actor, org: m.org, instrument: m.instrument, status: m.status, date_start: dayText(m.date?.start),
    date_end: dayText(m.date?.end), date_precision: m.date ? m.date.precision : null, document_id: documentId,
    evidence_start: m.evidence.start, evidence_end: m.evidence.end, evidence_text: m.evidence.text, rule: m.rule, mentions,
    version: mentions, evidence_page: m.evidence.page ?? null,
  }));
  if (storedAdds.size > 0) {
    const rows = await conn.all(`${storedMilestoneSelect()} WHERE id IN ${strList([...storedAdds.keys()])}`);
    for (const r of rows) {
      const mentions = Number(r['mentions']) + (storedAdds.get(String(r['id'])) ?? 0);
      out.push({ ...rowOf(r, tableColumns('milestones')), mentions, version: Number(r['version']) + 1 });
    }
  }
  return out;
}
