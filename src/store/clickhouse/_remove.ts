/**
 * Removing one document from ClickHouse, by the DuckDB engine's rules (src/store/duckdb/_remove.ts).
 * ClickHouse has no transactions, so the steps go in an order that a re-run after a crash completes:
 * first the events and milestones that stay are written again one version up (their counts from the
 * mentions left, evidence moved off this document); then the rows that go are deleted (ALTER … DELETE
 * on each shard's table, waited for); the `documents` row last, so until it is gone the document is
 * still listed and `removeDocument` can be asked again.
 */
import type { RemovedDocument } from '../store.js';
import type { ChConn, ChRow } from './_conn.js';
import { insertRows, rowOf, type Cell, type Row } from './_insert.js';
import { storedEventRow, storedEventSelect, storedMilestoneSelect } from './_put.js';
import { tableColumns } from './_schema.js';
import { str, strList } from './_sql.js';

/** Run `ALTER TABLE … DELETE WHERE …` on every shard's table and wait until each is done. */
async function deleteWhere(conn: ChConn, table: string, where: string): Promise<void> {
  const { cluster } = conn.target;
  const clients = cluster ? conn.shardClients : [conn.node];
  const local = `${table}${cluster ? '_local' : ''}`;
  for (const client of clients) await conn.run(`ALTER TABLE ${local} DELETE WHERE ${where}`, client);
  for (const client of clients) {
    for (let i = 0; ; i++) {
      const r = await conn.wrap(() =>
        client
          .query({ query: `SELECT count() AS n FROM system.mutations WHERE database = currentDatabase() AND table = ${str(local)} AND is_done = 0`, format: 'JSONEachRow' })
          .then((x) => x.json<{ n: string | number }>()),
      );
      if (Number(r[0]?.n ?? 0) === 0) break;
      await new Promise((resolve) => setTimeout(resolve, Math.min(200, 10 * (i + 1))));
    }
  }
}

export async function removeDocumentRows(conn: ChConn, id: string): Promise<RemovedDocument | null> {
  if (!(await conn.one(`SELECT 1 AS x FROM documents FINAL WHERE id = ${str(id)}`))) return null;
  const mine = await conn.all(`SELECT event_id, count() AS n FROM event_mentions FINAL WHERE document_id = ${str(id)} GROUP BY event_id`);
  const mentions = mine.reduce((s, r) => s + Number(r['n']), 0);
  const ids = mine.map((r) => String(r['event_id']));
  // The tellings left of each event this document tells, first (document, offset) first.
  const left = new Map<string, ChRow[]>();
  if (ids.length > 0) {
    const rows = await conn.all(
      `SELECT event_id, document_id, evidence_start, evidence_end, evidence_text, rule, evidence_page FROM event_mentions FINAL
        WHERE event_id IN ${strList(ids)} AND document_id != ${str(id)} ORDER BY event_id, document_id, evidence_start`,
    );
    for (const r of rows) {
      const k = String(r['event_id']);
      const list = left.get(k);
      if (list) list.push(r);
      else left.set(k, [r]);
    }
  }
  const gone = ids.filter((e) => !left.has(e));
  const stay = ids.filter((e) => left.has(e));
  const eventRows: Row[] = [];
  if (stay.length > 0) {
    for (const r of await conn.all(`${storedEventSelect()} WHERE id IN ${strList(stay)} AND dataset = 'dyad'`)) {
      const tellings = left.get(String(r['id'])) ?? [];
      const first = tellings[0] as ChRow;
      const moved: Row =
        r['document_id'] === id
          ? { document_id: String(first['document_id']), evidence_start: Number(first['evidence_start']), evidence_end: Number(first['evidence_end']), evidence_text: String(first['evidence_text']), rule: first['rule'] === null ? null : String(first['rule']), evidence_page: (first['evidence_page'] as Cell) ?? null }
          : {};
      eventRows.push(storedEventRow(r, tellings.length, moved));
    }
  }
  // Milestones it told: those told again stay, one mention fewer, without this document's evidence.
  const ownMilestones = await conn.all(`${storedMilestoneSelect()} WHERE document_id = ${str(id)}`);
  const noEvidence: Row = { document_id: null, evidence_start: null, evidence_end: null, evidence_text: null, rule: null, evidence_page: null };
  const milestoneRows = ownMilestones
    .filter((r) => Number(r['mentions']) > 1)
    .map((r): Row => ({ ...rowOf(r, tableColumns('milestones')), ...noEvidence, mentions: Number(r['mentions']) - 1, version: Number(r['version']) + 1 }));
  const milestonesGone = ownMilestones.filter((r) => Number(r['mentions']) <= 1).map((r) => String(r['id']));
  const indicators = Number((await conn.one(`SELECT count() AS n FROM indicators FINAL WHERE document_id = ${str(id)}`))?.['n'] ?? 0);

  await insertRows(conn, 'events', eventRows);
  await insertRows(conn, 'milestones', milestoneRows);
  if (gone.length > 0) await deleteWhere(conn, 'events', `dataset = 'dyad' AND id IN ${strList(gone)}`);
  if (milestonesGone.length > 0) await deleteWhere(conn, 'milestones', `id IN ${strList(milestonesGone)}`);
  await deleteWhere(conn, 'event_mentions', `document_id = ${str(id)}`);
  await deleteWhere(conn, 'indicators', `document_id = ${str(id)}`);
  await deleteWhere(conn, 'documents', `id = ${str(id)}`);
  return { documentId: id, events: gone.length, mentions, milestones: milestonesGone.length, indicators };
}
