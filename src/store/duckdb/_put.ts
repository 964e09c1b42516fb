/**
 * Writing one document and its extraction (inside the caller's transaction), through bulk paths: per
 * piece of the extraction, one query reads the stored events its events could tell again, matching
 * runs in memory (../_matching.ts), new events and every mention go in through DuckDB's appender, and
 * the added mention counts, actors and indicators are one statement each. An extracted event that tells
 * a stored one again — same principals in the same direction (either direction for the symmetric
 * roots), same CAMEO root, overlapping dated intervals — becomes a mention of it instead of a second
 * event; undated events are never merged, since nothing says they are the same happening.
 *
 * A long document comes as pieces (its chunks, offsets already into the whole text); each piece is
 * written and let go before the next is extracted, so memory follows the piece. The appenders are
 * flushed after each piece, so the next piece's query sees what this one wrote in the same transaction.
 */
import type { DateInterval, DyadEvent, Indicator, Milestone } from '../../core/model.js';
import { candidateFromRow, candidateScope, closedInterval, EventMatcher, tellEvents, type MatchCandidate } from '../_matching.js';
import { piecesOf } from '../_pieces.js';
import type { DocumentExtraction, StoredDocument } from '../store.js';
import { appendRow, CODED_EVENT_COLUMNS, double, integer, nothing, openAppender, text, within, type AppendedColumn } from './_append.js';
import type { Db, SqlParam } from './_db.js';

export { SYMMETRIC_ROOTS } from '../_matching.js';

function dateParams(date: DateInterval | null): SqlParam[] {
  return [date?.start ?? null, date?.end ?? null, date ? date.precision : null];
}

/** A JSON list bound as one parameter and read back as rows: one statement for any number of rows. */
const jsonRows = (shape: Record<string, string>): string => `SELECT * FROM (SELECT unnest(from_json($1, '${JSON.stringify([shape])}'), recursive := true))`;

const CANDIDATES_SQL = `SELECT id, source_principal, target_principal, root,
    strftime(date_start, '%Y-%m-%d') AS date_start, strftime(date_end, '%Y-%m-%d') AS date_end
  FROM events
  WHERE dataset = 'dyad' AND date_start <= CAST($3 AS DATE) AND date_end >= CAST($2 AS DATE)
    AND list_contains(from_json($1, '["VARCHAR"]'), root)
    AND list_contains(from_json($4, '["VARCHAR"]'), source_principal)
    AND list_contains(from_json($4, '["VARCHAR"]'), target_principal)`;

const ADD_MENTIONS_SQL = `UPDATE events SET mentions = events.mentions + u.n
  FROM (${jsonRows({ id: 'VARCHAR', n: 'INTEGER' })}) AS u
  WHERE events.id = u.id AND events.dataset = 'dyad'`;

const ACTORS_SQL = `INSERT OR IGNORE INTO actors (id, kind, name, principal)
  SELECT id, NULL, name, principal FROM (${jsonRows({ id: 'VARCHAR', name: 'VARCHAR', principal: 'VARCHAR' })})`;

const INDICATORS_SQL = `INSERT OR IGNORE INTO indicators (id, subject, metric, value, unit, qualifier, date_start, date_end,
    date_precision, document_id, evidence_start, evidence_end, evidence_text, rule, evidence_page)
  SELECT id, subject, metric, value, unit, qualifier, CAST(date_start AS DATE), CAST(date_end AS DATE), date_precision,
    document_id, evidence_start, evidence_end, evidence_text, rule, evidence_page
  FROM (${jsonRows({
    id: 'VARCHAR', subject: 'VARCHAR', metric: 'VARCHAR', value: 'DOUBLE', unit: 'VARCHAR', qualifier: 'VARCHAR',
    date_start: 'VARCHAR', date_end: 'VARCHAR', date_precision: 'VARCHAR', document_id: 'VARCHAR',
    evidence_start: 'INTEGER', evidence_end: 'INTEGER', evidence_text: 'VARCHAR', rule: 'VARCHAR', evidence_page: 'INTEGER',
  })})`;

async function storedCandidates(db: Db, events: readonly DyadEvent[]): Promise<MatchCandidate[]> {
  const scope = candidateScope(events);
  if (!scope) return [];
  const rows = await db.all(CANDIDATES_SQL, [JSON.stringify(scope.roots), scope.from, scope.to, JSON.stringify(scope.principals)]);
  return rows.map(candidateFromRow);
}

/** A milestone told again (same actor, organisation, instrument, status, overlapping dates) adds a mention. */
async function putMilestone(db: Db, documentId: string, m: Milestone): Promise<void> {
  const d = closedInterval(m.date);
  if (d) {
    const row = await db.one(
      `SELECT arg_min(id, strftime(date_start, '%Y-%m-%d') || id) AS id FROM milestones
        WHERE actor = $1 AND org = $2 AND instrument = $3 AND status = $4
          AND date_start <= CAST($6 AS DATE) AND date_end >= CAST($5 AS DATE)`,
      [m.actor, m.org, m.instrument, m.status, d.start, d.end],
    );
    if (row && row['id'] !== null) {
      await db.run('UPDATE milestones SET mentions = mentions + 1 WHERE id = $1', [String(row['id'])]);
      return;
    }
  }
  await db.run(
    `INSERT OR IGNORE INTO milestones (id, actor, org, instrument, status, date_start, date_end, date_precision,
       document_id, evidence_start, evidence_end, evidence_text, rule, mentions, evidence_page)
     VALUES ($1, $2, $3, $4, $5, CAST($6 AS DATE), CAST($7 AS DATE), $8, $9, $10, $11, $12, $13, 1, $14)`,
    [m.id, m.actor, m.org, m.instrument, m.status, ...dateParams(m.date), documentId, m.evidence.start, m.evidence.end, m.evidence.text, m.rule, m.evidence.page ?? null],
  );
}

