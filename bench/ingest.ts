/**
 * bench/ingest: on the same text, extraction alone beside ingest into DuckDB (and into ClickHouse when
 * DYAD_CLICKHOUSE_URL is set), each as a speed in MB/s and as a ratio to extraction's speed; with each
 * its time and the peak memory (RSS) of the process that ran it. Target: ingest into DuckDB at ≥ 0.5 ×
 * extraction's speed; a 50 MB text in ≤ 1 GB.
 *
 *   npm run bench:ingest -- [--mb 1] [--rounds 3] [--file PATH] [--skip extract,duckdb,clickhouse]
 *   npm run bench:ingest -- --mb 50 --rounds 1   # the large run: time and peak RSS of each side
 *
 * The text is one document: the seed brief (../shared/seeds) or, without ../shared, the example corpus,
 * repeated to the wanted size (`--file` names another text). Each side runs in a child process of its
 * own, so its peak RSS is its own; the extractor is loaded and warmed before the clock starts, on both
 * sides alike. The sides take turns, round after round, so a busy spell of the shared machine falls on
 * all of them; each side's median round counts. Extraction alone is `extractPieces` over the file's text (what ingest extracts); ingest is
 * `ingestFile` (read, id, extraction piece by piece, store) into a new database. ClickHouse uses the
 * database `dyad_bench_ingest`, dropped before and after.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { dropBenchDatabase } from './_clickhouse.js';
import { benchCorpus } from './_corpus.js';

const { values: args } = parseArgs({
  options: {
    mb: { type: 'string', default: '1' },
    file: { type: 'string' },
    skip: { type: 'string', default: '' },
    rounds: { type: 'string', default: '3' },
    // Internal: the side a child process runs, on the text file given.
    phase: { type: 'string' },
    text: { type: 'string' },
  },
});

/** What one side reports. */
interface PhaseResult {
  phase: string;
  seconds: number;
  maxRssMb: number;
  events: number;
  mentions: number;
}

const env = (k: string, d: string) => process.env[k]?.trim() || d;

function clickHouseUrl(): string | null {
  const node = process.env['DYAD_CLICKHOUSE_URL']?.trim();
  if (!node) return null;
  const host = node.replace(/^https?:\/\//, '').replace(/\/$/, '');
  const cluster = process.env['DYAD_CLICKHOUSE_CLUSTER']?.trim();
  const shards = env('DYAD_CLICKHOUSE_SHARDS', '');
  return `clickhouse://${host}/dyad_bench_ingest${cluster ? `?cluster=${cluster}&shards=${shards}` : ''}`;
}

/** One side, in this process: warm the extractor, then time the work. */
async function runPhase(phase: string, file: string): Promise<PhaseResult> {
  const { createExtractor } = await import('../src/pipeline/extract.js');
  const { extractPieces, ingestFile, prepareDocument } = await import('../src/ingest/index.js');
  const extractor = createExtractor();
  const { docs } = benchCorpus(undefined, 'bench/ingest');
  extractor.extract(docs[0] ?? 'Serbia and NATO met in 2015.', { published: null });
  const result = { phase, seconds: 0, events: 0, mentions: 0 };
  if (phase === 'extract') {
    const t = performance.now();
    const doc = await prepareDocument(file);
    for (const x of extractPieces(extractor, doc.text, { path: file, published: null })) result.events += x.events.length;
    result.seconds = (performance.now() - t) / 1000;
  } else {
    const { openStore } = await import('../src/store/open.js');
    const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-ingest-'));
    const url = phase === 'duckdb' ? join(dir, 'bench.duckdb') : clickHouseUrl();
    if (!url) throw new Error('bench/ingest: no ClickHouse (set DYAD_CLICKHOUSE_URL)');
    if (phase === 'clickhouse') await dropBenchDatabase(url);
    const store = await openStore(url);
    try {
      const t = performance.now();
      const outcome = await ingestFile(store, extractor, file);
      result.seconds = (performance.now() - t) / 1000;
      if (outcome.status !== 'stored') throw new Error(`bench/ingest: ${outcome.status === 'failed' ? outcome.error.describe() : 'already stored'}`);
      result.events = outcome.events;
      result.mentions = outcome.mentions;
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
      if (phase === 'clickhouse') await dropBenchDatabase(url);
    }
  }
  return { ...result, maxRssMb: process.resourceUsage().maxRSS / 1024 };
}

/** The text: the corpus repeated into one document of about `mb` MB. */
function writeText(dir: string, mb: number): { file: string; source: string } {
  const { source, docs } = benchCorpus(args.file, 'bench/ingest');
  const target = mb * 1024 * 1024;
  const parts: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < target; i++) {
    const d = `${(docs[i % docs.length] as string).trim()}\n\n`;
    parts.push(d);
    bytes += Buffer.byteLength(d);
  }
  const file = join(dir, 'bench.txt');
  writeFileSync(file, parts.join(''));
  return { file, source };
}

async function main(): Promise<void> {
  if (args.phase && args.text) {
    process.stdout.write(`${JSON.stringify(await runPhase(args.phase, args.text))}\n`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-ingest-text-'));
  try {
    const { file, source } = writeText(dir, Number(args.mb));
    const mb = statSync(file).size / (1024 * 1024);
    const skip = new Set(args.skip.split(',').filter(Boolean));
    const phases = ['extract', 'duckdb', ...(clickHouseUrl() ? ['clickhouse'] : [])].filter((p) => !skip.has(p));
    console.log(`bench/ingest: one ${mb.toFixed(1)} MB document from ${source}; machine load ${loadavg()[0]?.toFixed(1)}`);
    if (!clickHouseUrl()) console.log('(ClickHouse left out: set DYAD_CLICKHOUSE_URL to add it)');
    const runs = new Map<string, PhaseResult[]>(phases.map((p) => [p, []]));
    const rounds = Math.max(1, Number(args.rounds));
    for (let round = 0; round < rounds; round++) {
      for (const phase of phases) {
        const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--phase', phase, '--text', file], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'inherit'],
          env: { ...process.env, TZ: 'UTC' },
          maxBuffer: 16 * 1024 * 1024,
        });
        if (r.status !== 0) throw new Error(`bench/ingest: the ${phase} side failed (exit ${r.status})`);
        runs.get(phase)?.push(JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as PhaseResult);
      }
    }
    const results: PhaseResult[] = [];
    for (const [phase, list] of runs) {
      const sorted = [...list].sort((a, b) => a.seconds - b.seconds);
      const res = sorted[Math.floor((sorted.length - 1) / 2)] as PhaseResult;
      results.push(res);
      const extra = phase === 'extract' ? `${res.events} events extracted` : `${res.events} events stored, ${res.mentions} more mentions`;
      const all = list.length > 1 ? ` [rounds: ${list.map((x) => x.seconds.toFixed(1)).join(', ')} s]` : '';
      console.log(`${phase.padEnd(10)} ${res.seconds.toFixed(1).padStart(7)} s  ${(mb / res.seconds).toFixed(3).padStart(7)} MB/s  peak RSS ${Math.round(Math.max(...list.map((x) => x.maxRssMb)))} MB  (${extra})${all}`);
    }
    const extract = results.find((r) => r.phase === 'extract');
    if (extract) {
      for (const r of results.filter((x) => x !== extract)) {
        console.log(`ingest into ${r.phase} at ${(extract.seconds / r.seconds).toFixed(2)} × extraction's speed`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
