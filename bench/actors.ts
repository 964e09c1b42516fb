/**
 * bench/actors: sentences per second through the actors stage alone, beside wink-nlp segmentation of
 * the same documents in the same run, and their ratio (the stage must leave the whole pipeline room
 * for ≥ 5,000 sentences/s on one core).
 *
 *   node --import tsx bench/actors.ts [--copies 40] [--rounds 5]
 *
 * The text is the seed brief (../shared/seeds) or, without ../shared, the example corpus; documents
 * are segmented once, then each round runs the actors stage over every copy; the median round counts.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { loadGazetteer } from '../src/knowledge/gazetteer/index.js';
import { actorsStage } from '../src/pipeline/actors/index.js';
import { readDocument } from '../src/pipeline/extract.js';
import { segmentStage } from '../src/pipeline/segment/index.js';
import type { DocumentContext } from '../src/pipeline/types.js';
import { benchCorpus } from './_corpus.js';
import { median } from './_timing.js';

const { values: args } = parseArgs({
  options: { copies: { type: 'string', default: '40' }, rounds: { type: 'string', default: '5' } },
});

const { docs: base } = benchCorpus(undefined, 'bench/actors');
/** A document read as the extractor reads it, dated as of March 2017, before segmentation. */
const context = (original: string): DocumentContext => readDocument(original, { published: '2017-03' });
const docs = Array.from({ length: Number(args.copies) }, (_, i) => base[i % base.length]!);
const t0 = performance.now();
const stage = actorsStage(loadGazetteer());
const compileMs = performance.now() - t0;

const segTimes: number[] = [];
const actorTimes: number[] = [];
let sentences = 0;
let mentions = 0;
for (let r = 0; r < Number(args.rounds); r++) {
  const ctxs = docs.map(context);
  let t = performance.now();
  for (const c of ctxs) segmentStage(c);
  segTimes.push(performance.now() - t);
  t = performance.now();
  for (const c of ctxs) stage(c);
  actorTimes.push(performance.now() - t);
  sentences = ctxs.reduce((n, c) => n + c.sentences.length, 0);
  mentions = ctxs.reduce((n, c) => n + c.actors.length, 0);
}
const seg = median(segTimes);
const act = median(actorTimes);
const rate = (ms: number): string => Math.round((sentences / ms) * 1000).toLocaleString('en');
console.log(`documents ${docs.length}, sentences ${sentences}, mentions ${mentions}; gazetteer load + compile ${compileMs.toFixed(0)} ms`);
console.log(`segment (wink-nlp)  ${seg.toFixed(1).padStart(8)} ms  ${rate(seg).padStart(9)} sentences/s`);
console.log(`actors stage        ${act.toFixed(1).padStart(8)} ms  ${rate(act).padStart(9)} sentences/s`);
console.log(`actors / segment time: ${(act / seg).toFixed(3)}`);
