/**
 * ClickHouse's `ImportSink`: the importers' rows go in TabSeparated batches of 100 000 into a staging
 * table (on a cluster, sharded like `events`, so each shard holds the staged rows whose ids it would
 * hold). `finish` moves them into `events` on every shard at once with an anti-join against the keys that shard
 * already has — the same row key is never stored twice, as DuckDB's UNIQUE (dataset, dataset_row_id)
 * ensures there; the ReplacingMergeTree key collapses the rows two racing imports might both write.
 * Quarantined rows wait in a staging table too, so an aborted import leaves nothing behind.
 */
import { randomBytes } from 'node:crypto';
import type { ClickHouseClient } from '@clickhouse/client';
import { DyadError } from '../../core/errors.js';
import type { ImportBatchInfo, ImportedEvent, ImportSink, ImportSummary, QuarantinedRow } from '../import-sink.js';
import type { ChConn } from './_conn.js';
import { insertRows, tsvLine, type Row } from './_insert.js';
import { dateTimeText } from './_put.js';
import { columnNames, STAGE_COLUMNS, tableColumns, tableSpec } from './_schema.js';
import { ident, str } from './_sql.js';

/** Rows sent per insert: big enough for ClickHouse to make few parts, small enough to stay in memory. */
export const IMPORT_BATCH_ROWS = 100_000;

const EVENT_INSERT = `id, dataset, dataset_row_id, source_principal, source_actor, source_actor_id, target_principal,
  target_actor, target_actor_id, code, root, quad_class, goldstein, date_start, date_end, date_precision, mentions,
  source_url, batch_id, version`;

const STAGED = columnNames(STAGE_COLUMNS);

function stageLine(r: ImportedEvent): string {
  return tsvLine(STAGED, {
    id: `${r.dataset}:${r.rowKey}`, dataset_row_id: r.rowKey, source_principal: r.source.principal, source_actor: r.source.actor,
    source_actor_id: r.source.actorId ?? null, target_principal: r.target.principal, target_actor: r.target.actor,
    target_actor_id: r.target.actorId ?? null, code: r.code, root: r.root, quad_class: r.quadClass, goldstein: r.goldstein,
    date_start: r.date.start ?? '', date_end: r.date.end ?? '', date_precision: r.date.precision, mentions: r.mentions,
    source_url: r.sourceUrl, line: r.line,
  });
}

export class ClickHouseImportSink implements ImportSink {
  private readonly stage: string;
  private buffer: string[] = [];
  private staged = 0;
  private quarantined = 0;
  private closed = false;
  private inFlight: Promise<void> = Promise.resolve();
  private readonly startedAt = dateTimeText(new Date().toISOString());

  constructor(
    private readonly conn: ChConn,
    private readonly info: ImportBatchInfo,
  ) {
    this.stage = ident(`dyad_import_stage_${process.pid}_${randomBytes(6).toString('hex')}`);
  }

  /** Where staged rows are moved, per shard: [client, local stage, local events]. */
  private targets(): [ClickHouseClient, string, string][] {
    if (!this.conn.target.cluster) return [[this.conn.node, this.stage, 'events']];
    return this.conn.shardClients.map((c) => [c, `${this.stage}_local`, 'events_local']);
  }

  async open(): Promise<void> {
    const { cluster, database } = this.conn.target;
    for (const [client, local] of this.targets()) {
      await this.conn.run(`CREATE TABLE ${local} (${STAGE_COLUMNS}) ENGINE = MergeTree ORDER BY tuple()`, client);
    }
    if (cluster) {
      await this.conn.run(
        `CREATE TABLE ${this.stage} (${STAGE_COLUMNS}) ENGINE = Distributed(${ident(cluster)}, ${ident(database)}, ${this.stage}_local, cityHash64(id))`,
      );
    }
    await this.conn.run(`CREATE TABLE ${this.stage}_quarantine (${tableSpec('quarantine').columns}) ENGINE = MergeTree ORDER BY tuple()`);
  }

  private async batchRow(finished: string | null, s: ImportSummary, version: number): Promise<void> {
    const { batchId: id, file, dataset } = this.info;
    const row: Row = { id, file, dataset, started_at: this.startedAt, finished_at: finished, inserted: s.inserted, duplicates: s.duplicates, quarantined: s.quarantined, version };
    await insertRows(this.conn, 'import_batches', [row]);
  }

