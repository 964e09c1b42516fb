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
import { day, str, strList, tsvField } from './_sql.js';

/** A cell of a TabSeparated row. */
export type Cell = string | number | null | undefined;
/** Rows as TabSeparated text. */
export const tsv = (rows: Cell[][]): string => rows.map((r) => r.map(tsvField).join('\t')).join('\n') + (rows.length ? '\n' : '');

const closed = closedInterval;

const dayText = (d: string | null | undefined): string => d ?? '';

/** 'YYYY-MM-DD hh:mm:ss' (UTC) for a DateTime column. */
export function dateTimeText(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return new Date().toISOString().slice(0, 19).replace('T', ' ');
  return d.toISOString().slice(0, 19).replace('T', ' ');
}

/** Column order of `events` as inserted. */
export const EVENT_INSERT = `id, dataset, dataset_row_id, source_principal, source_actor, source_actor_id, target_principal,
  target_actor, target_actor_id, code, root, quad_class, goldstein, date_start, date_end, date_precision, document_id,
  evidence_start, evidence_end, evidence_text, rule, confidence, mentions, source_url, batch_id, version, evidence_page,
  source_sector, target_sector`;

function eventCells(e: DyadEvent, documentId: string, mentions: number): Cell[] {
  return [
    e.id, 'dyad', null, e.source.principal, e.source.actor, e.source.actorId ?? null, e.target.principal,
    e.target.actor, e.target.actorId ?? null, e.code, e.root, e.quadClass, e.goldstein, dayText(e.date?.start),
    dayText(e.date?.end), e.date ? e.date.precision : null, documentId, e.evidence.start, e.evidence.end,
    e.evidence.text, e.rule, e.confidence, mentions, null, null, mentions, e.evidence.page ?? null,
    e.source.sector ?? null, e.target.sector ?? null,
  ];
}

/**
 * A stored row written again with a new mention count (columns as `EVENT_INSERT`), one version above the
 * stored one, so it wins whichever way the count moved (a removed document lowers it).
 */
export function storedEventCells(r: ChRow, mentions: number, changes: Record<string, Cell> = {}): Cell[] {
  const cols = EVENT_INSERT.split(',').map((c) => c.trim());
  return cols.map((c) => {
    if (c === 'mentions') return mentions;
    if (c === 'version') return Number(r['version'] ?? 0) + 1;
    if (c in changes) return changes[c];
    const v = r[c];
    return v === null || v === undefined ? null : typeof v === 'number' ? v : String(v);
  });
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
  const mentionRows: Cell[][] = [];
  // Lookups that do not depend on each other go out together.
  const others = Promise.all([newActors(conn, x.events), milestoneWrites(conn, doc.id, x.milestones), newIndicators(conn, doc.id, x.indicators)]);
  others.catch(() => undefined);
  // Stored events (not this document's: rows a failed earlier attempt left) and, as they come, its own new ones.
  const matcher = new EventMatcher(await storedEventCandidates(conn, doc.id, x.events));
  const { fresh, added, told } = tellEvents(x.events, matcher, new Set());
  const counts: PutCounts = { events: fresh.size, mentions: x.events.length - fresh.size };
  for (const [seq, e] of x.events.entries()) {
    const match = told[seq];
    mentionRows.push([match ?? e.id, doc.id, seq, e.evidence.start, e.evidence.end, e.evidence.text, e.rule, e.evidence.page ?? null]);
  }

  const eventRows: Cell[][] = [...fresh.values()].map(({ e, mentions }) => eventCells(e, doc.id, mentions));
  if (added.size > 0) {
    // A stored event's count: its mentions by other documents, plus this one's.
    const ids = [...added.keys()];
    const others = await conn.all(
      `SELECT event_id, count() AS n FROM event_mentions FINAL WHERE event_id IN ${strList(ids)} AND document_id != ${str(doc.id)} GROUP BY event_id`,
    );
    const prior = new Map(others.map((r) => [String(r['event_id']), Number(r['n'])]));
    const rows = await conn.all(`SELECT ${EVENT_INSERT} FROM events FINAL WHERE id IN ${strList(ids)}`);
    for (const r of rows) {
      const id = String(r['id']);
      eventRows.push(storedEventCells(r, (prior.get(id) ?? 1) + (added.get(id) ?? 0)));
    }
  }

  const [actorRows, milestoneRows, indicatorRows] = await others;
  // Tables are independent: written side by side, the document row only once all are in.
  await Promise.all([
    conn.insertTsv('events', tsv(eventRows)),
    conn.insertTsv('event_mentions', tsv(mentionRows)),
    conn.insertTsv('actors', tsv(actorRows)),
    conn.insertTsv('milestones', tsv(milestoneRows)),
    conn.insertTsv('indicators', tsv(indicatorRows)),
  ]);
  await conn.insertTsv(
    'documents',
    tsv([[doc.id, doc.path ?? null, doc.title ?? null, doc.published, doc.language ?? null, doc.text, dateTimeText(doc.ingestedAt), doc.kind ?? null]]),
  );
  return counts;
}

