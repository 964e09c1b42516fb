import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderWhyActors, whyActorsReader } from './_why-actors.js';

const why = whyActorsReader();
const one = (text: string, code: string, source: string | null, target: string | null) =>
  why({ id: 'x', text, published: '2003-02-11', expected: [{ code, source, target }] });

test('a miss whose source names no principal is put down to an unknown actor, on the side lost', () => {
  const [m] = one('A Qwertz collective accused Peru of hiding the reports.', '112', 'NGO', 'PER');
  assert.equal(m?.why, 'unknown');
  assert.deepEqual(m?.lost, ['source']);
});

test('an event read with source and target swapped is a reversal', () => {
  const [m] = one('Peruvian police arrested 14 Chilean fishermen on Tuesday.', '173', 'CHL', 'PER');
  assert.equal(m?.why, 'reversed');
});

test('a coding the extraction found is no miss, and the report counts each class', () => {
  assert.deepEqual(one('Peruvian police arrested 14 Chilean fishermen on Tuesday.', '173', 'PER', 'CHL'), []);
  assert.match(renderWhyActors('s', one('Peruvian police arrested 14 Chilean fishermen on Tuesday.', '173', 'CHL', 'PER')), /reversed {4}1/);
});
