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
import { openDuckDbStore } from '../src/store/duckdb/index.js';
import { balance } from '../src/analysis/index.js';
import { loadSyntheticEvents } from './_synthetic.js';
import { quantile, timeRuns } from './_timing.js';

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

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

async function main(): Promise<void> {
  const dir = args.db ? null : mkdtempSync(join(tmpdir(), 'dyad-bench-'));
  const path = args.db ?? join(dir ?? '.', 'bench.duckdb');
  const store = await openDuckDbStore(path);
  console.log(`bench/query: ${TOTAL.toLocaleString('en')} events, ${COUNTRIES} countries, ${YEARS} years, loaded in ${args.order} order → ${path}`);

  const { pairs, codes, rows: rowId, ms: loadMs, appendMs: tAppend, cpu, cpuAppend } = await loadSyntheticEvents(store, { total: TOTAL, countries: COUNTRIES, years: YEARS, order: args.order === 'random' ? 'random' : 'sorted' });
  const cpuS = (u: NodeJS.CpuUsage) => ((u.user + u.system) / 1e6).toFixed(1);
  console.log(`load: appender ${(tAppend / 1000).toFixed(1)} s (cpu ${cpuS(cpuAppend)} s), INSERT … SELECT with key indexes ` +
    `${((loadMs - tAppend) / 1000).toFixed(1)} s (cpu ${(Number(cpuS(cpu)) - Number(cpuS(cpuAppend))).toFixed(1)} s); machine load ${loadavg()[0]?.toFixed(1)}`);
  console.log(`load: ${rowId.toLocaleString('en')} rows in ${(loadMs / 1000).toFixed(1)} s = ${Math.round(rowId / (loadMs / 1000)).toLocaleString('en')} rows/s`);

  // Dyads to ask about: the busiest, a middling one and a quiet one, in turn.
  const sorted = [...pairs].sort((a, b) => b.n - a.n);
  const probes = [sorted[0], sorted[Math.floor(sorted.length / 2)], sorted[sorted.length - 1]].filter((p) => p !== undefined);
  const timeIt = (fn: () => Promise<unknown>) => timeRuns(fn, REPS);
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
