/**
 * bench/serve: the API under load. 50 concurrent keep-alive connections for 30 s against the dyad
 * series endpoint (`/api/dyads/:a/:b/series?by=month`) of `dyad serve`, run as its own process over
 * the 10-million-event database that bench/query builds. Reports requests/s, p50/p99 latency and the
 * error count, beside the same series asked of the store in-process by as many callers at once (no
 * HTTP: the ceiling the endpoint can reach) and beside the health endpoint under the same load (HTTP
 * and Fastify alone), as ratios.
 *
 *   node --import tsx bench/serve.ts [--db PATH] [--events 10000000] [--connections 50] [--seconds 30]
 *
 * Without --db, a database is built first with bench/query (in a temporary folder, deleted after).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openDuckDbStore } from '../src/store/duckdb/index.js';

const { values: args } = parseArgs({
  options: {
    db: { type: 'string' },
    events: { type: 'string', default: '10000000' },
    connections: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '30' },
  },
});
const CONNECTIONS = Number(args.connections);
const SECONDS = Number(args.seconds);
const here = fileURLToPath(import.meta.url);
const ext = here.endsWith('.ts') ? '.ts' : '.js';

/** bench/query's synthetic countries C000..C199; the busiest pairs are among the first codes. */
const code = (i: number) => `C${String(i).padStart(3, '0')}`;
const DYADS: [string, string][] = [];
for (const [s, t] of [[0, 1], [1, 0], [0, 2], [3, 4], [10, 20], [50, 60], [100, 150], [198, 199], [5, 7], [2, 9]] as const) DYADS.push([code(s), code(t)]);

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
}

function buildDatabase(dir: string): string {
  const db = join(dir, 'bench-serve.duckdb');
  console.log(`building ${Number(args.events).toLocaleString('en')} events with bench/query …`);
  const r = spawnSync(process.execPath, [...process.execArgv, join(here, '..', `query${ext}`), '--events', args.events ?? '10000000', '--db', db, '--reps', '3'], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('bench/query failed');
  return db;
}

/** Start `dyad serve` in its own process and return its base URL. */
async function startServer(db: string): Promise<{ child: ChildProcess; base: string }> {
  const mainModule = join(here, '..', '..', 'src', 'cli', `main${ext}`);
  const argv = ['serve', '--db', db, '--port', '0', '--read-only'];
  const child = spawn(process.execPath, [...process.execArgv, '--input-type=module', '-e',
    `import(${JSON.stringify(mainModule)}).then((m) => m.runMain(${JSON.stringify(argv)}))`], { stdio: ['ignore', 'pipe', 'inherit'] });
  const base = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /http:\/\/[^\s/]+/.exec(out);
      if (m) resolve(m[0]);
    });
    child.once('exit', (c) => reject(new Error(`dyad serve exited (${String(c)}) before listening:\n${out}`)));
  });
  return { child, base };
}

interface LoadResult {
  requests: number;
  errors: number;
  statuses: Map<number, number>;
  latencies: number[];
  seconds: number;
}

/** `connections` loops, each sending its next request when the last answer is read, for `seconds`. */
async function load(base: string, path: (i: number) => string, seconds: number): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const res: LoadResult = { requests: 0, errors: 0, statuses: new Map(), latencies: [], seconds };
  const end = performance.now() + seconds * 1000;
  let n = 0;
  const one = (url: string) =>
    new Promise<void>((resolve) => {
      const t = performance.now();
      const req = request(url, { agent }, (r) => {
        r.resume();
        r.on('end', () => {
          res.latencies.push(performance.now() - t);
          res.requests++;
          res.statuses.set(r.statusCode ?? 0, (res.statuses.get(r.statusCode ?? 0) ?? 0) + 1);
          if (r.statusCode !== 200) res.errors++;
          resolve();
        });
      });
      req.on('error', () => {
        res.errors++;
        resolve();
      });
      req.end();
    });
  await Promise.all(Array.from({ length: CONNECTIONS }, async () => {
    while (performance.now() < end) await one(`${base}${path(n++)}`);
  }));
  agent.destroy();
  return res;
}

