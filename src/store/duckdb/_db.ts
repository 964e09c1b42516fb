/**
 * A thin layer over @duckdb/node-api: parameterised statements returning plain rows, transactions, one
 * writing connection behind a queue (a DuckDB connection has one transaction at a time, so concurrent
 * writers never interleave inside one), and a pool of reading connections on the same instance, so
 * queries run side by side and never wait behind a write. Every statement on the writing connection
 * bumps a generation counter once it has finished: whatever was read before it may be stale.
 */
import { DuckDBInstance, type DuckDBConnection, type DuckDBPreparedStatement, type DuckDBValue } from '@duckdb/node-api';
import { DyadError } from '../../core/errors.js';
import type { SqlRow } from '../_rows.js';

export type { SqlRow } from '../_rows.js';

/** A query parameter as plain JS. */
export type SqlParam = string | number | boolean | null;

function plain(v: unknown): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString();
  return String(v);
}

/** How many reading connections a database opens at most, unless `DYAD_DUCKDB_READERS` says otherwise. */
export const DEFAULT_READERS = 4;

export interface OpenOptions {
  readOnly?: boolean;
  /** Reading connections at most (default `DEFAULT_READERS`); they are opened as queries need them. */
  readers?: number;
  /** DuckDB's worker threads (default: one per core). */
  threads?: number;
}

/**
 * An `INSERT … VALUES` with bound values only: its plan depends on no data, so it may be reused after
 * writes. Any other plan may not: DuckDB folds what the table's statistics say at planning time into the
 * plan (a filter `d IS NOT NULL` dropped while no row had a null, a count taken from metadata), so a
 * statement prepared before a write can answer as if the write had not happened.
 */
const DATA_FREE = /^\s*INSERT\s+(OR\s+IGNORE\s+)?INTO\s+[\w.]+\s*\([^)]*\)\s*VALUES\s*\((?:[^()]|\([^()]*\))*\)\s*$/i;

/**
 * Statements on one connection, each prepared once and reused until something is written (see
 * `DATA_FREE`): planning costs more than running a small query.
 */
export class Conn {
  private readonly prepared = new Map<string, { st: DuckDBPreparedStatement; generation: number }>();

  constructor(
    readonly connection: DuckDBConnection,
    /** The database's write generation now. */
    private readonly generation: () => number,
    /** Called after each statement has finished. */
    private readonly after: () => void = () => undefined,
  ) {}

  private async statement(sql: string, params: SqlParam[]): Promise<DuckDBPreparedStatement> {
    const generation = this.generation();
    let entry = this.prepared.get(sql);
    if (entry && entry.generation !== generation && !DATA_FREE.test(sql)) {
      entry.st.destroySync();
      this.prepared.delete(sql);
      entry = undefined;
    }
    if (!entry) {
      entry = { st: await this.connection.prepare(sql), generation };
      this.prepared.set(sql, entry);
    }
    entry.st.bind(params as DuckDBValue[]);
    return entry.st;
  }

  async all(sql: string, params: SqlParam[] = []): Promise<SqlRow[]> {
    try {
      const reader = await (await this.statement(sql, params)).runAndReadAll();
      return reader.getRowObjectsJS().map((r) => {
        const out: SqlRow = {};
        for (const [k, v] of Object.entries(r)) out[k] = plain(v);
        return out;
      });
    } finally {
      this.after();
    }
  }

  async one(sql: string, params: SqlParam[] = []): Promise<SqlRow | undefined> {
    return (await this.all(sql, params))[0];
  }

  async run(sql: string, params: SqlParam[] = []): Promise<void> {
    try {
      if (params.length === 0) await this.connection.run(sql);
      else await (await this.statement(sql, params)).run();
    } finally {
      this.after();
    }
  }

  close(): void {
    for (const { st } of this.prepared.values()) st.destroySync();
    this.prepared.clear();
    this.connection.closeSync();
  }
}

