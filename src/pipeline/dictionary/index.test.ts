import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readVerbDictionary } from '../../knowledge/petrarch/index.js';
import { SentenceCoding } from './_clauses.js';
import { buildVerbIndex } from './_index.js';
import type { Word } from './_types.js';

// A team-written verb block with invented words, in the PETRARCH format.
const index = buildVerbIndex([
  readVerbDictionary(
    `---  MEND  [---]  ---
MEND
- * {BORDER TALKS} (WITH +)   [036]
- * LOAN (TO +)               [070]
- (FROM $) *                  [080]
`,
    'fixture.verbs',
  ).value,
]);
const block = [...index.patterns.keys()][0]!;
const words = (text: string): Word[] => text.split(' ').map((w) => ({ upper: w.toUpperCase(), lemma: w.toUpperCase(), pos: 'NOUN' }));
const tried = (text: string): string[] => new SentenceCoding(words(text)).patternsOf(index, block).map((p) => p.code.forward ?? '');

test('a pattern is filed with every word it names outright, its prepositions included', () => {
  const [talks, loan, from] = [...index.required.entries()].map(([, ws]) => [...ws].sort());
  assert.deepEqual(talks, ['BORDER', 'TALKS', 'WITH']);
  assert.deepEqual(loan, ['LOAN', 'TO']);
  assert.deepEqual(from, ['FROM']);
});

test('a sentence tries only the patterns whose words it all holds, in the order written', () => {
  assert.deepEqual(tried('they mend border talks with neighbours from afar'), ['036', '080']);
  assert.deepEqual(tried('they mend border ties with neighbours'), []);
  assert.deepEqual(tried('they mend a loan to neighbours'), ['070']);
});
