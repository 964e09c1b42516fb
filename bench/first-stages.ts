/**
 * bench/first-stages: sentences per second through the first three stages (normalise, segment,
 * dates), each timed on its own, beside wink-nlp tokenisation alone (`tokenizeOnly`) on the same
 * documents in the same run, and their ratio. CPU time of this process (not wall time), so a busy
 * shared machine distorts the figures less; alternating rounds, the median counts.
 *
 *   node --import tsx bench/first-stages.ts [--docs 50] [--rounds 5] [--file PATH]
 *
 * The text is the seed brief (../shared/seeds), else the example corpus (examples/), else `--file`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { packagePath, sharedPath } from '../src/core/paths.js';
import { datesStage, intervalFromIso } from '../src/pipeline/dates/index.js';
import { normalise } from '../src/pipeline/normalise/index.js';
import { segmentStage, tokenizeOnly } from '../src/pipeline/segment/index.js';
import type { DocumentContext } from '../src/pipeline/types.js';

const { values: args } = parseArgs({
  options: { docs: { type: 'string', default: '50' }, rounds: { type: 'string', default: '5' }, file: { type: 'string' } },
});

function baseDocuments(): string[] {
  if (args.file) return [readFileSync(args.file, 'utf8')];
  const seed = sharedPath('seeds', 'serbia-nato-brief.txt');
  if (seed && existsSync(seed)) return [readFileSync(seed, 'utf8')];
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(txt|md)$/.test(name)) out.push(readFileSync(p, 'utf8'));
    }
  };
  if (existsSync(packagePath('examples'))) walk(packagePath('examples'));
  if (out.length === 0) throw new Error('bench/first-stages: no text: give --file PATH');
  return out;
}

const base = baseDocuments();
const docs = Array.from({ length: Number(args.docs) }, (_, i) => base[i % base.length] as string);
const published = intervalFromIso('2017-03');
const dates = datesStage();

const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

/** One round of the three stages; seconds per stage and the sentence count. */
function stages(): { normalise: number; segment: number; dates: number; sentences: number } {
  const r = { normalise: 0, segment: 0, dates: 0, sentences: 0 };
  for (const original of docs) {
    let t = cpu();
    const n = normalise(original);
    r.normalise += cpu() - t;
    const ctx: DocumentContext = {
      original, text: n.text, offsets: n.offsets, info: { id: '', published: '2017-03' }, published,
      sentences: [], dates: [], sentenceDates: [], actors: [], events: [], milestones: [], indicators: [], warnings: [],
    };
    t = cpu();
    segmentStage(ctx);
    r.segment += cpu() - t;
    t = cpu();
    dates(ctx);
    r.dates += cpu() - t;
    r.sentences += ctx.sentences.length;
  }
  return r;
}

function tokens(): number {
  const t = cpu();
  for (const d of docs) tokenizeOnly(d);
  return cpu() - t;
}

stages();
tokens();
const rounds: { bare: number; normalise: number; segment: number; dates: number; sentences: number }[] = [];
for (let i = 0; i < Math.max(1, Number(args.rounds)); i++) rounds.push({ bare: tokens(), ...stages() });
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const sentences = rounds[0]?.sentences ?? 0;
const bare = median(rounds.map((r) => r.bare));
const parts = {
  normalise: median(rounds.map((r) => r.normalise)),
  segment: median(rounds.map((r) => r.segment)),
  dates: median(rounds.map((r) => r.dates)),
};
const three = median(rounds.map((r) => r.normalise + r.segment + r.dates));
const rate = (s: number): string => Math.round(sentences / s).toLocaleString('en');
console.log(`bench/first-stages — ${docs.length} documents, ${sentences.toLocaleString('en')} sentences; ${rounds.length} rounds, median CPU time`);
console.log(`  wink-nlp tokenisation alone   ${rate(bare).padStart(9)} sentences/s`);
for (const [k, s] of Object.entries(parts)) console.log(`  ${k.padEnd(28)}${rate(s).padStart(9)} sentences/s`);
console.log(`  normalise+segment+dates       ${rate(three).padStart(9)} sentences/s   (${((bare / three) * 100).toFixed(1)} % of tokenisation)`);
