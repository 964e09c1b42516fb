/**
 * Creates the ClickHouse store's database and tables when it is opened for writing: on one server the
 * tables themselves; on a cluster `<name>_local` on every shard (through each shard's own URL, since
 * `ON CLUSTER` needs ZooKeeper) and Distributed `<name>` tables on the node that is queried. Checks the
 * cluster is the one the URL describes and the schema is not newer than this code.
 */
import { createClient, ClickHouseLogLevel } from '@clickhouse/client';
import { DyadError } from '../../core/errors.js';
import type { ChConn } from './_conn.js';
import { CLICKHOUSE_SCHEMA_VERSION, SCHEMA_VERSION_DDL, TABLES, type TableSpec } from './_schema.js';
import { ident, int, str } from './_sql.js';

/** Run `work` with a client that names no database (the store's may not exist yet). */
async function withBoot<T>(conn: ChConn, url: string, work: (boot: ReturnType<typeof createClient>) => Promise<T>): Promise<T> {
  const boot = createClient({ url, log: { level: ClickHouseLogLevel.OFF } });
  try {
    return await conn.wrap(() => work(boot));
  } finally {
    await boot.close();
  }
}

async function createDatabase(conn: ChConn, url: string): Promise<void> {
  await withBoot(conn, url, (boot) => boot.command({ query: `CREATE DATABASE IF NOT EXISTS ${ident(conn.target.database)}` }));
}

/**
 * Give a table made by an older Dyad the columns added since (`TableSpec.added`). ClickHouse 18.16 has
 * no ADD COLUMN IF NOT EXISTS: the table's columns are listed first.
 */
async function addColumns(conn: ChConn, table: string, spec: TableSpec, client?: ChConn['shardClients'][number]): Promise<void> {
  if (!spec.added?.length) return;
  const on = client ?? conn.node;
  const rows = await conn.wrap(async () =>
    (await on.query({ query: `SELECT name FROM system.columns WHERE database = ${str(conn.target.database)} AND table = ${str(table)}`, format: 'JSONEachRow' })).json<{ name: string }>(),
  );
  const have = new Set(rows.map((r) => r.name));
  for (const [name, type, after] of spec.added) {
    if (!have.has(name)) await conn.run(`ALTER TABLE ${table} ADD COLUMN ${name} ${type} AFTER ${after}`, client);
  }
}

/** Make sure the tables exist (unless read-only) and the schema is one this code reads. */
export async function ensureSchema(conn: ChConn, readOnly: boolean): Promise<void> {
  const { cluster, database } = conn.target;
  // The cluster is checked before anything is created, so a wrong URL leaves nothing behind.
  if (cluster) {
    const r = await withBoot(conn, conn.target.url, async (boot) =>
      (await boot.query({ query: `SELECT count() AS n FROM system.clusters WHERE cluster = ${str(cluster)}`, format: 'JSONEachRow' })).json<{ n: string }>(),
    );
    const shards = Number(r[0]?.n ?? 0);
    if (shards === 0) {
      throw new DyadError('BAD_ARGUMENT', `the server has no cluster '${cluster}' in its remote_servers`, {
        place: { file: conn.where, field: '--db' },
        hint: 'Name a cluster of the server’s remote_servers configuration (SELECT DISTINCT cluster FROM system.clusters).',
      });
    }
    if (shards !== conn.target.shards.length) {
      throw new DyadError('BAD_ARGUMENT', `cluster '${cluster}' has ${shards} shards but the URL lists ${conn.target.shards.length}`, {
        place: { file: conn.where, field: '--db' },
        hint: 'List every shard’s HTTP address in shards=HOST:PORT,HOST:PORT.',
      });
    }
  }
  if (!readOnly) {
    await createDatabase(conn, conn.target.url);
    if (cluster) {
      for (const [i, client] of conn.shardClients.entries()) {
        await createDatabase(conn, conn.target.shards[i] ?? conn.target.url);
        for (const t of TABLES) {
          await conn.run(`CREATE TABLE IF NOT EXISTS ${t.name}_local (${t.columns}) ENGINE = ${t.engine}`, client);
          await addColumns(conn, `${t.name}_local`, t, client);
        }
      }
      for (const t of TABLES) {
        await conn.run(
          `CREATE TABLE IF NOT EXISTS ${t.name} (${t.columns}) ENGINE = Distributed(${ident(cluster)}, ${ident(database)}, ${t.name}_local, ${t.shardBy})`,
        );
        await addColumns(conn, t.name, t);
      }
    } else {
      for (const t of TABLES) {
        await conn.run(`CREATE TABLE IF NOT EXISTS ${t.name} (${t.columns}) ENGINE = ${t.engine}`);
        await addColumns(conn, t.name, t);
      }
    }
    await conn.run(SCHEMA_VERSION_DDL);
  }
  const tables = await conn.wrap(async () =>
    (await conn.node.query({ query: `SELECT name FROM system.tables WHERE database = ${str(database)}`, format: 'JSONEachRow' })).json<{ name: string }>(),
  );
  const names = new Set(tables.map((t) => t.name));
  if (!names.has('events') || !names.has('schema_version')) {
    throw new DyadError('NOT_FOUND', `no Dyad tables in ClickHouse database '${database}'`, {
      place: { file: conn.where, field: '--db' },
      hint: 'Load data first (dyad ingest / dyad import with this --db), which creates them.',
    });
  }
  const v = await conn.one(`SELECT max(version) AS v, count() AS n FROM schema_version`);
  const version = Number(v?.['n'] ?? 0) > 0 ? Number(v?.['v'] ?? 0) : 0;
  if (version > CLICKHOUSE_SCHEMA_VERSION) {
    throw new DyadError('STORE', `the database has schema ${version}, newer than this Dyad (${CLICKHOUSE_SCHEMA_VERSION})`, {
      place: { file: conn.where },
      hint: 'Upgrade Dyad to read it.',
    });
  }
  if (version < CLICKHOUSE_SCHEMA_VERSION && !readOnly) {
    await conn.run(
      `INSERT INTO schema_version (version, name, applied_at) VALUES (${int(CLICKHOUSE_SCHEMA_VERSION)}, 'documents, events, mentions, milestones, indicators, actors, import batches, quarantine', now())`,
    );
  }
}