async function existingIds(conn: ChConn, table: 'actors' | 'milestones' | 'indicators', ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await conn.all(`SELECT DISTINCT id FROM ${table} WHERE id IN ${strList(ids)}`);
  return new Set(rows.map((r) => String(r['id'])));
}

/** Actors not stored yet, first telling kept (DuckDB's INSERT OR IGNORE). */
async function newActors(conn: ChConn, events: DyadEvent[]): Promise<Cell[][]> {
  const seen = new Map<string, Cell[]>();
  for (const e of events) {
    for (const side of [e.source, e.target]) {
      if (side.actorId && !seen.has(side.actorId)) seen.set(side.actorId, [side.actorId, null, side.actor, side.principal]);
    }
  }
  const stored = await existingIds(conn, 'actors', [...seen.keys()]);
  return [...seen.entries()].filter(([id]) => !stored.has(id)).map(([, row]) => row);
}

async function newIndicators(conn: ChConn, documentId: string, list: Indicator[]): Promise<Cell[][]> {
  const stored = await existingIds(conn, 'indicators', list.map((i) => i.id));
  const out: Cell[][] = [];
  const seen = new Set<string>();
  for (const i of list) {
    if (stored.has(i.id) || seen.has(i.id)) continue;
    seen.add(i.id);
    out.push([
      i.id, i.subject, i.metric, i.value, i.unit, i.qualifier, dayText(i.date?.start), dayText(i.date?.end),
      i.date ? i.date.precision : null, documentId, i.evidence.start, i.evidence.end, i.evidence.text, i.rule,
      i.evidence.page ?? null,
    ]);
  }
  return out;
}

export const MILESTONE_INSERT = `id, actor, org, instrument, status, date_start, date_end, date_precision, document_id,
  evidence_start, evidence_end, evidence_text, rule, mentions, version, evidence_page`;

/** New milestones, and stored ones written again with their added mentions. */
async function milestoneWrites(conn: ChConn, documentId: string, list: Milestone[]): Promise<Cell[][]> {
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
  const out: Cell[][] = created.map(({ m, mentions }) => [
    m.id, m.actor, m.org, m.instrument, m.status, dayText(m.date?.start), dayText(m.date?.end), m.date ? m.date.precision : null,
    documentId, m.evidence.start, m.evidence.end, m.evidence.text, m.rule, mentions, mentions, m.evidence.page ?? null,
  ]);
  if (storedAdds.size > 0) {
    const rows = await conn.all(`SELECT ${MILESTONE_INSERT} FROM milestones FINAL WHERE id IN ${strList([...storedAdds.keys()])}`);
    const cols = MILESTONE_INSERT.split(',').map((c) => c.trim());
    for (const r of rows) {
      const mentions = Number(r['mentions']) + (storedAdds.get(String(r['id'])) ?? 0);
      const version = Number(r['version']) + 1;
      out.push(cols.map((c) => (c === 'mentions' ? mentions : c === 'version' ? version : (r[c] as Cell) ?? null)));
    }
  }
  return out;
}
