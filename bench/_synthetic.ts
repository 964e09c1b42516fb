/**
 * What the benchmarks that generate synthetic events share: a seeded generator (so every run, and every
 * engine, gets the same events), country codes whose activity is skewed like real event data, and
 * the loader of a big DuckDB store of such events.
 */
import { performance } from 'node:perf_hooks';
import {
  DOUBLE, DATE, DuckDBDataChunk, INTEGER, TINYINT, VARCHAR, dateValue, type DuckDBType, type DuckDBValue,
} from '@duckdb/node-api';
import type { DuckDbStore } from '../src/store/duckdb/index.js';

/** A deterministic generator of numbers in [0, 1) (mulberry32). */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Country codes C000.., each with a weight: a few countries in most events. */
export function syntheticCountries(count: number): { codes: string[]; weight: number[] } {
  const codes = Array.from({ length: count }, (_, i) => `C${String(i).padStart(3, '0')}`);
  return { codes, weight: codes.map((_, i) => 1 / (i + 1) ** 0.8) };
}

/** CAMEO roots with their quad class and a Goldstein value, drawn uniformly. */
const ROOTS: [string, number, number][] = [
  ['01', 1, 0], ['02', 1, 3], ['03', 1, 4], ['04', 1, 1], ['05', 1, 3.5], ['06', 2, 6], ['07', 2, 7], ['08', 2, 5],
  ['09', 1, -2], ['10', 3, -5], ['11', 3, -2], ['12', 3, -4], ['13', 3, -6], ['14', 3, -6.5], ['15', 4, -7.2],
  ['16', 3, -4], ['17', 4, -7], ['18', 4, -9], ['19', 4, -10], ['20', 4, -10],
];

export interface SyntheticPair {
  /** Indexes into `codes`. */
  s: number;
  t: number;
  /** Events of the pair. */
  n: number;
}

export interface SyntheticLoad {
  pairs: SyntheticPair[];
  codes: string[];
  rows: number;
  /** Wall time of the whole load and of its appender part; CPU time of both. */
  ms: number;
  appendMs: number;
  cpu: NodeJS.CpuUsage;
  cpuAppend: NodeJS.CpuUsage;
}

/**
 * Load `total` synthetic GDELT events (seeded: the same every run) into a DuckDB store: data chunks of
 * 2048 rows through the appender into an unindexed staging table of the columns that vary, then one
 * INSERT … SELECT into events, in (source, target, date) order or, with `random`, in no useful order.
 */
export async function loadSyntheticEvents(store: DuckDbStore, o: { total: number; countries: number; years: number; order: 'sorted' | 'random' }): Promise<SyntheticLoad> {
  const random = rng(42);
  const FIRST_DAY = Date.UTC(1995, 0, 1) / 86_400_000;
  const DAYS = o.years * 365;
  // Activity skewed like real event data: a few countries in most events.
  const { codes, weight } = syntheticCountries(o.countries);
  const pairs: SyntheticPair[] = [];
  let wsum = 0;
  for (let s = 0; s < o.countries; s++) for (let t = 0; t < o.countries; t++) if (s !== t) wsum += (weight[s] ?? 0) * (weight[t] ?? 0);
  let assigned = 0;
  for (let s = 0; s < o.countries; s++) {
    for (let t = 0; t < o.countries; t++) {
      if (s === t) continue;
      const n = Math.round((o.total * (weight[s] ?? 0) * (weight[t] ?? 0)) / wsum);
      pairs.push({ s, t, n });
      assigned += n;
    }
  }
  if (pairs[0]) pairs[0].n += o.total - assigned;

  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  await store.db.run(`CREATE TEMP TABLE staging (source_principal VARCHAR, target_principal VARCHAR, root VARCHAR,
    quad_class TINYINT, goldstein DOUBLE, date_start DATE, mentions INTEGER)`);
  const appender = await store.db.connection.createAppender('staging');
  const CHUNK = 2048;
  const types: DuckDBType[] = [VARCHAR, VARCHAR, VARCHAR, TINYINT, DOUBLE, DATE, INTEGER];
  const cols: DuckDBValue[][] = types.map(() => []);
  const [cs, ct, cr, cq, cg, cd, cm] = cols as [DuckDBValue[], DuckDBValue[], DuckDBValue[], DuckDBValue[], DuckDBValue[], DuckDBValue[], DuckDBValue[]];
  let rowId = 0;
  const flush = () => {
    if (cs.length === 0) return;
    const chunk = DuckDBDataChunk.create(types, cs.length);
    chunk.setColumns(cols);
    appender.appendDataChunk(chunk);
    for (const c of cols) c.length = 0;
  };
  for (const { s, t, n } of pairs) {
    const source = codes[s] ?? '';
    const target = codes[t] ?? '';
    const days = Array.from({ length: n }, () => Math.floor(random() * DAYS)).sort((a, b) => a - b);
    for (const d of days) {
      const [root, quad, g] = ROOTS[Math.floor(random() * ROOTS.length)] ?? ['01', 1, 0];
      cs.push(source);
      ct.push(target);
      cr.push(root);
      cq.push(quad);
      cg.push(g);
      cd.push(dateValue(FIRST_DAY + d));
      cm.push(1 + (rowId % 5));
      rowId++;
      if (cs.length === CHUNK) flush();
    }
  }
  flush();
  appender.closeSync();
  const appendMs = performance.now() - t0;
  const cpuAppend = process.cpuUsage(cpu0);
  await store.db.run(`INSERT INTO events (id, dataset, dataset_row_id, source_principal, target_principal, code, root,
      quad_class, goldstein, date_start, date_end, date_precision, mentions, batch_id)
    SELECT 'bench:' || rowid, 'gdelt', CAST(rowid AS VARCHAR), source_principal, target_principal, root || '0', root,
      quad_class, goldstein, date_start, date_start, 'day', mentions, 'bench'
    FROM staging ORDER BY ${o.order === 'random' ? 'hash(rowid)' : 'rowid'}`);
  await store.db.run('DROP TABLE staging');
  await store.db.run('CHECKPOINT');
  return { pairs, codes, rows: rowId, ms: performance.now() - t0, appendMs, cpu: process.cpuUsage(cpu0), cpuAppend };
}
