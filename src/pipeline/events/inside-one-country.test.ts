/**
 * Two distinct parts of one country as an act's two sides (a non-state group and another part, or two
 * sectors of the state): where the clause names no other principal, the act is read inside the country;
 * two parts of one sector, or a part named as the country's own ("Russia's military"), are left as they were.
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

test("two parts of one sector of the state, and a part named as the country's own, are not read as two sides", () => {
  assert.deepEqual(events('In 2014 the Malawian president urged Malawian ministers to cut spending.'), []);
  assert.deepEqual(events('In 2008 President Medvedev announced the end of Russia\'s military operation.'), []);
});

test('two sectors of the state act on each other inside the country', () => {
  assert.deepEqual(events('In 2014 the Malawian president urged Malawian lawmakers to pass the budget.'), ['02 MWI->MWI']);
  assert.deepEqual(events('In 2001 the Nepalese king praised the Nepalese army for its work after the floods.'), ['05 NPL->NPL']);
  assert.deepEqual(events('In 2005 the Uruguayan court ordered the arrest of two former army officers.'), ['17 URY->URY']);
});

test("each side keeps the sector its mention was read with", () => {
  const sectors = extractor.extract('In 2005 the Uruguayan court ordered the arrest of two former army officers.', { published: null }).events
    .map((e) => `${e.source.sector ?? '-'}->${e.target.sector ?? '-'}`);
  assert.deepEqual(sectors, ['judiciary->military']);
});

test('a part of the same country named after the act, where no slot names the other side, is its target', () => {
  assert.deepEqual(events('In 2007 Bolivian protesters blocked roads to press their demands on the Bolivian government.'), ['14 BOL->BOL']);
});

test("a country's people named by a plural demonym act on its government inside the country", () => {
  assert.deepEqual(events('In 2011 young Tunisians blocked roads to press their demands on the Tunisian government.'), ['14 TUN->TUN']);
});

test("force used in another country's place is against it, not against the source's own rebels there", () => {
  assert.deepEqual(events('In 2004 Peruvian aircraft bombed a camp of the Peruvian rebels inside Ecuador.'), ['19 PER->ECU']);
});

test('a participle hyphenated to the word before it describes its noun: no act of the subject on its own country', () => {
  assert.deepEqual(events('In 1994 Hamas declared a truce after weeks of battles with the Iranian-backed Islamic Jihad.'), []);
});

test('a foreign party in the clause still wins over a part of the same country', () => {
  assert.deepEqual(events('In 1995 Peruvian rebels demanded that Ecuador free their leader.'), ['10 PER->ECU']);
});

test('the one who must act in a that-clause, or a person named as the object, may be a part of the same country', () => {
  assert.deepEqual(events('In 2003 Liberian rebels demanded that President Charles Taylor step down.'), ['10 LBR->LBR']);
  assert.deepEqual(events('In 1996 Peruvian rebels said they would free President Alberto Fujimori and two officers held with him.'), ['03 PER->PER']);
});
