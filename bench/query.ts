/**
 * bench/query: how fast the DuckDB store answers a dyad's monthly series and a balance over 10 million
 * synthetic events (200 countries, 30 years), beside a plain COUNT(*) scan of the same table in the
 * same run. Events are appended through DuckDB's appender in data chunks, in (source, target, date)
 * order, which is the order that lets zone maps skip row groups.
 *
 *   node --import tsx bench/query.ts [--events 10000000] [--db PATH] [--reps 30] [--order sorted|random]
 *
 * Prints the load rate and median / p95 latencies, and each latency as a ratio of the COUNT(*) scan.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import {
  DOUBLE, DATE, DuckDBDataChunk, INTEGER, TINYINT, VARCHAR, dateValue, type DuckDBType, type DuckDBValue,
} from '@duckdb/node-api';
import { openDuckDbStore } from '../src/store/duckdb/index.js';
import { balance } from '../src/analysis/index.js';
import { rng, syntheticCountries } from './_synthetic.js';

const { values: args } = parseArgs({
  options: {
    events: { type: 'string', default: '10000000' },
    db: { type: 'string' },
    reps: { type: 'string', default: '30' },
    // `random` loads the same events in no useful order, as a stream of daily imports would leave them.
    order: { type: 'string', default: 'sorted' },
  },
});
const TOTAL = Number(args.events);
const REPS = Number(args.reps);
const COUNTRIES = 200;
const YEARS = 30;
const FIRST_DAY = Date.UTC(1995, 0, 1) / 86_400_000;
const DAYS = YEARS * 365;

const random = rng(42);

// Country codes C000..C199, activity skewed like real event data: a few countries in most events.
const { codes, weight } = syntheticCountries(COUNTRIES);
const pairs: { s: number; t: number; n: number }[] = [];
let wsum = 0;
for (let s = 0; s < COUNTRIES; s++) for (let t = 0; t < COUNTRIES; t++) if (s !== t) wsum += (weight[s] ?? 0) * (weight[t] ?? 0);
let assigned = 0;
for (let s = 0; s < COUNTRIES; s++) {
  for (let t = 0; t < COUNTRIES; t++) {
    if (s === t) continue;
    const n = Math.round((TOTAL * (weight[s] ?? 0) * (weight[t] ?? 0)) / wsum);
    pairs.push({ s, t, n });
    assigned += n;
  }
}
if (pairs[0]) pairs[0].n += TOTAL - assigned;

const ROOTS: [string, number, number][] = [
  ['01', 1, 0], ['02', 1, 3], ['03', 1, 4], ['04', 1, 1], ['05', 1, 3.5], ['06', 2, 6], ['07', 2, 7], ['08', 2, 5],
  ['09', 1, -2], ['10', 3, -5], ['11', 3, -2], ['12', 3, -4], ['13', 3, -6], ['14', 3, -6.5], ['15', 4, -7.2],
  ['16', 3, -4], ['17', 4, -7], ['18', 4, -9], ['19', 4, -10], ['20', 4, -10],
];


function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
}
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

async function main(): Promise<void> {
  const dir = args.db ? null : mkdtempSync(join(tmpdir(), 'dyad-bench-'));
  const path = args.db ?? join(dir ?? '.', 'bench.duckdb');
  const store = await openDuckDbStore(path);
  const { connection } = store.db;
  console.log(`bench/query: ${TOTAL.toLocaleString('en')} events, ${COUNTRIES} countries, ${YEARS} years, loaded in ${args.order} order → ${path}`);

  // Load: data chunks of 2048 rows through the appender into an unindexed staging table of the
  // columns that vary, then one INSERT … SELECT into events (which builds its key indexes in bulk).
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  await store.db.run(`CREATE TEMP TABLE staging (source_principal VARCHAR, target_principal VARCHAR, root VARCHAR,
    quad_class TINYINT, goldstein DOUBLE, date_start DATE, mentions INTEGER)`);
  const appender = await connection.createAppender('staging');
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
  const tAppend = performance.now() - t0;
  const cpuAppend = process.cpuUsage(cpu0);
  await store.db.run(`INSERT INTO events (id, dataset, dataset_row_id, source_principal, target_principal, code, root,
      quad_class, goldstein, date_start, date_end, date_precision, mentions, batch_id)
    SELECT 'bench:' || rowid, 'gdelt', CAST(rowid AS VARCHAR), source_principal, target_principal, root || '0', root,
      quad_class, goldstein, date_start, date_start, 'day', mentions, 'bench'
    FROM staging ORDER BY ${args.order === 'random' ? 'hash(rowid)' : 'rowid'}`);
  await store.db.run('DROP TABLE staging');
  await store.db.run('CHECKPOINT');
  const cpu = process.cpuUsage(cpu0);
  const cpuS = (u: NodeJS.CpuUsage) => ((u.user + u.system) / 1e6).toFixed(1);
  console.log(`load: appender ${(tAppend / 1000).toFixed(1)} s (cpu ${cpuS(cpuAppend)} s), INSERT … SELECT with key indexes ` +
    `${((performance.now() - t0 - tAppend) / 1000).toFixed(1)} s (cpu ${(Number(cpuS(cpu)) - Number(cpuS(cpuAppend))).toFixed(1)} s); machine load ${loadavg()[0]?.toFixed(1)}`);
  const loadMs = performance.now() - t0;
  console.log(`load: ${rowId.toLocaleString('en')} rows in ${(loadMs / 1000).toFixed(1)} s = ${Math.round(rowId / (loadMs / 1000)).toLocaleString('en')} rows/s`);

  // Dyads to ask about: the busiest, a middling one and a quiet one, in turn.
  const sorted = [...pairs].sort((a, b) => b.n - a.n);
  const probes = [sorted[0], sorted[Math.floor(sorted.length / 2)], sorted[sorted.length - 1]].filter((p) => p !== undefined);
  const timeIt = async (fn: () => Promise<unknown>) => {
    await fn(); // warm
    const xs: number[] = [];
    for (let i = 0; i < REPS; i++) {
      const t = performance.now();
      await fn();
      xs.push(performance.now() - t);
    }
    return xs;
  };
  const measure = async (label: string) => {
    const count = await timeIt(() => store.db.all('SELECT count(*) AS n FROM events'));
    const countScan = await timeIt(() => store.db.all('SELECT count(*) AS n FROM events WHERE goldstein > -100'));
    let k = 0;
    const series = await timeIt(() => {
      const p = probes[k++ % probes.length];
      return store.dyadSeries({ a: codes[p?.s ?? 0] ?? '', b: codes[p?.t ?? 1] ?? '', by: 'month' });
    });
    k = 0;
    const bal = await timeIt(() => {
      const p = probes[k++ % probes.length];
      return balance(store, { actor: codes[p?.s ?? 0] ?? '', first: codes[p?.t ?? 1] ?? '', second: codes[(p?.t ?? 1) + 1] ?? 'C000', by: 'year' });
    });
    const base = quantile(countScan, 0.5);
    const line = (name: string, xs: number[]) =>
      console.log(`${name.padEnd(34)} median ${fmt(quantile(xs, 0.5)).padStart(9)}  p95 ${fmt(quantile(xs, 0.95)).padStart(9)}  ×scan ${(quantile(xs, 0.5) / base).toFixed(2)}`);
    console.log(`-- ${label} (machine load ${loadavg()[0]?.toFixed(1)})`);
    line('COUNT(*) (metadata)', count);
    line('COUNT(*) WHERE goldstein (scan)', countScan);
    line('dyad monthly series', series);
    line('balance (two dyads, by year)', bal);
    console.log(`target: dyad series median ≤ 100 ms → ${quantile(series, 0.5) <= 100 ? 'met' : 'NOT met'}`);
  };
  await measure(`events as loaded (${args.order} order)`);
  if (args.order === 'random') {
    const t = performance.now();
    const c = process.cpuUsage();
    await store.optimize();
    const u = process.cpuUsage(c);
    console.log(`optimize(): ${((performance.now() - t) / 1000).toFixed(1)} s (cpu ${((u.user + u.system) / 1e6).toFixed(1)} s)`);
    await measure('after store.optimize()');
  }
  await store.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
}

await main();
