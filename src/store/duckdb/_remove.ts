/**
 * Removing one document (inside the caller's transaction): its mentions go; an event only it told goes
 * with them; an event other documents also tell stays, its mention count recounted from the mentions
 * left and, when its first telling was in this document, its evidence moved to the first telling left.
 * Its indicators go. A milestone only it told goes; one told again by another document stays, one
 * mention fewer and without evidence (milestone tellings are counted, not kept one by one). Documents,
 * actors and imported rows are left as they are.
 */
import type { RemovedDocument } from '../store.js';
import type { Db } from './_db.js';

const count = async (db: Db, sql: string, id: string): Promise<number> => Number((await db.one(sql, [id]))?.['n'] ?? 0);

export async function removeDocumentRows(db: Db, id: string): Promise<RemovedDocument | null> {
  if ((await db.one('SELECT 1 AS x FROM documents WHERE id = $1', [id])) === undefined) return null;
  const mentions = await count(db, 'SELECT count(*) AS n FROM event_mentions WHERE document_id = $1', id);
  // Events only this document tells.
  const events = await count(
    db,
    `SELECT count(*) AS n FROM events WHERE dataset = 'dyad' AND id IN (
       SELECT event_id FROM event_mentions WHERE document_id = $1
       EXCEPT SELECT event_id FROM event_mentions WHERE document_id <> $1)`,
    id,
  );
  await db.run(
    `DELETE FROM events WHERE dataset = 'dyad' AND id IN (
       SELECT event_id FROM event_mentions WHERE document_id = $1
       EXCEPT SELECT event_id FROM event_mentions WHERE document_id <> $1)`,
    [id],
  );
  // Events others tell too: their count from the mentions left, their evidence the first telling left.
  await db.run(
    `UPDATE events SET mentions = r.n,
        document_id = CASE WHEN events.document_id = $1 THEN r.document_id ELSE events.document_id END,
        evidence_start = CASE WHEN events.document_id = $1 THEN r.evidence_start ELSE events.evidence_start END,
        evidence_end = CASE WHEN events.document_id = $1 THEN r.evidence_end ELSE events.evidence_end END,
        evidence_text = CASE WHEN events.document_id = $1 THEN r.evidence_text ELSE events.evidence_text END,
        rule = CASE WHEN events.document_id = $1 THEN r.rule ELSE events.rule END,
        evidence_page = CASE WHEN events.document_id = $1 THEN r.evidence_page ELSE events.evidence_page END
      FROM (
        SELECT event_id, count(*) AS n,
               first(document_id ORDER BY document_id, evidence_start) AS document_id,
               first(evidence_start ORDER BY document_id, evidence_start) AS evidence_start,
               first(evidence_end ORDER BY document_id, evidence_start) AS evidence_end,
               first(evidence_text ORDER BY document_id, evidence_start) AS evidence_text,
               first(rule ORDER BY document_id, evidence_start) AS rule,
               first(evidence_page ORDER BY document_id, evidence_start) AS evidence_page
          FROM event_mentions
         WHERE document_id <> $1 AND event_id IN (SELECT event_id FROM event_mentions WHERE document_id = $1)
         GROUP BY event_id) AS r
      WHERE events.id = r.event_id AND events.dataset = 'dyad'`,
    [id],
  );
  await db.run('DELETE FROM event_mentions WHERE document_id = $1', [id]);
  const milestones = await count(db, 'SELECT count(*) AS n FROM milestones WHERE document_id = $1 AND mentions <= 1', id);
  await db.run('DELETE FROM milestones WHERE document_id = $1 AND mentions <= 1', [id]);
  await db.run(
    `UPDATE milestones SET mentions = mentions - 1, document_id = NULL, evidence_start = NULL, evidence_end = NULL,
        evidence_text = NULL, rule = NULL, evidence_page = NULL
      WHERE document_id = $1`,
    [id],
  );
  const indicators = await count(db, 'SELECT count(*) AS n FROM indicators WHERE document_id = $1', id);
  await db.run('DELETE FROM indicators WHERE document_id = $1', [id]);
  await db.run('DELETE FROM documents WHERE id = $1', [id]);
  return { documentId: id, events, mentions, milestones, indicators };
}
