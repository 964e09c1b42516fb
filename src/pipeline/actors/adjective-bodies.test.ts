import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorsOf } from './_testing.js';

test('one or two adjectives between a people or a country\'s possessive and a body leave the body theirs', () => {
  assert.deepEqual(actorsOf('Peruvian judicial authorities froze the accounts in 2009.'), ['Peruvian judicial authorities→PER']);
  assert.deepEqual(actorsOf('Ghana\'s new government recalled its envoy from Togo in 2017.').slice(0, 1), ['Ghana\'s new government→GHA']);
  assert.deepEqual(actorsOf('Bolivia said natural gas exports fell.'), ['Bolivia→BOL']);
});
