import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closest, editDistance } from './closest.js';

test('edit distance counts insertions, deletions and substitutions', () => {
  assert.equal(editDistance('dayd', 'dyad'), 2);
  assert.equal(editDistance('events', 'events'), 0);
  assert.equal(editDistance('kitten', 'sitting'), 3);
  assert.equal(editDistance('a', 'abcdef', 2), 3, 'stops once past the limit');
});

test('the closest names come first; far ones are left out', () => {
  assert.deepEqual(closest('dayd', ['dyad', 'db', 'from', 'dataset']), ['dyad']);
  assert.deepEqual(closest('limt', ['limit', 'list', 'offset']), ['limit', 'list']);
  assert.deepEqual(closest('Serbai', ['Serbia', 'Siberia', 'Spain', 'Germany']), ['Serbia']);
  assert.deepEqual(closest('cote', ["Côte d'Ivoire", 'Cuba']), ["Côte d'Ivoire"], 'a beginning counts, accents aside');
  assert.deepEqual(closest('zzzzzz', ['events', 'export']), []);
});