  async add(rows: ImportedEvent[]): Promise<void> {
    this.live();
    for (const r of rows) this.buffer.push(stageLine(r));
    this.staged += rows.length;
    if (this.buffer.length >= IMPORT_BATCH_ROWS) await this.flush();
  }

  /** Send the buffered rows; one batch is in flight while the importer parses the next. */
  private async flush(): Promise<void> {
    await this.inFlight;
    if (this.buffer.length === 0) return;
    const text = `${this.buffer.join('\n')}\n`;
    this.buffer = [];
    const sent = this.conn.insertTsv(this.stage, STAGED, text);
    sent.catch(() => undefined);
    this.inFlight = sent;
  }

  async quarantine(rows: QuarantinedRow[]): Promise<void> {
    this.live();
    if (rows.length === 0) return;
    const held = rows.map((r): Row => ({ batch_id: this.info.batchId, file: r.file, line: r.line, reason: r.reason, raw: r.raw }));
    await insertRows(this.conn, `${this.stage}_quarantine`, held, tableColumns('quarantine'));
    this.quarantined += rows.length;
  }

  async finish(): Promise<ImportSummary> {
    this.live();
    try {
      await this.flush();
      await this.inFlight;
      const ds = str(this.info.dataset);
      const batch = str(this.info.batchId);
      // Shards move their own staged rows, side by side.
      const counts = await Promise.all(
        this.targets().map(async ([client, stage, events]) => {
          // One row per key (a file may repeat a key), unless the shard holds the key already.
          await this.conn.run(
            `INSERT INTO ${events} (${EVENT_INSERT})
             SELECT id, ${ds}, dataset_row_id, source_principal, source_actor, source_actor_id, target_principal, target_actor,
               target_actor_id, code, root, quad_class, goldstein, date_start, date_end, date_precision, mentions, source_url,
               ${batch}, 1
             FROM (SELECT * FROM ${stage} LIMIT 1 BY id) WHERE id NOT IN (SELECT id FROM ${events} WHERE dataset = ${ds})`,
            client,
          );
          const n = await this.conn.wrap(async () =>
            (await client.query({ query: `SELECT count() AS n FROM ${events} WHERE batch_id = ${batch}`, format: 'JSONEachRow' })).json<{ n: string }>(),
          );
          return Number(n[0]?.n ?? 0);
        }),
      );
      const inserted = counts.reduce((a, b) => a + b, 0);
      const out: ImportSummary = { inserted, duplicates: this.staged - inserted, quarantined: this.quarantined };
      // Quarantined rows and the batch's record go in only now: an aborted import leaves nothing behind.
      // A bad row of a file imported again is already quarantined: each (file, line, text) is kept once.
      const kept = tableColumns('quarantine').join(', ');
      await this.conn.run(
        `INSERT INTO quarantine (${kept}) SELECT ${kept} FROM ${this.stage}_quarantine
         WHERE (file, line, ifNull(raw, '')) NOT IN (SELECT file, line, ifNull(raw, '') FROM quarantine)`,
      );
      await this.batchRow(dateTimeText(new Date().toISOString()), out, 1);
      return out;
    } finally {
      await this.drop();
    }
  }

  async abort(): Promise<void> {
    if (this.closed) return;
    this.buffer = [];
    await this.inFlight.catch(() => undefined);
    await this.drop();
  }

  private async drop(): Promise<void> {
    this.closed = true;
    await this.conn.run(`DROP TABLE IF EXISTS ${this.stage}_quarantine`).catch(() => undefined);
    if (this.conn.target.cluster) await this.conn.run(`DROP TABLE IF EXISTS ${this.stage}`).catch(() => undefined);
    for (const [client, local] of this.targets()) await this.conn.run(`DROP TABLE IF EXISTS ${local}`, client).catch(() => undefined);
  }

  private live(): void {
    if (this.closed) throw new DyadError('STORE', 'this import has already finished', { place: { file: this.info.file } });
  }
}

/** The factory `ClickHouseStore.beginImport` calls. */
export async function createClickHouseImportSink(conn: ChConn, info: ImportBatchInfo): Promise<ClickHouseImportSink> {
  const sink = new ClickHouseImportSink(conn, info);
  await sink.open();
  return sink;
}
