/**
 * Opens a store by URL: the one place that knows the engines. A path (or `duckdb:PATH`) is a DuckDB
 * file; `clickhouse://host:port/db` is for the ClickHouse engine. With no URL: `--db` as passed by the
 * caller, else env `DYAD_STORE` or `DYAD_DB`, else `./dyad.duckdb`. Engines are imported only when opened, so a command
 * never loads a driver it does not use. A DuckDB file that a running `dyad serve` holds is used through
 * that server (see `./served`).
 */
import { DyadError } from '../core/errors.js';
import type { Store } from './store.js';

/** The database a command uses when given none. */
export const DEFAULT_DB = './dyad.duckdb';

export interface OpenStoreOptions {
  /** Queries only: DuckDB opens the file read-only, so other readers may share it. */
  readOnly?: boolean;
  /** ClickHouse cluster: answer from the shards that are up, marking results partial. */
  allowPartial?: boolean;
  /**
   * Open the DuckDB file itself even when a `dyad serve` holds it (that server's own open). Otherwise a
   * database a running server holds is used through the server (`./served`).
   */
  direct?: boolean;
  /** DuckDB: tuned for many small queries at once (`dyad serve`; see `DuckDbStoreOptions.serving`). */
  serving?: boolean;
}

/** `url`, else `DYAD_STORE`, else `DYAD_DB`, else `./dyad.duckdb`. */
export function resolveStoreUrl(url?: string): string {
  const u = url?.trim() || process.env['DYAD_STORE']?.trim() || process.env['DYAD_DB']?.trim() || DEFAULT_DB;
  return u;
}

/**
 * Open the store at `url` (see the module comment for the forms it takes).
 * @example const store = await openStore(args.db); try { … } finally { await store.close(); }
 */
export async function openStore(url?: string, options: OpenStoreOptions = {}): Promise<Store> {
  const u = resolveStoreUrl(url);
  if (/^clickhouse:\/\//i.test(u)) {
    // ClickHouse (src/store/clickhouse): partial answers from a cluster only when asked.
    const { openClickHouseStore } = await import('./clickhouse/index.js');
    return openClickHouseStore(u, { readOnly: options.readOnly ?? false, allowPartial: options.allowPartial ?? false });
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(u)) {
    throw new DyadError('BAD_ARGUMENT', `unknown store URL '${u}'`, {
      place: { field: '--db' },
      hint: 'Give a DuckDB file path (./dyad.duckdb) or clickhouse://host:port/db.',
    });
  }
  const path = u.replace(/^duckdb:/i, '');
  if (options.direct !== true) {
    // DuckDB lets one process hold a file for writing: while `dyad serve` holds it, go through the server.
    const { ServedStore, liveEndpoint } = await import('./served/index.js');
    const endpoint = liveEndpoint(path);
    const served = endpoint ? await ServedStore.connect(endpoint) : null;
    if (served) return served;
  }
  const { openDuckDbStore } = await import('./duckdb/index.js');
  return openDuckDbStore(path, { readOnly: options.readOnly ?? false, serving: options.serving ?? false });
}
