import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchParts, type MatchContext } from './_patterns.js';
import type { Word } from './_types.js';

// Team-written word sequences, tagged by hand.
const word = (text: string, lemma: string, pos: string): Word => ({ upper: text.toUpperCase(), lemma: lemma.toUpperCase(), pos });
const ctx = (words: Word[]): MatchContext => ({ words, actorAt: () => undefined, synsets: new Map() });
const CALL = [{ kind: 'noun' as const, terms: [{ kind: 'word' as const, word: 'CALL' }] }];

test('a pattern word meets a noun by its lemma, a verb only by its text', () => {
  assert.notEqual(matchParts(ctx([word('two', 'two', 'NUM'), word('calls', 'call', 'NOUN')]), CALL, 0, 2), null);
  assert.equal(matchParts(ctx([word('then', 'then', 'ADV'), word('called', 'call', 'VERB')]), CALL, 0, 2), null);
  assert.notEqual(matchParts(ctx([word('then', 'then', 'ADV'), word('call', 'call', 'VERB')]), CALL, 0, 2), null);
});

test("a prepositional phrase's noun stands before any verb of its object: accused of supporting terrorism is not of terrorism", () => {
  const OF_TERRORISM = [{ kind: 'prep' as const, prep: 'OF', nouns: [[{ kind: 'word' as const, word: 'TERRORISM' }]] }];
  const of = word('of', 'of', 'ADP');
  const terrorism = word('terrorism', 'terrorism', 'NOUN');
  assert.notEqual(matchParts(ctx([of, word('state', 'state', 'NOUN'), terrorism]), OF_TERRORISM, 0, 3), null);
  assert.equal(matchParts(ctx([of, word('supporting', 'support', 'VERB'), terrorism]), OF_TERRORISM, 0, 3), null);
});
