/**
 * bench/stages: where the extraction pipeline's time goes. Each stage (normalise, then those of
 * `createStages`) is timed on its own, as a multiple of wink-nlp tokenisation alone on the same
 * documents in the same run; the multiples add up to the pipeline's cost, whose inverse is the ratio
 * bench/extract reports (target ≤ 3.33×, i.e. ≥ 30 %). CPU time of this process, not wall time, so a
 * busy shared machine distorts the figures less; tokenisation and the stages alternate document by
 * document, and the median of the rounds counts.
 *
 *   npm run bench:stages -- [--docs 50] [--rounds 5] [--file PATH]
 *
 * The text is that of bench/extract (bench/_corpus.ts): the seed brief, else the example corpus.
 */
import { parseArgs } from 'node:util';
import { createStages, readDocument } from '../src/pipeline/extract.js';
import { tokenizeOnly } from '../src/pipeline/segment/index.js';
import { benchCorpus } from './_corpus.js';

const { values: args } = parseArgs({
  options: { docs: { type: 'string', default: '50' }, rounds: { type: 'string', default: '5' }, file: { type: 'string' } },
});

const { source, docs: base } = benchCorpus(args.file, 'bench/stages');
const docs = Array.from({ length: Math.max(Number(args.docs), base.length) }, (_, i) => base[i % base.length] as string);
const stages = createStages();
const names = ['normalise', ...stages.map((s) => s.name)];

/** CPU seconds of this process so far. */
const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

/** One round: CPU seconds of tokenisation alone, of each stage, and the sentences read. */
function round(): { tokenise: number; stage: number[]; sentences: number } {
  const r = { tokenise: 0, stage: names.map(() => 0), sentences: 0 };
  for (const original of docs) {
    let t = cpu();
    tokenizeOnly(original);
    r.tokenise += cpu() - t;
    t = cpu();
    const ctx = readDocument(original, { published: '2017-03' });
    r.stage[0] = (r.stage[0] ?? 0) + cpu() - t;
    stages.forEach((s, k) => {
      const t0 = cpu();
      s.run(ctx);
      r.stage[k + 1] = (r.stage[k + 1] ?? 0) + cpu() - t0;
    });
    r.sentences += ctx.sentences.length;
  }
  return r;
}

round(); // warm-up: models loaded, patterns compiled, the JIT settled
const rounds = Array.from({ length: Math.max(1, Number(args.rounds)) }, round);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
/** Each stage's cost as a multiple of tokenisation, the median over rounds of each round's own multiple. */
const multiples = names.map((_, k) => median(rounds.map((r) => (r.stage[k] ?? 0) / r.tokenise)));
const total = median(rounds.map((r) => r.stage.reduce((a, b) => a + b, 0) / r.tokenise));
const sentences = rounds[0]?.sentences ?? 0;
const tokRate = Math.round(sentences / median(rounds.map((r) => r.tokenise))).toLocaleString('en-US');

console.log(`bench/stages — ${source} as ${docs.length} documents, ${sentences.toLocaleString('en-US')} sentences; ${rounds.length} rounds, median CPU time`);
console.log(`  wink-nlp tokenisation alone  ${tokRate.padStart(9)} sentences/s   1.00×`);
names.forEach((n, k) => console.log(`  ${n.padEnd(28)} ${((multiples[k] ?? NaN).toFixed(2) + '×').padStart(20)}`));
console.log(`  whole pipeline               ${(total.toFixed(2) + '×').padStart(20)}   (${(100 / total).toFixed(1)} % of tokenisation's speed; target ≥ 30 %, i.e. ≤ 3.33×)`);
