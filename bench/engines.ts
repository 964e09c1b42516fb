/**
 * bench/engines: the same synthetic events (default 10 million; 200 countries, 30 years, activity
 * skewed like real event data) loaded through each store's import path — DuckDB (appender into a
 * staging table, one INSERT OR IGNORE … ORDER BY) and the two-shard ClickHouse cluster (TabSeparated
 * batches of 100 000 into a sharded staging table, then an anti-join per shard) — and a dyad's monthly
 * series asked of each, side by side in one run.
 *
 *   node --import tsx bench/engines.ts [--events 10000000] [--reps 20] [--clickhouse URL] [--skip duckdb|clickhouse]
 *
 * URL defaults to the cluster of scripts/clickhouse/cluster.sh (env DYAD_CLICKHOUSE_URL, _CLUSTER, _SHARDS
 * override it); the benchmark uses its own database `dyad_bench`, dropped at the end.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { QuadClass } from '../src/core/model.js';
import type { ImportedEvent } from '../src/store/import-sink.js';
import { openStore } from '../src/store/open.js';
import type { Store } from '../src/store/store.js';
import { rng, syntheticCountries } from './_synthetic.js';
import { dropBenchDatabase } from './_clickhouse.js';
import { quantile } from './_timing.js';

const { values: args } = parseArgs({
  options: {
    events: { type: 'string', default: '10000000' },
    reps: { type: 'string', default: '20' },
    clickhouse: { type: 'string' },
    skip: { type: 'string', default: '' },
  },
});
const TOTAL = Number(args.events);
const REPS = Number(args.reps);
const BATCH = 100_000;
const COUNTRIES = 200;
const FIRST_DAY = Date.UTC(1995, 0, 1);
const DAYS = 30 * 365;

const env = (k: string, d: string) => process.env[k]?.trim() || d;
const node = env('DYAD_CLICKHOUSE_URL', 'http://127.0.0.1:8124').replace(/^https?:\/\//, '').replace(/\/$/, '');
const CH_URL =
  args.clickhouse ??
  `clickhouse://${node}/dyad_bench?cluster=${env('DYAD_CLICKHOUSE_CLUSTER', 'dyad')}&shards=${env('DYAD_CLICKHOUSE_SHARDS', '127.0.0.1:8124,127.0.0.1:8125')}`;


const { codes, weight } = syntheticCountries(COUNTRIES);
const cumulative: number[] = [];
{
  let acc = 0;
  for (const w of weight) cumulative.push((acc += w));
}
const pickCountry = (u: number): number => {
  const x = u * (cumulative[cumulative.length - 1] ?? 1);
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cumulative[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

const ROOTS: [string, QuadClass, number][] = [
  ['01', 1, 0], ['02', 1, 3], ['03', 1, 4], ['04', 1, 1], ['05', 1, 3.5], ['06', 2, 6], ['07', 2, 7], ['08', 2, 5],
  ['09', 1, -2], ['10', 3, -5], ['11', 3, -2], ['12', 3, -4], ['13', 3, -6], ['14', 3, -6.5], ['15', 4, -7.2],
  ['16', 3, -4], ['17', 4, -7], ['18', 4, -9], ['19', 4, -10], ['20', 4, -10],
];

/** The events, in batches, always the same for the same --events. */
function* batches(): Generator<ImportedEvent[]> {
  const random = rng(42);
  for (let done = 0; done < TOTAL; done += BATCH) {
    const out: ImportedEvent[] = [];
    for (let i = done; i < Math.min(TOTAL, done + BATCH); i++) {
      const s = pickCountry(random());
      let t = pickCountry(random());
      if (t === s) t = (s + 1) % COUNTRIES;
      const [root, quadClass, goldstein] = ROOTS[Math.floor(random() * ROOTS.length)] ?? ['01', 1, 0];
      const day = new Date(FIRST_DAY + Math.floor(random() * DAYS) * 86_400_000).toISOString().slice(0, 10);
      out.push({
        dataset: 'gdelt', rowKey: String(i + 1), source: { principal: codes[s] ?? '', actor: codes[s] ?? '' },
        target: { principal: codes[t] ?? '', actor: codes[t] ?? '' }, code: `${root}0`, root, quadClass, goldstein,
        date: { start: day, end: day, precision: 'day' }, mentions: 1 + (i % 5), sourceUrl: null, line: i + 1,
      });
    }
    yield out;
  }
}

interface Result {
  engine: string;
  loadSeconds: number;
  rowsPerSecond: number;
  inserted: number;
  series: number[];
  eventsInSeries: number;
}

