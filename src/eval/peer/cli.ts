/**
 * `npm run eval:peer`: the extractor scored on the field's public test sentences in ../shared/peer.
 *
 *   npm run eval:peer -- [--source cameo-examples|petrarch-gsr|petrarch-unit] [--summary] [--why] [--why-actors]
 *
 * PETRARCH's own unit-test records (`petrarch-unit`) are coded with the four PETR.Validate
 * dictionaries instead of the bundled ones (their actors are fictional) and scored as triples.
 * Prints per source the levels' recall and precision (with the targets set for them), a table per
 * root, then every miss and every event read where no coding has its root, each with its sentence
 * (`--summary` leaves those out). `--why` counts the misses by why they were missed (_why.ts, from the
 * stages' trace of the rules tried): no rule or pattern of the root, another code, no parties, held
 * back by a gate (each named); `--why-actors` sorts the misses where a
 * verb was known by why their actors were lost (_why-actors.ts). Without ../shared it says so and exits 0; under CI (env `CI`),
 * which always has it, it fails instead.
 */
import { parseArgs } from 'node:util';
import { createExtractor } from '../../pipeline/extract.js';
import { rate } from './_score.js';
import { renderPeerScore } from './_report.js';
import { peerFile, scorePeerSource } from './_run.js';
import { PEER_SOURCES } from './_sources.js';
import { renderWhyActors, whyActorsReader } from './_why-actors.js';
import { formatPetrUnit, runPetrUnit } from './petr-unit.js';
import { createReader, whyMissed, WHYS, type Reader, type Why } from './_why.js';
import { sharedPath } from '../../core/paths.js';
import type { Level, PeerCase, PeerMiss } from './_types.js';
import { readFileSync } from 'node:fs';

const { values: args } = parseArgs({
  options: {
    source: { type: 'string' },
    summary: { type: 'boolean', default: false },
    why: { type: 'boolean', default: false },
    'why-actors': { type: 'boolean', default: false },
  },
});
const PETR_UNIT = 'petrarch-unit';
/** PETRARCH-2's unit records are met when this share of their expected triples is found. */
const PETR_UNIT_TARGET = 0.7;
const sources = PEER_SOURCES.filter((s) => !args.source || s.name === args.source);
const withUnit = !args.source || args.source === PETR_UNIT;
if (sources.length === 0 && !withUnit) {
  console.error(`no peer source '${args.source}'; the sources are ${[...PEER_SOURCES.map((s) => s.name), PETR_UNIT].join(', ')}`);
  process.exit(2);
}
const extractor = createExtractor();
let why: Reader | undefined;
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
  if (args.why) console.log(whyReport(source.name, source.read(readFileSync(file, 'utf8')), score.misses), '\n');
  if (args['why-actors']) {
    const why = whyActorsReader();
    const cases = source.read(readFileSync(file, 'utf8'));
    console.log(renderWhyActors(source.name, cases.flatMap(why)), '\n');
  }
  for (const [level, t] of Object.entries(source.targets ?? {}) as [Level, { recall?: number; precision?: number }][]) {
    const v = score.levels[level];
    if (!v) continue;
    for (const [what, aim, got] of [['recall', t.recall, rate(v.recall)], ['precision', t.precision, rate(v.precision)]] as const) {
      if (aim === undefined) continue;
      summary.push(`${source.name} ${level} ${what} ${got.toFixed(3)} (target ≥ ${aim}: ${got >= aim ? 'met' : 'NOT met'})`);
    }
  }
}
if (withUnit) {
  const dir = sharedPath('peer', 'petrarch');
  if (!dir) {
    missing++;
    console.log(`${PETR_UNIT}: ../shared/peer/petrarch is absent (only the team's checkout has it); skipped`);
  } else {
    const unit = runPetrUnit(dir);
    const text = formatPetrUnit(unit);
    console.log(`== ${PETR_UNIT}: PETRARCH's unit-test records, coded with its validation dictionaries\n${args.summary ? text.slice(0, text.indexOf('\nfailed records:')) : text}\n`);
    summary.push(`${PETR_UNIT} expected triples found ${unit.recall.toFixed(3)} (target ≥ ${PETR_UNIT_TARGET}: ${unit.recall >= PETR_UNIT_TARGET ? 'met' : 'NOT met'})`);
  }
}
if (summary.length > 0) console.log(summary.join('\n'));
if (missing > 0 && process.env['CI']) {
  console.error(`${missing} peer file(s) missing, and CI always has ../shared`);
  process.exit(1);
}

/** The misses of a source counted by why they were missed, at the root and the full-code level, each with its ids. */
function whyReport(name: string, cases: readonly PeerCase[], misses: readonly PeerMiss[]): string {
  why ??= createReader();
  const read = why;
  const byId = new Map(cases.map((c) => [c.id, c]));
  const out: string[] = [`${name}: why the misses were missed`];
  for (const level of ['root', 'code'] as const) {
    const count = new Map<Why, string[]>(WHYS.map((w) => [w, []]));
    const gates = new Map<string, number>();
    for (const m of misses) {
      const c = byId.get(m.id);
      if (!c || !m.levels.includes(level)) continue;
      const missed = whyMissed(read(c), m.expected, level === 'code');
      if (missed.gate) gates.set(missed.gate, (gates.get(missed.gate) ?? 0) + 1);
      count.get(missed.why)?.push(`${m.id}:${m.expected.code}${missed.gate ? `[${missed.gate}]` : ''}`);
    }
    out.push(`  ${level}: ${WHYS.map((w) => `${w} ${count.get(w)?.length ?? 0}`).join(', ')}`);
    for (const [w, ids] of count) out.push(`    ${w}: ${ids.join(' ')}`);
    if (gates.size > 0) out.push(`    held back by: ${[...gates].sort((a, b) => b[1] - a[1]).map(([g, n]) => `${g} ${n}`).join(', ')}`);
  }
  return out.join('\n');
}
