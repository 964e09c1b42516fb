/** The composer's word lists: a key filter before the Set, with the same answers. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Tokens } from '../../knowledge/gazetteer/index.js';
import { FoldSet } from './_words.js';

test('a FoldSet answers as its Set does for every token, and false past either end', () => {
  const words = new Set(['in', 'city', 'northern', 'of']);
  const set = new FoldSet(words);
  const t = new Tokens("Protests in the northern city of Niš and in Belgrade's centre, in the city.");
  for (let i = -1; i <= t.length; i++) assert.equal(set.at(t, i), i >= 0 && i < t.length && words.has(t.folds[i]!), `token ${i}`);
});
