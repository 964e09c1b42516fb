/**
 * bench/dictionaries: what the field's dictionaries (CAMEO verbs, Phoenix actors) cost a start. Each
 * start is a process of its own (the built extractor, as the CLI runs it) that creates the extractor
 * and extracts one document, the first of bench/extract's corpus: *cold*, with an empty cache, so the
 * dictionaries (and every other data file) are compiled; *warm*, from the cache the cold start
 * wrote; and the *baseline*, the same pipeline without the dictionary stage, from the same cache
 * (the actors stage's Phoenix persons, compiled from the same actor files, are in both).
 * Warm and baseline starts alternate, so a busy spell of the shared machine falls on both; the median
 * counts. Reported: time from the process's start until the extractor is ready and until the first
 * extraction is done, wall and CPU (user + system: on a shared, loaded machine the wall time counts
 * the wait for a core too, the CPU time only the work), the process's memory then (RSS, V8 heap), the
 * warm start beside the baseline (ratio) and the machine's load. Target: a warm start's first
 * extraction ≤ 1 s.
 *
 *   npm run build && npm run bench:dictionaries -- [--runs 5] [--cold 1] [--file PATH]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { packagePath } from '../src/core/paths.js';
import { segmentText } from '../src/pipeline/segment/index.js';
import { benchCorpus } from './_corpus.js';

const { values: args } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, cold: { type: 'string', default: '1' }, file: { type: 'string' } },
});
const RUNS = Math.max(1, Number(args.runs));
const COLD = Math.max(1, Number(args.cold));

const probe = packagePath('dist', 'bench', '_start-probe.js');
if (!existsSync(probe)) throw new Error('bench/dictionaries: no build: run `npm run build` first (the starts run the built extractor)');

const { source, docs } = benchCorpus(args.file, 'bench/dictionaries');
const doc = docs[0] ?? '';
const work = mkdtempSync(join(tmpdir(), 'dyad-bench-dictionaries-'));
const docFile = join(work, 'document.txt');
writeFileSync(docFile, doc);

interface Start {
  ready: number;
  first: number;
  readyCpu: number;
  firstCpu: number;
  rss: number;
  heap: number;
  events: number;
}

/** One start in a process of its own, with the cache in `cacheDir`. */
function start(mode: 'dictionaries' | 'baseline', cacheDir: string): Start {
  const r = spawnSync(process.execPath, [probe, mode, docFile], {
    env: { ...process.env, DYAD_CACHE_DIR: cacheDir, DYAD_CACHE: '' },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`bench/dictionaries: the ${mode} start failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop() ?? '') as Start;
}

const loadBefore = loadavg()[0] ?? 0;
const cache = join(work, 'cache');
const cold: Start[] = [];
try {
  for (let i = 0; i < COLD; i++) {
    rmSync(cache, { recursive: true, force: true });
    cold.push(start('dictionaries', cache));
  }
  // The document must make the dictionary stage load the actor dictionaries, or the warm figure
  // would leave them out: the cold start compiled them only if it did.
  const actorsCompiled = readdirSync(cache).some((f) => f.startsWith('petrarch-actors-'));
  const warm: Start[] = [];
  const base: Start[] = [];
  for (let i = 0; i < RUNS; i++) {
    // Which goes first alternates.
    if (i % 2 === 0) {
      warm.push(start('dictionaries', cache));
      base.push(start('baseline', cache));
    } else {
      base.push(start('baseline', cache));
      warm.push(start('dictionaries', cache));
    }
  }
  const loadAfter = loadavg()[0] ?? 0;

  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  const of = (starts: Start[], k: keyof Start): number => median(starts.map((s) => s[k]));
  const secs = (ms: number): string => `${(ms / 1000).toFixed(2)} s`.padStart(9);
  const mb = (bytes: number): string => `${Math.round(bytes / 1048576)} MB`.padStart(8);
  const row = (name: string, s: Start[]): string =>
    `  ${name.padEnd(30)}${secs(of(s, 'ready'))}${secs(of(s, 'first'))}${secs(of(s, 'readyCpu'))}${secs(of(s, 'firstCpu'))}${mb(of(s, 'rss'))}${mb(of(s, 'heap'))}`;
  const sentences = segmentText(doc).length;
  console.log(
    `bench/dictionaries — separate processes (node ${process.version}); first extraction: ${source}, first document (${sentences} sentences); ` +
      `${RUNS} warm and baseline starts alternating, ${COLD} cold, median; load ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)}`,
  );
  console.log(`  ${''.padEnd(30)}${'wall:'.padStart(9)}${''.padStart(9)}${'CPU:'.padStart(9)}`);
  console.log(
    `  ${''.padEnd(30)}${'ready'.padStart(9)}${'first'.padStart(9)}${'ready'.padStart(9)}${'first'.padStart(9)}${'RSS'.padStart(8)}${'heap'.padStart(8)}`,
  );
  console.log(row('no dictionaries (baseline)', base));
  console.log(row('dictionaries, warm (cache)', warm));
  console.log(row('dictionaries, cold (compile)', cold));
  // The median of each pair's own ratio: the two starts of a pair ran in the same spell.
  const ratio = (k: 'ready' | 'first' | 'readyCpu' | 'firstCpu'): number => median(warm.map((w, i) => w[k] / (base[i]?.[k] ?? NaN)));
  const extra = (k: 'rss' | 'heap'): string => {
    const d = Math.round((of(warm, k) - of(base, k)) / 1048576);
    return `${d >= 0 ? '+' : '−'}${Math.abs(d)} MB`;
  };
  console.log(
    `  warm / baseline               ${`${ratio('ready').toFixed(2)}×`.padStart(9)}${`${ratio('first').toFixed(2)}×`.padStart(9)}` +
      `${`${ratio('readyCpu').toFixed(2)}×`.padStart(9)}${`${ratio('firstCpu').toFixed(2)}×`.padStart(9)}${extra('rss').padStart(8)}${extra('heap').padStart(8)}`,
  );
  const warmFirst = of(warm, 'first');
  const warmFirstCpu = of(warm, 'firstCpu');
  console.log(
    `  warm start to the first extraction ${(warmFirst / 1000).toFixed(2)} s wall, ${(warmFirstCpu / 1000).toFixed(2)} s CPU ` +
      `(target ≤ 1 s: ${warmFirst <= 1000 ? 'met' : warmFirstCpu <= 1000 ? 'met in CPU time, not in wall time on this load' : 'NOT met'})`,
  );
  if (!actorsCompiled) console.log('  (this document never needed the actor dictionaries: the warm figure leaves them out; give --file)');
} finally {
  rmSync(work, { recursive: true, force: true });
}
