/**
 * What the store commands share: the `--db` and `--format` options, opening the store (read-only for
 * queries, so several can read at once) and closing it whatever happens.
 */
import { existsSync } from 'node:fs';
import { DyadError } from '../../core/errors.js';
import { openStore, resolveStoreUrl } from '../../store/open.js';
import type { Store } from '../../store/store.js';

export const dbArg = {
  type: 'string' as const,
  // `--store` and clickhouse:// URLs: the ClickHouse engine.
  alias: ['store'],
  description: 'The store: a DuckDB file (default ./dyad.duckdb, or env DYAD_STORE / DYAD_DB) or clickhouse://HOST:PORT/DB',
  valueHint: 'PATH|URL',
};

export const formatArg = {
  type: 'string' as const,
  description: 'Output: table, json, ndjson or csv',
  default: 'table',
  valueHint: 'FORMAT',
};

/** Open the store, run `work`, close the store. Queries open read-only and need an existing file. */
export async function withStore<T>(db: string | undefined, mode: 'read' | 'write', work: (store: Store) => Promise<T>): Promise<T> {
  const url = resolveStoreUrl(db);
  if (mode === 'read' && !url.includes('://') && !existsSync(url.replace(/^duckdb:/i, ''))) {
    throw new DyadError('NOT_FOUND', `no database at ${url}`, {
      place: { file: url, field: '--db' },
      hint: 'Load one first with `dyad ingest PATH…` or `dyad demo`, or point --db at one.',
    });
  }
  const store = await openStore(url, { readOnly: mode === 'read' });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** Cut a long text to `n` characters for a table cell. */
export function cut(text: string | null | undefined, n = 90): string {
  if (!text) return '';
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

/** An interval as a person reads it: `2015-11-20`, `2015-11-01..2015-11-30`, or empty. */
export function showDate(d: { start: string | null; end: string | null } | null): string {
  if (!d) return '';
  if (d.start === d.end) return d.start ?? '';
  return `${d.start ?? '…'}..${d.end ?? '…'}`;
}
