import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EvalReport } from '../src/eval/index.js';
import { sharedFile } from '../src/testing/shared.js';
import { assertNoStackTrace, fixture, runDyad } from './_run-dyad.js';

const gold = fixture('eval', 'montenegro.gold.json');
const saved = fixture('eval', 'montenegro.extraction.json');

test('dyad eval scores a saved extraction by the gold-format rules (json)', () => {
  const r = runDyad(['eval', gold, '--extraction', saved, '--format', 'json']);
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout) as EvalReport;
  const f = report.files[0];
  assert.ok(f);
  // x1 matches 'visit'; x2 has no date against a dated gold; x3 matches the optional 'sofa'; x4 is a false alarm.
  assert.deepEqual(
    [f.events.extracted, f.events.required, f.events.matchedRequired, f.events.matchedOptional],
    [4, 2, 1, 1],
  );
  assert.equal(f.events.precision, 1 / 3);
  assert.equal(f.events.recall, 1 / 2);
  assert.equal(f.eventsIgnoringDates.recall, 1);
  assert.equal(f.codeAgreement.share, 1);
  assert.equal(f.milestones.f1, 1);
  assert.equal(f.indicators.f1, 1);
  assert.deepEqual(f.misses.map((m) => m.ref), ['transit']);
  assert.match(f.misses[0]?.near ?? '', /differs in date/);
  assert.deepEqual(f.falseAlarms.map((a) => a.id), ['x2', 'x4']);
  assert.equal(report.total.events.f1, f.events.f1);
});

test('dyad eval prints a table with misses (quote) and false alarms (evidence, rule)', () => {
  const r = runDyad(['eval', gold, '--extraction', saved]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /events, dates ignored/);
  assert.match(r.stdout, /misses \(1\):\n  event transit/);
  assert.match(r.stdout, /quote: "Montenegro and NATO signed a transit agreement"/);
  assert.match(r.stdout, /false alarms \(2\):/);
  assert.match(r.stdout, /\[visit-place\]\n    evidence: "In March 2010/);
});

test('dyad eval over two gold files prints a total from the summed counts', () => {
  const r = runDyad(['eval', gold, gold, '--extraction', saved, '--extraction', saved, '--format', 'json']);
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout) as EvalReport;
  assert.equal(report.files.length, 2);
  assert.equal(report.total.events.required, 4);
  assert.equal(report.total.events.matchedRequired, 2);
});

test('dyad eval --min-f1 exits 1 below the threshold and 0 at or above it', () => {
  const low = runDyad(['eval', gold, '--extraction', saved, '--min-f1', '0.9', '--format', 'json']);
  assert.equal(low.status, 1);
  assert.match(low.stderr, /events F1 0\.400 is below --min-f1 0\.9/);
  assert.doesNotMatch(low.stderr, /milestones F1/);
  const ok = runDyad(['eval', gold, '--extraction', saved, '--min-f1', '0.4', '--format', 'json']);
  assert.equal(ok.status, 0, ok.stderr);
  const bad = runDyad(['eval', gold, '--extraction', saved, '--min-f1', 'high']);
  assert.equal(bad.status, 2);
  assertNoStackTrace(bad.stderr);
});

test('a gold quote not in the document is reported with file, event and field; other gold files still scored', () => {
  const r = runDyad(['eval', fixture('eval', 'bad-quote.gold.json'), gold, '--extraction', saved, '--extraction', saved, '--format', 'json']);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /bad-quote\.gold\.json:\d+ field events\[visit\]\.quote: quote not found/);
  assert.match(r.stderr, /\[DATA_SCHEMA\]/);
  assertNoStackTrace(r.stderr);
  const report = JSON.parse(r.stdout) as EvalReport;
  assert.equal(report.files.length, 1);
});

test('a missing gold file is a clear message, not a stack trace', () => {
  const r = runDyad(['eval', fixture('eval', 'no-such.gold.json')]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /no-such\.gold\.json: no such file \[INPUT_NOT_FOUND\]/);
  assertNoStackTrace(r.stderr);
});

test('the extractor reaches F1 ≥ 0.80 for events, milestones and indicators on the seed gold', (t) => {
  const seedGold = sharedFile(t, 'gold', 'serbia-nato-brief.gold.json');
  if (!seedGold) return;
  const r = runDyad(['eval', seedGold, '--format', 'json']);
  assert.equal(r.status, 0, r.stderr);
  const { total } = JSON.parse(r.stdout) as EvalReport;
  const f1 = { events: total.events.f1, milestones: total.milestones.f1, indicators: total.indicators.f1 };
  t.diagnostic(`seed gold F1: ${JSON.stringify(f1)}`);
  for (const [kind, v] of Object.entries(f1)) assert.ok(v >= 0.8, `${kind} F1 ${v.toFixed(3)} < 0.80`);
});
