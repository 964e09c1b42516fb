/**
 * A non-state group and another part of its own country as an act's two sides: where the clause names
 * no other principal, the act is read inside the country; a state's own parts, or a part named as the
 * country's own ("Russia's military"), are left as they were.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../extract.js';

const extractor = createExtractor();
const events = (text: string): string[] =>
  extractor.extract(text, { published: null }).events.map((e) => `${e.root} ${e.source.principal}->${e.target.principal}`);

test('a head of state acts on a movement of the same country', () => {
  assert.deepEqual(events('In 1992 President Chissano said he was ready to lift the ban on Renamo.'), ['03 MOZ->MOZ']);
});

test('rebels act on their own head of state', () => {
  assert.deepEqual(events('In 1995 Peruvian rebels announced that President Fujimori must agree to new talks.'), ['10 PER->PER']);
});

test("a state's own parts, and a part named as the country's own, are not read as two sides", () => {
  assert.deepEqual(events('The Kenyan president urged Kenyan lawmakers to pass the budget.'), []);
  assert.deepEqual(events('In 2008 President Medvedev announced the end of Russia\'s military operation.'), []);
});

test('a foreign party in the clause still wins over a part of the same country', () => {
  assert.deepEqual(events('In 1995 Peruvian rebels demanded that Ecuador free their leader.'), ['10 PER->ECU']);
});

test('the one who must act in a that-clause, or a person named as the object, may be a part of the same country', () => {
  assert.deepEqual(events('In 2003 Liberian rebels demanded that President Charles Taylor step down.'), ['10 LBR->LBR']);
  assert.deepEqual(events('In 1996 Peruvian rebels said they would free President Alberto Fujimori and two officers held with him.'), ['03 PER->PER']);
});
