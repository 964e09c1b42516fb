import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createExtractor } from '../../pipeline/extract.js';
import type { RuleTrial } from '../../pipeline/types.js';
import { createReader, whyMissed, type Reading } from './_why.js';

const trial = (codes: string[], outcome: RuleTrial['outcome'], gate?: string): RuleTrial =>
  gate ? { stage: 'events', sentence: 0, codes, outcome, gate } : { stage: 'events', sentence: 0, codes, outcome };
const attack = { code: '190', source: null, target: null };

describe('why a peer coding was missed, from the stages\' trace', () => {
  it('tells the reasons apart by what became of the rules of the expected root', () => {
    const r = (trials: RuleTrial[], codes: string[] = []): Reading => ({ codes, trials });
    assert.deepEqual(whyMissed(r([trial(['190'], 'read')], ['120']), attack, false), { why: 'other-code' });
    assert.deepEqual(whyMissed(r([trial(['190'], 'unmet'), trial(['120'], 'parties')]), attack, false), { why: 'no-trigger' });
    assert.deepEqual(whyMissed(r([trial(['190'], 'parties', 'negated')]), attack, false), { why: 'no-parties' });
    assert.deepEqual(whyMissed(r([trial(['190'], 'parties'), trial(['193'], 'held', 'modal')]), attack, false), { why: 'held-back', gate: 'modal' });
    assert.deepEqual(whyMissed(r([trial(['190'], 'read')]), attack, false), { why: 'held-back', gate: 'dropped' });
    // An act said under a statement counts under the statement's code as well as its own.
    assert.deepEqual(whyMissed(r([trial(['190', '138'], 'parties')]), { code: '138', source: null, target: null }, true), { why: 'no-parties' });
    // At the full-code level only the expected code itself counts.
    assert.deepEqual(whyMissed(r([trial(['193'], 'held', 'modal')]), attack, true), { why: 'no-trigger' });
  });

  const read = createReader();
  const why = (text: string): ReturnType<typeof whyMissed> => whyMissed(read({ id: 't', text, published: '2004-05-01', expected: [] }), attack, false);

  it('calls a gated act held back, naming the gate, only where its parties are found', () => {
    assert.deepEqual(why('Ecuador did not attack Colombia.'), { why: 'held-back', gate: 'negated' });
    assert.deepEqual(why('Ecuador may attack Colombia.'), { why: 'held-back', gate: 'modal' });
    assert.deepEqual(why('Unidentified gunmen did not attack the village.'), { why: 'no-parties' });
  });

  it('calls an act with no party to read it with no-parties, however many principals the sentence names', () => {
    assert.deepEqual(why('Unidentified gunmen attacked a village on Monday.'), { why: 'no-parties' });
    // (two principals named, neither the attacker: the old guess from the sentence called this held back)
    assert.deepEqual(why('Ecuador and Colombia said unidentified gunmen attacked a village near the border.'), { why: 'no-parties' });
  });

  it('reads the same events with a trace as without', () => {
    const text = 'Ecuador did not attack Colombia. Ecuador accused Colombia of shelling the border on Monday. Peru may sanction Bolivia.';
    const trials: RuleTrial[] = [];
    const traced = createExtractor({ trace: (t) => void trials.push(t) }).extract(text, { published: '2004-05-01' });
    const plain = createExtractor().extract(text, { published: '2004-05-01' });
    assert.deepEqual(traced.events, plain.events);
    assert.ok(trials.some((t) => t.outcome === 'read'));
    assert.ok(trials.some((t) => t.outcome === 'held'));
  });
});
