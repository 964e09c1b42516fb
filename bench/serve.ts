/**
 * bench/serve: the API under load. `dyad serve`, run as its own process over 10 million synthetic events
 * (bench/query's database), is asked by 50 concurrent keep-alive connections for 30 s in two mixes:
 *
 * - hot: the same ten dyads over and over, as a dashboard's viewers ask (series by month, the timeline's
 *   events, the balance): after the first answers the server's answer cache serves them;
 * - spread: requests over all dyads, periods and filters (series by year, quarter or month over random
 *   ranges; events with random ranges, CAMEO roots and quad classes; balances of random triples), no two
 *   alike, so no cache helps. The same requests are first made of the store in-process by as many
 *   callers at once (no HTTP): the ceiling the endpoint can reach, and the ratio HTTP ÷ in-process.
 *
 * Prints requests/s, p50/p99 latency, statuses and errors, beside the health endpoint under the same load
 * (HTTP and Fastify alone), and the targets: hot ≥ 500 requests/s with p99 ≤ 200 ms; spread ≥ 60
 * requests/s with p99 ≤ 2 s and ≥ 0.8 × in-process; zero errors in both.
 *
 *   node --import tsx bench/serve.ts [--db PATH] [--events 10000000] [--connections 50] [--seconds 30]
 *                                    [--mix hot,spread] [--cpu-prof DIR]
 *
 * Without --db the database is built once with bench/query and kept in the temporary folder
 * (`dyad-bench/serve-EVENTS.duckdb`) for the next runs. --cpu-prof writes the server's CPU profile there
 * (open it in Chrome's DevTools) to see where its time goes.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { balance } from '../src/analysis/index.js';
import type { QuadClass } from '../src/core/model.js';
import { openDuckDbStore, type DuckDbStore } from '../src/store/duckdb/index.js';
import type { Period } from '../src/store/store.js';
import { rng, syntheticCountries } from './_synthetic.js';
import { quantile } from './_timing.js';

const { values: args } = parseArgs({
  options: {
    db: { type: 'string' },
    events: { type: 'string', default: '10000000' },
    connections: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '30' },
    mix: { type: 'string', default: 'hot,spread' },
    'cpu-prof': { type: 'string' },
  },
});
const CONNECTIONS = Number(args.connections);
const SECONDS = Number(args.seconds);
const MIXES = new Set((args.mix ?? '').split(',').map((m) => m.trim()));
const here = fileURLToPath(import.meta.url);
const ext = here.endsWith('.ts') ? '.ts' : '.js';

/** bench/query's synthetic countries C000..C199, with its activity weights. */
const { codes, weight } = syntheticCountries(200);
const code = (i: number) => codes[i] ?? 'C000';
const HOT_DYADS: [string, string][] = ([[0, 1], [1, 0], [0, 2], [3, 4], [10, 20], [50, 60], [100, 150], [198, 199], [5, 7], [2, 9]] as const).map(([s, t]) => [code(s), code(t)]);

/** One request, as the API is asked it and as the store is asked it in-process. */
interface Ask {
  url: string;
  direct(store: DuckDbStore): Promise<unknown>;
}

function series(a: string, b: string, by: Period, from?: string, to?: string): Ask {
  const range = { ...(from ? { from } : {}), ...(to ? { to } : {}) };
  const qs = new URLSearchParams({ by, ...range });
  return { url: `/api/dyads/${a}/${b}/series?${qs}`, direct: (s) => s.dyadSeries({ a, b, by, ...range }) };
}

function events(a: string, b: string, f: { from?: string; to?: string; root?: string; quad?: QuadClass; limit: number }): Ask {
  const qs = new URLSearchParams({ dyad: `${a}:${b}` });
  for (const [k, v] of Object.entries(f)) if (v !== undefined) qs.set(k, String(v));
  const { from, to, root, quad, limit } = f;
  return {
    url: `/api/events?${qs}`,
    direct: (s) => s.events({ dyad: [a, b], limit, offset: 0, ...(from ? { from } : {}), ...(to ? { to } : {}), ...(root ? { root } : {}), ...(quad ? { quad } : {}) }),
  };
}

