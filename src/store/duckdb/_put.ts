/**
 * Writing one document and its extraction (inside the caller's transaction). An extracted event that
 * tells a stored one again — same principals in the same direction (either direction for the
 * symmetric roots), same CAMEO root, overlapping dated intervals — becomes a mention of it instead of
 * a second event; undated events are never merged, since nothing says they are the same happening.
 */
import type { DateInterval, DyadEvent, Extraction, Indicator, Milestone } from '../../core/model.js';
import type { StoredDocument } from '../store.js';
import type { Db, SqlParam } from './_db.js';

/** Roots whose events have no direction: consult (03), engage in diplomatic cooperation (04, 05), material cooperation (06). */
export const SYMMETRIC_ROOTS: ReadonlySet<string> = new Set(['03', '04', '05', '06']);

/** Start and end of an interval both known: the only dates that may be matched. */
function closed(date: DateInterval | null): { start: string; end: string } | null {
  return date && date.start && date.end ? { start: date.start, end: date.end } : null;
}

function dateParams(date: DateInterval | null): SqlParam[] {
  return [date?.start ?? null, date?.end ?? null, date ? date.precision : null];
}

async function matchingEvent(db: Db, e: DyadEvent): Promise<string | null> {
  const d = closed(e.date);
  if (!d) return null;
  const symmetric = SYMMETRIC_ROOTS.has(e.root);
  // arg_min over "date then id" picks the earliest match, ties broken by id, in one pass (cheaper than
  // ORDER BY … LIMIT 1 in DuckDB; ClickHouse has argMin).
  const row = await db.one(
    `SELECT arg_min(id, strftime(date_start, '%Y-%m-%d') || id) AS id FROM events
      WHERE dataset = 'dyad' AND root = $1
        AND date_start <= CAST($4 AS DATE) AND date_end >= CAST($3 AS DATE)
        AND ((source_principal = $2 AND target_principal = $5)
             OR ($6 AND source_principal = $5 AND target_principal = $2))`,
    [e.root, e.source.principal, d.start, d.end, e.target.principal, symmetric],
  );
  return row && row['id'] !== null ? String(row['id']) : null;
}

/**
 * `events` has no unique index (see migration 2), so ids are kept unique here: an id hashes its document's
 * id, documents are stored once, so only the same document can repeat one — `inserted` holds its ids.
 */
async function putEvent(db: Db, documentId: string, e: DyadEvent, inserted: Set<string>): Promise<'event' | 'mention'> {
  const existing = inserted.has(e.id) ? e.id : await matchingEvent(db, e);
  const eventId = existing ?? e.id;
  if (existing) {
    await db.run('UPDATE events SET mentions = mentions + 1 WHERE id = $1', [existing]);
  } else {
    inserted.add(e.id);
    await db.run(
      `INSERT INTO events (id, dataset, source_principal, source_actor, source_actor_id, target_principal,
         target_actor, target_actor_id, code, root, quad_class, goldstein, date_start, date_end, date_precision,
         document_id, evidence_start, evidence_end, evidence_text, rule, confidence, mentions)
       VALUES ($1, 'dyad', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, CAST($12 AS DATE), CAST($13 AS DATE), $14,
         $15, $16, $17, $18, $19, $20, 1)`,
      [
        e.id, e.source.principal, e.source.actor, e.source.actorId ?? null, e.target.principal, e.target.actor,
        e.target.actorId ?? null, e.code, e.root, e.quadClass, e.goldstein, ...dateParams(e.date),
        documentId, e.evidence.start, e.evidence.end, e.evidence.text, e.rule, e.confidence,
      ],
    );
  }
  await db.run(
    `INSERT INTO event_mentions (event_id, document_id, evidence_start, evidence_end, evidence_text, rule)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [eventId, documentId, e.evidence.start, e.evidence.end, e.evidence.text, e.rule],
  );
  return existing ? 'mention' : 'event';
}

/** A milestone told again (same actor, organisation, instrument, status, overlapping dates) adds a mention. */
async function putMilestone(db: Db, documentId: string, m: Milestone): Promise<void> {
  const d = closed(m.date);
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
       document_id, evidence_start, evidence_end, evidence_text, rule, mentions)
     VALUES ($1, $2, $3, $4, $5, CAST($6 AS DATE), CAST($7 AS DATE), $8, $9, $10, $11, $12, $13, 1)`,
    [m.id, m.actor, m.org, m.instrument, m.status, ...dateParams(m.date), documentId, m.evidence.start, m.evidence.end, m.evidence.text, m.rule],
  );
}

async function putIndicator(db: Db, documentId: string, i: Indicator): Promise<void> {
  await db.run(
    `INSERT OR IGNORE INTO indicators (id, subject, metric, value, unit, qualifier, date_start, date_end,
       date_precision, document_id, evidence_start, evidence_end, evidence_text, rule)
     VALUES ($1, $2, $3, $4, $5, $6, CAST($7 AS DATE), CAST($8 AS DATE), $9, $10, $11, $12, $13, $14)`,
    [i.id, i.subject, i.metric, i.value, i.unit, i.qualifier, ...dateParams(i.date), documentId, i.evidence.start, i.evidence.end, i.evidence.text, i.rule],
  );
}

/** What one document added. */
export interface PutCounts {
  events: number;
  mentions: number;
}

/** Insert the document and everything extracted from it. The caller holds the transaction. */
export async function putDocumentRows(db: Db, doc: StoredDocument, x: Extraction): Promise<PutCounts> {
  await db.run(
    `INSERT INTO documents (id, path, title, published, language, text, ingested_at)
     VALUES ($1, $2, $3, $4, $5, $6, CAST($7 AS TIMESTAMP))`,
    [doc.id, doc.path ?? null, doc.title ?? null, doc.published, doc.language ?? null, doc.text, doc.ingestedAt],
  );
  const counts: PutCounts = { events: 0, mentions: 0 };
  const inserted = new Set<string>();
  for (const e of x.events) {
    counts[(await putEvent(db, doc.id, e, inserted)) === 'event' ? 'events' : 'mentions']++;
    for (const side of [e.source, e.target]) {
      if (side.actorId) {
        await db.run('INSERT OR IGNORE INTO actors (id, kind, name, principal) VALUES ($1, NULL, $2, $3)', [side.actorId, side.actor, side.principal]);
      }
    }
  }
  for (const m of x.milestones) await putMilestone(db, doc.id, m);
  for (const i of x.indicators) await putIndicator(db, doc.id, i);
  return counts;
}