async function run(engine: string, store: Store): Promise<Result> {
  const t0 = performance.now();
  const sink = await store.beginImport({ batchId: `bench-${engine}-${Date.now()}`, file: 'bench/engines (synthetic)', dataset: 'gdelt' });
  let generate = 0;
  let add = 0;
  let mark = performance.now();
  for (const b of batches()) {
    const t = performance.now();
    generate += t - mark;
    await sink.add(b);
    mark = performance.now();
    add += mark - t;
  }
  const summary = await sink.finish();
  const finish = performance.now() - mark;
  // The store's time: generating the events in JS is the same for every engine and not counted.
  const loadSeconds = (add + finish) / 1000;
  console.log(
    `${engine}: stored ${summary.inserted.toLocaleString('en')} events in ${loadSeconds.toFixed(1)} s (wall ${((performance.now() - t0) / 1000).toFixed(1)} s) — generating ${(generate / 1000).toFixed(1)} s, ` +
      `add ${(add / 1000).toFixed(1)} s, finish ${(finish / 1000).toFixed(1)} s (machine load ${loadavg()[0]?.toFixed(1)})`,
  );
  // The busiest dyad, a middling one and a quiet one, in turn.
  const probes: [string, string][] = [['C000', 'C001'], ['C010', 'C040'], ['C120', 'C199']];
  let eventsInSeries = 0;
  for (const [a, b] of probes) {
    const rows = await store.dyadSeries({ a, b, by: 'month' });
    eventsInSeries += rows.filter((r) => r.direction === 'both').reduce((n, r) => n + r.events, 0);
  }
  const series: number[] = [];
  for (let i = 0; i < REPS; i++) {
    const [a, b] = probes[i % probes.length] ?? ['C000', 'C001'];
    const t = performance.now();
    await store.dyadSeries({ a, b, by: 'month' });
    series.push(performance.now() - t);
  }
  console.log(`${engine}: ${Math.round(summary.inserted / loadSeconds).toLocaleString('en')} rows/s; dyad series median ${quantile(series, 0.5).toFixed(1)} ms, p95 ${quantile(series, 0.95).toFixed(1)} ms`);
  return { engine, loadSeconds, rowsPerSecond: summary.inserted / loadSeconds, inserted: summary.inserted, series, eventsInSeries };
}

async function main(): Promise<void> {
  console.log(`bench/engines: ${TOTAL.toLocaleString('en')} events, ${COUNTRIES} countries, 30 years; ${REPS} dyad-series queries each; machine load ${loadavg()[0]?.toFixed(1)}`);
  const results: Result[] = [];
  const skip = new Set(args.skip.split(',').filter(Boolean));
  if (!skip.has('clickhouse')) {
    await dropBenchDatabase(CH_URL);
    const store = await openStore(CH_URL);
    try {
      results.push(await run('clickhouse-cluster', store));
    } finally {
      await store.close();
      await dropBenchDatabase(CH_URL);
    }
  }
  if (!skip.has('duckdb')) {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-engines-'));
    const store = await openStore(join(dir, 'bench.duckdb'));
    try {
      results.push(await run('duckdb', store));
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const ms = (x: number) => `${x.toFixed(1)} ms`.padStart(10);
  console.log('');
  console.log(`${'engine'.padEnd(20)}${'load s'.padStart(9)}${'rows/s'.padStart(12)}${'series median'.padStart(15)}${'series p95'.padStart(12)}`);
  for (const r of results) {
    console.log(
      `${r.engine.padEnd(20)}${r.loadSeconds.toFixed(1).padStart(9)}${Math.round(r.rowsPerSecond).toLocaleString('en').padStart(12)}` +
        `${ms(quantile(r.series, 0.5)).padStart(15)}${ms(quantile(r.series, 0.95)).padStart(12)}`,
    );
  }
  const [x, y] = results;
  if (x && y) {
    console.log(`ratio ${y.engine}/${x.engine}: load rate ×${(y.rowsPerSecond / x.rowsPerSecond).toFixed(2)}, series median ×${(quantile(y.series, 0.5) / quantile(x.series, 0.5)).toFixed(2)}`);
    const same = x.inserted === y.inserted && x.eventsInSeries === y.eventsInSeries;
    console.log(`same answers: ${same ? 'yes' : 'NO'} (${x.inserted} / ${y.inserted} events stored; ${x.eventsInSeries} / ${y.eventsInSeries} events in the probed series)`);
  }
}

await main();
