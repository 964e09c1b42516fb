/**
 * bench/extract: sentences per second through the whole extraction pipeline
 * (`createExtractor().extract`: normalise, segment, dates, actors, grammar, events, dictionary,
 * milestones, indicators) beside wink-nlp tokenisation alone (`tokenizeOnly`) on the same documents
 * in the same run, and their ratio. The dictionary stage runs with the bundled CAMEO verb and Phoenix
 * actor dictionaries loaded (the actors on the warm-up's first sentence that needs them), as every
 * extraction does. Targets: the pipeline at ≥ 5,000 sentences/s and ≥ 30 % of tokenisation's speed
 * (the dictionaries' own target: ≥ 25 %). bench/dictionaries measures what they cost a start.
 *
 *   npm run bench:extract -- [--mb 4] [--rounds 3] [--file PATH]
 *   node --import tsx bench/extract.ts …
 *
 * The text is the seed brief (../shared/seeds) or, without ../shared, the team's example corpus
 * (examples/), taken as documents repeated to the wanted size; `--file` names another text. Both
 * sides get the same documents, one call per document, timed document by document in turn; the
 * median round counts. Node runs this on one core (one thread); the machine's other cores stay idle.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createExtractor } from '../src/pipeline/extract.js';
import { segmentText, tokenizeOnly } from '../src/pipeline/segment/index.js';
import { benchCorpus } from './_corpus.js';

const { values: args } = parseArgs({
  options: {
    mb: { type: 'string', default: '4' },
    rounds: { type: 'string', default: '3' },
    file: { type: 'string' },
  },
});
const TARGET_BYTES = Number(args.mb) * 1024 * 1024;
const ROUNDS = Math.max(1, Number(args.rounds));

const { source, docs: base } = benchCorpus(args.file, 'bench/extract');
const docs: string[] = [];
let bytes = 0;
for (let i = 0; bytes < TARGET_BYTES; i++) {
  const d = base[i % base.length] as string;
  docs.push(d);
  bytes += Buffer.byteLength(d);
}
const sentences = base.reduce((n, d) => n + segmentText(d).length, 0) * (docs.length / base.length);

const extractor = createExtractor();
let sink = 0;

// Warm-up: load models, compile patterns, let the JIT settle.
for (const d of base) {
  extractor.extract(d, { published: null });
  tokenizeOnly(d);
}

/*
 * Side by side at the grain of one document: each document is tokenised and extracted one right
 * after the other (which goes first alternates), so a busy spell of the shared machine falls on both
 * sides alike instead of on one whole round of one of them.
 */
/** Seconds `fn` takes; what it returns goes into `sink`. */
const seconds = (fn: () => number): number => {
  const t0 = performance.now();
  sink += fn();
  return (performance.now() - t0) / 1000;
};
const pipeTimes: number[] = [];
const tokTimes: number[] = [];
const ratios: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  let tok = 0;
  let pipe = 0;
  docs.forEach((d, k) => {
    const tokenise = () => tokenizeOnly(d);
    const extract = () => extractor.extract(d, { published: null }).events.length;
    if (k % 2 === 0) {
      tok += seconds(tokenise);
      pipe += seconds(extract);
    } else {
      pipe += seconds(extract);
      tok += seconds(tokenise);
    }
  });
  tokTimes.push(tok);
  pipeTimes.push(pipe);
  ratios.push(tok / pipe);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const pipeRate = sentences / median(pipeTimes);
const tokRate = sentences / median(tokTimes);
// The median of the rounds' own ratios: each ratio compares times taken in the same spell.
const ratio = median(ratios);

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
console.log(
  `bench/extract — ${source} as ${docs.length} documents, ${(bytes / 1048576).toFixed(1)} MB, ${fmt(sentences)} sentences; ${ROUNDS} rounds, median; ` +
    `with the dictionaries loaded (CAMEO verbs, Phoenix actors: the dictionary stage runs)`,
);
console.log(`  wink-nlp tokenisation alone  ${fmt(tokRate).padStart(9)} sentences/s`);
console.log(`  whole extraction pipeline    ${fmt(pipeRate).padStart(9)} sentences/s   (target ≥ 5,000: ${pipeRate >= 5000 ? 'met' : 'NOT met'})`);
console.log(
  `  pipeline / tokenisation      ${(100 * ratio).toFixed(1).padStart(8)} %              (target ≥ 30 %: ${ratio >= 0.3 ? 'met' : 'NOT met'}; with the dictionaries ≥ 25 %: ${ratio >= 0.25 ? 'met' : 'NOT met'})`,
);
if (sink < 0) console.log(sink); // keeps the work observable to the optimiser