/** The first telling of each indicator id, as rows for INDICATORS_SQL (stored ones are left as they are). */
function indicatorRows(documentId: string, list: Indicator[], seen: Set<string>): object[] {
  const out: object[] = [];
  for (const i of list) {
    if (seen.has(i.id)) continue;
    seen.add(i.id);
    out.push({
      id: i.id, subject: i.subject, metric: i.metric, value: i.value, unit: i.unit, qualifier: i.qualifier,
      date_start: i.date?.start ?? null, date_end: i.date?.end ?? null, date_precision: i.date ? i.date.precision : null,
      document_id: documentId, evidence_start: i.evidence.start, evidence_end: i.evidence.end, evidence_text: i.evidence.text, rule: i.rule,
      evidence_page: i.evidence.page ?? null,
    });
  }
  return out;
}

/** A document's new event as an `events` row. */
interface EventRow {
  e: DyadEvent;
  documentId: string;
  mentions: number;
}

/** `events` as migrations 2, 3 and 5 leave it (see _migrations.ts). */
export const EVENT_COLUMNS: readonly AppendedColumn<EventRow>[] = [
  text('id', (r) => r.e.id),
  text('dataset', () => 'dyad'),
  nothing('dataset_row_id'),
  ...within(CODED_EVENT_COLUMNS, (r: EventRow) => r.e),
  text('document_id', (r) => r.documentId),
  integer('evidence_start', (r) => r.e.evidence.start),
  integer('evidence_end', (r) => r.e.evidence.end),
  text('evidence_text', (r) => r.e.evidence.text),
  text('rule', (r) => r.e.rule),
  double('confidence', (r) => r.e.confidence),
  integer('mentions', (r) => r.mentions),
  nothing('source_url'),
  nothing('batch_id'),
  integer('evidence_page', (r) => r.e.evidence.page),
  text('source_sector', (r) => r.e.source.sector),
  text('target_sector', (r) => r.e.target.sector),
];

/** One telling of an event as an `event_mentions` row. */
interface MentionRow {
  eventId: string;
  documentId: string;
  e: DyadEvent;
}

/** `event_mentions` as migrations 1 and 3 leave it. */
export const MENTION_COLUMNS: readonly AppendedColumn<MentionRow>[] = [
  text('event_id', (r) => r.eventId),
  text('document_id', (r) => r.documentId),
  integer('evidence_start', (r) => r.e.evidence.start),
  integer('evidence_end', (r) => r.e.evidence.end),
  text('evidence_text', (r) => r.e.evidence.text),
  text('rule', (r) => r.e.rule || null),
  integer('evidence_page', (r) => r.e.evidence.page),
];

/** What one document added. */
export interface PutCounts {
  events: number;
  mentions: number;
}

/** Insert the document and everything extracted from it. The caller holds the transaction. */
export async function putDocumentRows(db: Db, doc: StoredDocument, extraction: DocumentExtraction): Promise<PutCounts> {
  await db.run(
    `INSERT INTO documents (id, path, title, published, language, kind, text, ingested_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, CAST($8 AS TIMESTAMP))`,
    [doc.id, doc.path ?? null, doc.title ?? null, doc.published, doc.language ?? null, doc.kind ?? null, doc.text, doc.ingestedAt],
  );
  const counts: PutCounts = { events: 0, mentions: 0 };
  // `events` has no unique index (see migration 2), so ids are kept unique here: an id hashes its
  // document's text, documents are stored once, so only this document can repeat one.
  const createdIds = new Set<string>();
  const indicatorIds = new Set<string>();
  const eventAppender = await openAppender(db, 'events', EVENT_COLUMNS);
  const mentionAppender = await openAppender(db, 'event_mentions', MENTION_COLUMNS).catch((err: unknown) => {
    eventAppender.closeSync();
    throw err;
  });
  try {
    for await (const x of piecesOf(extraction)) {
      const { fresh, added, told } = tellEvents(x.events, new EventMatcher(await storedCandidates(db, x.events)), createdIds);
      counts.events += fresh.size;
      counts.mentions += x.events.length - fresh.size;
      const actors = new Map<string, { id: string; name: string; principal: string }>();
      for (const [i, e] of x.events.entries()) {
        appendRow(mentionAppender, MENTION_COLUMNS, { eventId: told[i] ?? e.id, documentId: doc.id, e });
        for (const side of [e.source, e.target]) {
          if (side.actorId && !actors.has(side.actorId)) actors.set(side.actorId, { id: side.actorId, name: side.actor, principal: side.principal });
        }
      }
      for (const { e, mentions } of fresh.values()) appendRow(eventAppender, EVENT_COLUMNS, { e, documentId: doc.id, mentions });
      eventAppender.flushSync();
      mentionAppender.flushSync();
      if (added.size > 0) await db.run(ADD_MENTIONS_SQL, [JSON.stringify([...added].map(([id, n]) => ({ id, n })))]);
      if (actors.size > 0) await db.run(ACTORS_SQL, [JSON.stringify([...actors.values()])]);
      for (const m of x.milestones) await putMilestone(db, doc.id, m);
      const indicators = indicatorRows(doc.id, x.indicators, indicatorIds);
      if (indicators.length > 0) await db.run(INDICATORS_SQL, [JSON.stringify(indicators)]);
    }
  } finally {
    // Closing flushes what is left; after a failure the transaction is rolled back anyway.
    for (const a of [eventAppender, mentionAppender]) {
      try {
        a.closeSync();
      } catch {
        // the caller's error is the one that matters
      }
    }
  }
  return counts;
}
