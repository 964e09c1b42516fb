/**
 * The probe notes: invented sentences, one or a few per category of the held-out set's
 * misses (historical present in chronologies, protests and demands, reducing relations, sanctions,
 * military verbs, agreements, discourse). They pin down that the general rules written for those
 * categories keep working; they are development material, not a held-out score.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EvalReport } from '../src/eval/index.js';
import { assertNoStackTrace, fixture, runDyad } from './_run-dyad.js';

const golds = [1, 2, 3].map((n) => fixture('probes', `miss-categories-${n}.gold.json`));

test('the probe notes of the held-out miss categories stay coded (events, milestones, indicators)', () => {
  const r = runDyad(['eval', ...golds, '--format', 'json']);
  assert.equal(r.status, 0, r.stderr);
  assertNoStackTrace(r.stderr);
  const { total } = JSON.parse(r.stdout) as EvalReport;
  // When the probes were written: events F1 0.937 (P 1.000, R 0.881), milestones 0.857, indicators 1.000.
  assert.ok(total.events.f1 >= 0.85, `events F1 ${total.events.f1}`);
  assert.ok(total.events.precision >= 0.9, `events precision ${total.events.precision}`);
  assert.ok(total.milestones.f1 >= 0.75, `milestones F1 ${total.milestones.f1}`);
  assert.ok(total.indicators.f1 >= 0.9, `indicators F1 ${total.indicators.f1}`);
});