/** A database: the writing connection (`all`, `one`, `run`, `transaction`, `exclusive`) and a read pool (`read`). */
export class Db {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly writer: Conn;
  private readonly idle: Conn[] = [];
  private readonly waiting: ((c: Conn) => void)[] = [];
  private opened = 0;
  private closed = false;
  private gen = 0;

  private constructor(
    readonly path: string,
    private readonly instance: DuckDBInstance,
    /** The writing connection, for engine-specific parts (appenders). */
    readonly connection: DuckDBConnection,
    private readonly maxReaders: number,
  ) {
    this.writer = new Conn(connection, () => this.gen, () => {
      this.gen++;
    });
  }

  static async open(path: string, options: OpenOptions = {}): Promise<Db> {
    try {
      const config: Record<string, string> = options.readOnly ? { access_mode: 'READ_ONLY' } : {};
      if (options.threads !== undefined) config['threads'] = String(options.threads);
      const instance = await DuckDBInstance.create(path, config);
      const connection = await instance.connect();
      return new Db(path, instance, connection, Math.max(1, options.readers ?? (Number(process.env['DYAD_DUCKDB_READERS']) || DEFAULT_READERS)));
    } catch (cause) {
      const msg = cause instanceof Error ? cause.message : String(cause);
      const locked = /lock/i.test(msg);
      throw new DyadError('STORE', `cannot open the DuckDB database: ${msg.split('\n')[0]}`, {
        place: { file: path },
        hint: locked
          ? 'Another process holds this database (DuckDB lets one process write, or several only read): wait for it to finish. (A running `dyad serve` is used through it: this is another program, or a server still starting.)'
          : 'Check the path, or pass another with --db PATH (or DYAD_DB).',
        cause,
      });
    }
  }

  /**
   * Counts statements run on the writing connection. A value read before a query began and still the
   * same after it ended means nothing was written in between that the answer could have missed.
   */
  get generation(): number {
    return this.gen;
  }

  /** Run `work` after every earlier call has finished: one caller on the writing connection at a time. */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /**
   * Hold the writing connection until the returned release is called (an import holds it from its first
   * row to its commit, so no other write lands inside its transaction).
   */
  async hold(): Promise<() => void> {
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let entered!: () => void;
    const inside = new Promise<void>((resolve) => {
      entered = resolve;
    });
    void this.exclusive(() => {
      entered();
      return released;
    });
    await inside;
    return release;
  }

  /** Run `work` on a reading connection of the pool (waiting for one when all are busy). */
  async read<T>(work: (c: Conn) => Promise<T>): Promise<T> {
    const c = await this.acquire();
    try {
      return await work(c);
    } finally {
      this.releaseReader(c);
    }
  }

  private async acquire(): Promise<Conn> {
    if (this.closed) throw new DyadError('STORE', 'the database is closed', { place: { file: this.path } });
    const free = this.idle.pop();
    if (free) return free;
    if (this.opened < this.maxReaders) {
      this.opened++;
      try {
        return new Conn(await this.instance.connect(), () => this.gen);
      } catch (err) {
        this.opened--;
        throw err;
      }
    }
    return new Promise<Conn>((resolve) => this.waiting.push(resolve));
  }

  private releaseReader(c: Conn): void {
    const next = this.waiting.shift();
    if (next) next(c);
    else if (this.closed) c.close();
    else this.idle.push(c);
  }

  all(sql: string, params: SqlParam[] = []): Promise<SqlRow[]> {
    return this.writer.all(sql, params);
  }

  one(sql: string, params: SqlParam[] = []): Promise<SqlRow | undefined> {
    return this.writer.one(sql, params);
  }

  run(sql: string, params: SqlParam[] = []): Promise<void> {
    return this.writer.run(sql, params);
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
    this.closed = true;
    for (const c of this.idle.splice(0)) c.close();
    this.writer.close();
    this.instance.closeSync();
  }
}
