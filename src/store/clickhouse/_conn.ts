/**
 * The ClickHouse engine's connection: the URL it is opened with, an HTTP client for the node that is
 * queried and one for each shard (tables are created shard by shard: 18.16's `ON CLUSTER` needs
 * ZooKeeper), and the mapping of server failures to DyadErrors. A shard that does not answer is a
 * STORE_SHARD_DOWN naming it; with partial answers allowed the query runs on the shards that answer
 * and the result says which were missing.
 */
import { Readable } from 'node:stream';
import { createClient, ClickHouseLogLevel, type ClickHouseClient } from '@clickhouse/client';
import { DyadError } from '../../core/errors.js';
import { ident, str } from './_sql.js';

/** What a `clickhouse://` URL says. */
export interface ClickHouseTarget {
  /** `http://host:port` of the node that is queried. */
  url: string;
  database: string;
  /** The `remote_servers` cluster the Distributed tables span; none for one server. */
  cluster: string | null;
  /** `http://host:port` of every shard, where the local tables are created (cluster only). */
  shards: string[];
  /** Answer from the shards that are up, marking the result partial, instead of failing. */
  allowPartial: boolean;
}

function badUrl(url: string, why: string): never {
  throw new DyadError('BAD_ARGUMENT', `bad ClickHouse store URL '${url}': ${why}`, {
    place: { field: '--db' },
    hint: 'Use clickhouse://HOST:PORT/DB (HTTP port), with ?cluster=NAME&shards=HOST:PORT,HOST:PORT for a cluster and &partial=1 to accept answers from the shards that are up.',
  });
}

const HOST_PORT = /^[A-Za-z0-9.-]+:\d{1,5}$|^\[[0-9a-fA-F:]+\]:\d{1,5}$/;

