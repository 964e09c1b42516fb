/**
 * A thin layer over one @duckdb/node-api connection: parameterised statements returning plain rows,
 * transactions, and a queue so that concurrent callers never interleave inside one transaction
 * (a DuckDB connection has one transaction at a time).
 */
import { DuckDBInstance, type DuckDBConnection, type DuckDBPreparedStatement, type DuckDBValue } from '@duckdb/node-api';
import { DyadError } from '../../core/errors.js';

/** A row as plain JS: strings, numbers (BIGINT already narrowed), booleans, null. */
export type SqlRow = Record<string, string | number | boolean | null>;
export type SqlParam = string | number | boolean | null;

function plain(v: unknown): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString();
  return String(v);
}

export interface OpenOptions {
  readOnly?: boolean;
}

export class Db {
  private queue: Promise<unknown> = Promise.resolve();
  /** Statements prepared once per connection: planning costs more than running a small insert. */
  private readonly prepared = new Map<string, DuckDBPreparedStatement>();

  private constructor(
    readonly path: string,
    private readonly instance: DuckDBInstance,
    readonly connection: DuckDBConnection,
  ) {}

  static async open(path: string, options: OpenOptions = {}): Promise<Db> {
    try {
      const config: Record<string, string> = options.readOnly ? { access_mode: 'READ_ONLY' } : {};
      const instance = await DuckDBInstance.create(path, config);
      const connection = await instance.connect();
      return new Db(path, instance, connection);
    } catch (cause) {
      const msg = cause instanceof Error ? cause.message : String(cause);
      const locked = /lock/i.test(msg);
      throw new DyadError('STORE', `cannot open the DuckDB database: ${msg.split('\n')[0]}`, {
        place: { file: path },
        hint: locked
          ? 'Another process is writing to this database (DuckDB allows one writer); wait for it or use another --db.'
          : 'Check the path, or pass another with --db PATH (or DYAD_DB).',
        cause,
      });
    }
  }

  /** Run `work` after every earlier call has finished: one caller on the connection at a time. */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async statement(sql: string, params: SqlParam[]): Promise<DuckDBPreparedStatement> {
    let st = this.prepared.get(sql);
    if (!st) {
      st = await this.connection.prepare(sql);
      this.prepared.set(sql, st);
    }
    st.bind(params as DuckDBValue[]);
    return st;
  }

  async all(sql: string, params: SqlParam[] = []): Promise<SqlRow[]> {
    const reader = await (await this.statement(sql, params)).runAndReadAll();
    return reader.getRowObjectsJS().map((r) => {
      const out: SqlRow = {};
      for (const [k, v] of Object.entries(r)) out[k] = plain(v);
      return out;
    });
  }

  async one(sql: string, params: SqlParam[] = []): Promise<SqlRow | undefined> {
    return (await this.all(sql, params))[0];
  }

  async run(sql: string, params: SqlParam[] = []): Promise<void> {
    if (params.length === 0) await this.connection.run(sql);
    else await (await this.statement(sql, params)).run();
  }

  /** Run `work` in one transaction: committed whole, or rolled back whole if it throws. */
  async transaction<T>(work: () => Promise<T>): Promise<T> {
    await this.run('BEGIN TRANSACTION');
    try {
      const out = await work();
      await this.run('COMMIT');
      return out;
    } catch (err) {
      await this.run('ROLLBACK').catch(() => undefined);
      throw err;
    }
  }

  close(): void {
    for (const st of this.prepared.values()) st.destroySync();
    this.prepared.clear();
    this.connection.closeSync();
    this.instance.closeSync();
  }
}
