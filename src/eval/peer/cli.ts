/**
 * `npm run eval:peer`: the extractor scored on the field's public test sentences in ../shared/peer.
 *
 *   npm run eval:peer -- [--source cameo-examples|petrarch-gsr] [--summary]
 *
 * Prints per source the levels' recall and precision (with the targets set for them), a table per
 * root, then every miss and every event read where no coding has its root, each with its sentence
 * (`--summary` leaves those out). Without ../shared it says so and exits 0; under CI (env `CI`),
 * which always has it, it fails instead.
 */
import { parseArgs } from 'node:util';
import { createExtractor } from '../../pipeline/extract.js';
import { rate } from './_score.js';
import { renderPeerScore } from './_report.js';
import { peerFile, scorePeerSource } from './_run.js';
import { PEER_SOURCES } from './_sources.js';
import type { Level } from './_types.js';

const { values: args } = parseArgs({ options: { source: { type: 'string' }, summary: { type: 'boolean', default: false } } });
const sources = PEER_SOURCES.filter((s) => !args.source || s.name === args.source);
if (sources.length === 0) {
  console.error(`no peer source '${args.source}'; the sources are ${PEER_SOURCES.map((s) => s.name).join(', ')}`);
  process.exit(2);
}
const extractor = createExtractor();
let missing = 0;
const summary: string[] = [];
for (const source of sources) {
  const file = peerFile(source);
  if (!file) {
    missing++;
    console.log(`${source.name}: ../shared/${source.parts.join('/')} is absent (only the team's checkout has it); skipped`);
    continue;
  }
  const score = scorePeerSource(source, file, extractor);
  console.log(renderPeerScore(score, !args.summary), '\n');
  for (const [level, t] of Object.entries(source.targets ?? {}) as [Level, { recall?: number; precision?: number }][]) {
    const v = score.levels[level];
    if (!v) continue;
    for (const [what, aim, got] of [['recall', t.recall, rate(v.recall)], ['precision', t.precision, rate(v.precision)]] as const) {
      if (aim === undefined) continue;
      summary.push(`${source.name} ${level} ${what} ${got.toFixed(3)} (target ≥ ${aim}: ${got >= aim ? 'met' : 'NOT met'})`);
    }
  }
}
if (summary.length > 0) console.log(summary.join('\n'));
if (missing > 0 && process.env['CI']) {
  console.error(`${missing} peer file(s) missing, and CI always has ../shared`);
  process.exit(1);
}