/** Read `clickhouse://host:port/db?cluster=…&shards=…&partial=1`. */
export function parseClickHouseUrl(raw: string): ClickHouseTarget {
  let u: URL;
  try {
    u = new URL(raw.replace(/^clickhouse:/i, 'http:'));
  } catch {
    badUrl(raw, 'it does not parse');
  }
  if (!u.port) badUrl(raw, 'give the HTTP port (8123 on a default server)');
  const database = decodeURIComponent(u.pathname.replace(/^\//, '')) || 'dyad';
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(database)) badUrl(raw, `'${database}' is not a database name (letters, digits, _)`);
  const known = new Set(['cluster', 'shards', 'partial']);
  for (const k of u.searchParams.keys()) if (!known.has(k)) badUrl(raw, `unknown option '${k}'`);
  const cluster = u.searchParams.get('cluster');
  if (cluster !== null && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(cluster)) badUrl(raw, `'${cluster}' is not a cluster name`);
  const shards = (u.searchParams.get('shards') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  for (const s of shards) if (!HOST_PORT.test(s)) badUrl(raw, `shard '${s}' is not HOST:PORT`);
  if (cluster && shards.length === 0) badUrl(raw, 'a cluster needs shards=HOST:PORT,… (each shard’s HTTP address) to create its tables');
  if (!cluster && shards.length > 0) badUrl(raw, 'shards= needs cluster=NAME');
  const partial = u.searchParams.get('partial');
  return {
    url: `http://${u.host}`,
    database,
    cluster,
    shards: shards.map((s) => `http://${s}`),
    allowPartial: partial === '1' || partial === 'true',
  };
}

/** A row as JSONEachRow gives it. */
export type ChRow = Record<string, unknown>;

/** ClickHouse's own error code, read from the message the server sends (18.16's form is not parsed by the client). */
export function serverErrorCode(err: unknown): number | null {
  const msg = err instanceof Error ? err.message : String(err);
  const m = /^Code: (\d+)/.exec(msg) ?? /\bCode: (\d+)/.exec(msg);
  return m ? Number(m[1]) : null;
}

/** Codes of a shard that cannot be reached: SOCKET_TIMEOUT, NETWORK_ERROR, ALL_CONNECTION_TRIES_FAILED. */
const UNREACHABLE = new Set([209, 210, 279]);

/** What the last query on a store met. */
export interface QueryMeta {
  /** Some shards did not answer and the result holds only what the others hold. */
  partial: boolean;
  /** `host:port` of each shard that did not answer. */
  unavailableShards: string[];
}

function newClient(url: string, database: string | undefined): ClickHouseClient {
  return createClient({
    url,
    ...(database ? { database } : {}),
    log: { level: ClickHouseLogLevel.OFF },
    request_timeout: 600_000,
    keep_alive: { idle_socket_ttl: 2000 },
    clickhouse_settings: { insert_distributed_sync: 1 },
  });
}

/** The clients of one store and the statements they run. */
export class ChConn {
  readonly node: ClickHouseClient;
  readonly shardClients: ClickHouseClient[];
  /** What the last query met. */
  meta: QueryMeta = { partial: false, unavailableShards: [] };

  constructor(readonly target: ClickHouseTarget) {
    this.node = newClient(target.url, target.database);
    this.shardClients = target.shards.map((s) => newClient(s, target.database));
  }

  /** Where this store lives, for messages. */
  get where(): string {
    return `${this.target.url.replace(/^http:/, 'clickhouse:')}/${this.target.database}${this.target.cluster ? ` (cluster ${this.target.cluster})` : ''}`;
  }

  /** Rows of a SELECT. On a cluster, a shard that is down fails the query or, if allowed, makes it partial. */
  async all(sql: string): Promise<ChRow[]> {
    if (!this.target.cluster) {
      this.meta = { partial: false, unavailableShards: [] };
      return this.wrap(async () => (await this.node.query({ query: sql, format: 'JSONEachRow' })).json<ChRow>());
    }
    if (!this.target.allowPartial) {
      this.meta = { partial: false, unavailableShards: [] };
      try {
        return await (await this.node.query({ query: sql, format: 'JSONEachRow' })).json<ChRow>();
      } catch (err) {
        throw await this.failure(err);
      }
    }
    // Partial answers allowed: ask which shards answer, then let the query skip the others.
    const down = await this.downShards();
    try {
      const rows = await (
        await this.node.query({ query: sql, format: 'JSONEachRow', clickhouse_settings: { skip_unavailable_shards: 1 } })
      ).json<ChRow>();
      // A shard may fall between the probe and the query: probe again so a partial answer is never silent.
      const after = down.length > 0 ? down : await this.downShards();
      this.meta = { partial: after.length > 0, unavailableShards: after };
      // Said where a person sees it too, whatever the caller does with the mark on the result.
      if (this.meta.partial) process.stderr.write(`dyad: partial answer: shard ${after.join(', ')} of cluster ${this.target.cluster} did not answer\n`);
      return rows;
    } catch (err) {
      throw await this.failure(err);
    }
  }

  async one(sql: string): Promise<ChRow | undefined> {
    return (await this.all(sql))[0];
  }

  /** A statement with no result, on the node that is queried. */
  async run(sql: string, client: ClickHouseClient = this.node): Promise<void> {
    await this.wrap(() => client.command({ query: sql }).then(() => undefined));
  }

  /**
   * Rows in as TabSeparated text (already escaped with `tsvField`), their cells in the order of
   * `columns`, which the insert names: the table's own column order does not matter.
   */
  async insertTsv(table: string, columns: readonly string[], tsv: string, client: ClickHouseClient = this.node): Promise<void> {
    if (tsv.length === 0) return;
    const [first, ...rest] = columns.map(ident);
    if (first === undefined) throw new Error(`an insert into ${table} names no columns`);
    await this.wrap(() =>
      client
        .insert({ table: ident(table), columns: [first, ...rest], values: Readable.from([Buffer.from(tsv)], { objectMode: false }), format: 'TabSeparated' })
        .then(() => undefined),
    );
  }

  /** Run `work`, turning a server error into a STORE error (or STORE_SHARD_DOWN) that names this store. */
  async wrap<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      throw await this.failure(err);
    }
  }

  /** `host:port` of each shard of the cluster that does not answer, asked through the queried node. */
  async downShards(): Promise<string[]> {
    if (!this.target.cluster) return [];
    const shards = (await this.node
      .query({ query: `SELECT host_address, port FROM system.clusters WHERE cluster = ${str(this.target.cluster)} ORDER BY shard_num`, format: 'JSONEachRow' })
      .then((r) => r.json<{ host_address: string; port: number }>())
      .catch((err: unknown) => {
        throw this.plainFailure(err);
      }));
    const down: string[] = [];
    for (const s of shards) {
      const addr = `${s.host_address}:${s.port}`;
      const ok = await this.node
        .query({ query: `SELECT 1 AS x FROM remote(${str(addr)}, system.one)`, format: 'JSONEachRow' })
        .then((r) => r.json())
        .then(() => true, () => false);
      if (!ok) down.push(addr);
    }
    return down;
  }

  private plainFailure(err: unknown): DyadError {
    if (err instanceof DyadError) return err;
    const msg = (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '';
    const refused = /ECONNREFUSED|ECONNRESET|socket hang up/i.test(msg);
    return new DyadError('STORE', `ClickHouse at ${this.where} failed: ${msg}`, {
      place: { file: this.where },
      hint: refused
        ? 'Is the server running? (scripts/clickhouse/cluster.sh status)'
        : 'Run again with DYAD_DEBUG=1 and report what it prints if this looks like a bug.',
      cause: err,
    });
  }

  private async failure(err: unknown): Promise<DyadError> {
    if (err instanceof DyadError) return err;
    const code = serverErrorCode(err);
    if (this.target.cluster && code !== null && UNREACHABLE.has(code)) {
      const down = await this.downShards().catch(() => [] as string[]);
      // The probe names the shards; if they answer again by now, the address in the server's message does.
      const named = down.length > 0 ? down.join(', ') : /\(([^()\s]+:\d+)\)/.exec(err instanceof Error ? err.message : '')?.[1];
      if (!named) return this.plainFailure(err);
      return new DyadError('STORE_SHARD_DOWN', `shard ${named} of cluster ${this.target.cluster} does not answer; the query was not answered`, {
        place: { file: this.where },
        hint: 'Start the shard again (scripts/clickhouse/cluster.sh start), or add partial=1 to the store URL to accept answers from the shards that are up.',
        cause: err,
      });
    }
    return this.plainFailure(err);
  }

  async close(): Promise<void> {
    await Promise.all([this.node.close(), ...this.shardClients.map((c) => c.close())]);
  }
}