function report(name: string, r: LoadResult): number {
  const p50 = quantile(r.latencies, 0.5);
  console.log(`${name.padEnd(30)} ${String(r.requests).padStart(8)} req  ${(r.requests / r.seconds).toFixed(0).padStart(6)} req/s  ` +
    `p50 ${p50.toFixed(1).padStart(7)} ms  p99 ${quantile(r.latencies, 0.99).toFixed(1).padStart(7)} ms  errors ${r.errors}` +
    `  statuses ${[...r.statuses].map(([s, c]) => `${s}×${c}`).join(' ')}`);
  return p50;
}

async function main(): Promise<void> {
  const dir = args.db ? null : mkdtempSync(join(tmpdir(), 'dyad-bench-serve-'));
  const db = args.db ?? buildDatabase(dir ?? '.');
  if (!existsSync(db)) throw new Error(`no database at ${db}`);
  try {
    // The same series asked of the store directly, one at a time: what the endpoint adds to.
    const store = await openDuckDbStore(db, { readOnly: true });
    const direct: number[] = [];
    const { events } = await store.stats();
    for (let i = 0; i < 60; i++) {
      const [a, b] = DYADS[i % DYADS.length] ?? ['C000', 'C001'];
      const t = performance.now();
      await store.dyadSeries({ a, b, by: 'month' });
      if (i >= DYADS.length) direct.push(performance.now() - t);
    }
    // The same store asked by CONNECTIONS callers at once, with no HTTP: the ceiling the endpoint can reach.
    const inProc: number[] = [];
    const inProcSeconds = Math.min(10, SECONDS);
    const stop = performance.now() + inProcSeconds * 1000;
    let k = 0;
    await Promise.all(Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < stop) {
        const [a, b] = DYADS[k++ % DYADS.length] ?? ['C000', 'C001'];
        const t = performance.now();
        await store.dyadSeries({ a, b, by: 'month' });
        inProc.push(performance.now() - t);
      }
    }));
    await store.close();
    const inProcRate = inProc.length / inProcSeconds;
    console.log(`bench/serve: ${events.toLocaleString('en')} events in ${db}; ${CONNECTIONS} connections`);
    console.log(`${'store.dyadSeries, 1 caller'.padEnd(30)} sequential            p50 ${quantile(direct, 0.5).toFixed(1).padStart(7)} ms  p99 ${quantile(direct, 0.99).toFixed(1).padStart(7)} ms`);
    console.log(`${`store.dyadSeries, ${CONNECTIONS} callers`.padEnd(30)} ${String(inProc.length).padStart(8)} calls ${inProcRate.toFixed(0).padStart(6)} /s     ` +
      `p50 ${quantile(inProc, 0.5).toFixed(1).padStart(7)} ms  p99 ${quantile(inProc, 0.99).toFixed(1).padStart(7)} ms  (no HTTP, ${inProcSeconds} s)`);

    const { child, base } = await startServer(db);
    try {
      const health = await load(base, () => '/api/health', Math.min(5, SECONDS));
      const hp50 = report('GET /api/health (5 s)', health);
      const series = await load(base, (i) => {
        const [a, b] = DYADS[i % DYADS.length] ?? ['C000', 'C001'];
        return `/api/dyads/${a}/${b}/series?by=month`;
      }, SECONDS);
      const sp50 = report(`GET dyad series (${SECONDS} s)`, series);
      console.log(`ratios: HTTP series req/s ÷ in-process calls/s at the same concurrency = ${(series.requests / SECONDS / inProcRate).toFixed(2)}; ` +
        `HTTP series p50 ÷ in-process p50 = ${(sp50 / quantile(inProc, 0.5)).toFixed(2)}; ` +
        `series req/s ÷ health req/s = ${(series.requests / SECONDS / (health.requests / health.seconds)).toFixed(3)}`);
      console.log(series.errors === 0 ? 'zero errors: met' : `ERRORS: ${series.errors}`);
      if (series.errors > 0) process.exitCode = 1;
    } finally {
      child.kill('SIGTERM');
    }
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

await main();