function balanceOf(actor: string, first: string, second: string, by: Period, from?: string, to?: string): Ask {
  const range = { ...(from ? { from } : {}), ...(to ? { to } : {}) };
  const qs = new URLSearchParams({ actor, first, second, by, ...range });
  return { url: `/api/balance?${qs}`, direct: (s) => balance(s, { actor, first, second, by, ...range }) };
}

/** What a dashboard's viewers of ten dyads ask, over and over. */
function hotAsks(): Ask[] {
  const out: Ask[] = [];
  for (const [a, b] of HOT_DYADS) {
    out.push(series(a, b, 'month'), series(a, b, 'year'), events(a, b, { from: '2015-01-01', to: '2015-12-31', limit: 200 }));
  }
  out.push(balanceOf(code(0), code(1), code(2), 'year'));
  return out;
}

/** `n` requests over all dyads, periods and filters, no two alike (seeded: every run asks the same). */
function spreadAsks(n: number): Ask[] {
  const random = rng(7);
  const total = weight.reduce((x, y) => x + y, 0);
  // Half the principals drawn as events are spread (busy countries more often), half uniformly.
  const principal = (): string => {
    if (random() < 0.5) return code(Math.floor(random() * codes.length));
    let r = random() * total;
    for (let i = 0; i < weight.length; i++) if ((r -= weight[i] ?? 0) <= 0) return code(i);
    return code(0);
  };
  const two = (): [string, string] => {
    for (;;) {
      const a = principal();
      const b = principal();
      if (a !== b) return [a, b];
    }
  };
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const day = (y: number) => `${y}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
  const range = (): [string | undefined, string | undefined] => {
    if (random() < 0.15) return [undefined, undefined];
    const y0 = 1995 + Math.floor(random() * 30);
    const y1 = Math.min(2024, y0 + Math.floor(random() * 10));
    const from = day(y0);
    const to = day(y1);
    return from <= to ? [from, to] : [to, from];
  };
  const periods: Period[] = ['year', 'quarter', 'month'];
  const seen = new Set<string>();
  const out: Ask[] = [];
  while (out.length < n) {
    const r = random();
    const [from, to] = range();
    let ask: Ask;
    if (r < 0.45) {
      const [a, b] = two();
      ask = series(a, b, pick(periods), from, to);
    } else if (r < 0.8) {
      const [a, b] = two();
      const filter = random();
      ask = events(a, b, {
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
        ...(filter < 0.3 ? { root: String(1 + Math.floor(random() * 20)).padStart(2, '0') } : filter < 0.6 ? { quad: (1 + Math.floor(random() * 4)) as QuadClass } : {}),
        limit: pick([50, 100, 200]),
      });
    } else {
      const [a, b] = two();
      let c = principal();
      while (c === a || c === b) c = principal();
      ask = balanceOf(a, b, c, pick(periods), from, to);
    }
    if (seen.has(ask.url)) continue;
    seen.add(ask.url);
    out.push(ask);
  }
  return out;
}

/** bench/query's database of `events` events, built once and kept for the next runs. */
function cachedDatabase(): string {
  const dir = join(tmpdir(), 'dyad-bench');
  const db = join(dir, `serve-${args.events ?? '10000000'}.duckdb`);
  if (existsSync(db)) return db;
  mkdirSync(dir, { recursive: true });
  const building = `${db}.building`;
  rmSync(building, { force: true });
  rmSync(`${building}.wal`, { force: true });
  console.log(`building ${Number(args.events).toLocaleString('en')} events with bench/query into ${db} (kept for the next runs) …`);
  const r = spawnSync(process.execPath, [...process.execArgv, join(here, '..', `query${ext}`), '--events', args.events ?? '10000000', '--db', building, '--reps', '3'], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('bench/query failed');
  renameSync(building, db);
  return db;
}

/** Start `dyad serve` in its own process and return its base URL. */
async function startServer(db: string): Promise<{ child: ChildProcess; base: string }> {
  const mainModule = join(here, '..', '..', 'src', 'cli', `main${ext}`);
  const argv = ['serve', '--db', db, '--port', '0', '--read-only'];
  const prof = args['cpu-prof'] ? ['--cpu-prof', '--cpu-prof-dir', resolve(args['cpu-prof'])] : [];
  const child = spawn(process.execPath, [...process.execArgv, ...prof, '--input-type=module', '-e',
    `import(${JSON.stringify(mainModule)}).then((m) => m.runMain(${JSON.stringify(argv)}))`], { stdio: ['ignore', 'pipe', 'inherit'] });
  const base = await new Promise<string>((resolvePromise, reject) => {
    let out = '';
    child.stdout?.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /http:\/\/[^\s/]+/.exec(out);
      if (m && /Ctrl-C/.test(out)) resolvePromise(m[0]);
    });
    child.once('exit', (c) => reject(new Error(`dyad serve exited (${String(c)}) before listening:\n${out}`)));
  });
  return { child, base };
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  await exited;
}

interface LoadResult {
  requests: number;
  errors: number;
  statuses: Map<number, number>;
  latencies: number[];
  seconds: number;
}

/**
 * `CONNECTIONS` loops, each sending its next request when the last answer is read, for `seconds` (or
 * until `count` requests were sent).
 */
async function loadHttp(base: string, next: () => string, seconds: number, count = Infinity): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const res: LoadResult = { requests: 0, errors: 0, statuses: new Map(), latencies: [], seconds };
  const end = count < Infinity ? Infinity : performance.now() + seconds * 1000;
  let sent = 0;
  const one = (url: string) =>
    new Promise<void>((done) => {
      const t = performance.now();
      const req = request(url, { agent }, (r) => {
        r.resume();
        r.on('end', () => {
          res.latencies.push(performance.now() - t);
          res.requests++;
          res.statuses.set(r.statusCode ?? 0, (res.statuses.get(r.statusCode ?? 0) ?? 0) + 1);
          if (r.statusCode !== 200) res.errors++;
          done();
        });
      });
      req.on('error', () => {
        res.errors++;
        done();
      });
      req.end();
    });
  await Promise.all(Array.from({ length: CONNECTIONS }, async () => {
    while (performance.now() < end && sent++ < count) await one(`${base}${next()}`);
  }));
  agent.destroy();
  return res;
}

/** The same as `loadHttp`, but calling the store directly. */
async function loadDirect(store: DuckDbStore, next: () => Ask, seconds: number): Promise<LoadResult> {
  const res: LoadResult = { requests: 0, errors: 0, statuses: new Map(), latencies: [], seconds };
  const end = performance.now() + seconds * 1000;
  await Promise.all(Array.from({ length: CONNECTIONS }, async () => {
    while (performance.now() < end) {
      const ask = next();
      const t = performance.now();
      try {
        await ask.direct(store);
        res.requests++;
        res.latencies.push(performance.now() - t);
      } catch {
        res.errors++;
      }
    }
  }));
  return res;
}

const rate = (r: LoadResult) => r.requests / r.seconds;

/** CPU time (user + system) a process has used so far, in ms (Linux: /proc/PID/stat; else NaN). */
function cpuMsOf(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${String(pid)}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the command name, in ticks of 10 ms.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

/**
 * CPU ms per answer, and the answers per second that all the machine's cores would give at that cost:
 * a figure the machine's other load does not change much, unlike requests/s.
 */
function cpuLine(cpuMs: number, r: LoadResult): string {
  const per = cpuMs / Math.max(1, r.requests);
  return `  CPU ${per.toFixed(1)} ms per answer → at most ~${((availableParallelism() * 1000) / per).toFixed(0)} answers/s on ${availableParallelism()} idle cores`;
}

function report(name: string, r: LoadResult): void {
  console.log(`${name.padEnd(34)} ${String(r.requests).padStart(7)} req ${rate(r).toFixed(0).padStart(6)} req/s  ` +
    `p50 ${quantile(r.latencies, 0.5).toFixed(1).padStart(7)} ms  p99 ${quantile(r.latencies, 0.99).toFixed(1).padStart(7)} ms  errors ${r.errors}` +
    (r.statuses.size ? `  statuses ${[...r.statuses].map(([s, c]) => `${s}×${c}`).join(' ')}` : ''));
}

function verdict(label: string, ok: boolean): boolean {
  console.log(`  ${label}: ${ok ? 'met' : 'NOT met'}`);
  return ok;
}

async function main(): Promise<void> {
  const db = args.db ?? cachedDatabase();
  if (!existsSync(db)) throw new Error(`no database at ${db}`);
  let allMet = true;
  const spread = MIXES.has('spread') ? spreadAsks(Math.max(20_000, Math.ceil(SECONDS * 1000))) : [];
  console.log(`bench/serve: ${db}; ${CONNECTIONS} connections, ${SECONDS} s per run; machine load ${loadavg()[0]?.toFixed(1)}`);

  let inProcess: LoadResult | null = null;
  if (spread.length) {
    // Opened as `dyad serve` opens it, so both sides of the ratio run the same queries the same way.
    const store = await openDuckDbStore(db, { readOnly: true, serving: true });
    console.log(`${(await store.stats()).events.toLocaleString('en')} events`);
    let i = 0;
    const cpu0 = cpuMsOf(process.pid);
    inProcess = await loadDirect(store, () => spread[i++ % spread.length] as Ask, SECONDS);
    const cpu = cpuMsOf(process.pid) - cpu0;
    await store.close();
    report('spread, in-process (no HTTP)', inProcess);
    console.log(cpuLine(cpu, inProcess));
  }

  const { child, base } = await startServer(db);
  try {
    const health = await loadHttp(base, () => '/api/health', Math.min(5, SECONDS));
    report('GET /api/health', health);
    if (inProcess) {
      let i = 0;
      const cpu0 = cpuMsOf(child.pid);
      const r = await loadHttp(base, () => (spread[i++ % spread.length] as Ask).url, SECONDS);
      const cpu = cpuMsOf(child.pid) - cpu0;
      report('spread, HTTP', r);
      console.log(`${cpuLine(cpu, r)} (the server's CPU only)`);
      const ratio = rate(r) / rate(inProcess);
      console.log(`  HTTP ÷ in-process at ${CONNECTIONS} callers: ${ratio.toFixed(2)}` + (r.requests > spread.length ? ' (the list ran out: requests repeated)' : ''));
      allMet = verdict(`≥ 60 req/s (${rate(r).toFixed(0)})`, rate(r) >= 60) && allMet;
      allMet = verdict(`p99 ≤ 2 s (${quantile(r.latencies, 0.99).toFixed(0)} ms)`, quantile(r.latencies, 0.99) <= 2000) && allMet;
      allMet = verdict(`HTTP ≥ 0.8 × in-process (${ratio.toFixed(2)})`, ratio >= 0.8) && allMet;
      allMet = verdict('zero errors', r.errors === 0 && inProcess.errors === 0) && allMet;
    }
    if (MIXES.has('hot')) {
      const hot = hotAsks();
      // The first viewer of each view waits for the store; the mix measures the viewers after it.
      const warm = await loadHttp(base, ((k) => () => (hot[k++ % hot.length] as Ask).url)(0), 0, hot.length);
      if (warm.errors) console.log(`  warm-up: ${warm.errors} errors`);
      let i = 0;
      const cpu0 = cpuMsOf(child.pid);
      const r = await loadHttp(base, () => (hot[i++ % hot.length] as Ask).url, SECONDS);
      const cpu = cpuMsOf(child.pid) - cpu0;
      report(`hot (${HOT_DYADS.length} dyads, ${hot.length} URLs), HTTP`, r);
      console.log(`${cpuLine(cpu, r)} (the server's CPU only)`);
      console.log(`  hot ÷ health: ${(rate(r) / rate(health)).toFixed(2)}`);
      allMet = verdict(`≥ 500 req/s (${rate(r).toFixed(0)})`, rate(r) >= 500) && allMet;
      allMet = verdict(`p99 ≤ 200 ms (${quantile(r.latencies, 0.99).toFixed(0)} ms)`, quantile(r.latencies, 0.99) <= 200) && allMet;
      allMet = verdict('zero errors', r.errors === 0) && allMet;
    }
  } finally {
    await stopServer(child);
  }
  console.log(`machine load at the end ${loadavg()[0]?.toFixed(1)}; ${allMet ? 'every target met' : 'some targets NOT met'}`);
  if (!allMet) process.exitCode = 1;
}

await main();
