/** The same office, two holders: which one a sentence means depends on its date. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadGazetteer } from '../../knowledge/gazetteer/index.js';
import { actorsStage } from './actors.js';
import { contextOf } from './_fixture.js';

const stage = actorsStage(loadGazetteer());

function first(sentence: string, date: string | null, published: string | null = null) {
  const ctx = contextOf([date ? [sentence, date] : sentence], published);
  stage(ctx);
  const a = ctx.actors[0];
  assert.ok(a, `no actor in "${sentence}"`);
  return a;
}

test('the NATO Secretary General is the holder at the sentence date', () => {
  assert.equal(first('The NATO Secretary General spoke.', '2016-02').name, 'Jens Stoltenberg');
  assert.equal(first('The NATO Secretary General spoke.', '2025-01').name, 'Mark Rutte');
});

test('the Serbian Prime Minister is Dačić in 2013 and Vučić in 2015', () => {
  assert.equal(first('The Serbian Prime Minister spoke.', '2013-03').entryId, 'person:ivica-dacic');
  assert.equal(first('The Serbian Prime Minister spoke.', '2015-03').entryId, 'person:aleksandar-vucic');
});

test('a person acts for the principal of the role held then', () => {
  assert.equal(first('Stoltenberg spoke.', '2008').principal, 'NOR');
  assert.equal(first('Stoltenberg spoke.', '2019').principal, 'NATO');
  assert.equal(first('Rutte spoke.', '2015').principal, 'NLD');
  assert.equal(first('Rutte spoke.', '2025').principal, 'NATO');
});

test('without a sentence date the published date decides', () => {
  assert.equal(first('Rutte spoke.', null, '2012-06').principal, 'NLD');
  assert.equal(first('Rutte spoke.', null, '2024-12').principal, 'NATO');
});

test('the title beside the name picks among roles held at once', () => {
  // Thaçi was Kosovo's foreign minister from December 2014; no other principal competes, but the
  // title must not be dropped on the way.
  const a = first('Foreign Minister Thaçi met the press.', '2015-06');
  assert.equal(a.principal, 'XKX');
  assert.equal(a.kind, 'person');
});

test('a sentence dated by the past it mentions falls back on the document date for roles', () => {
  // The sentence's date is 1999 (the victims'), before any of Stoltenberg's roles; the document's
  // date says what he was when he spoke.
  assert.equal(first('Stoltenberg regretted the victims of 1999.', '1999', '2015-11').principal, 'NATO');
  assert.equal(first('Stoltenberg regretted the victims of 1999.', '1999', '2008-05').principal, 'NOR');
});

test("an organisation's officer known only to the Phoenix dictionary acts for it while in office", () => {
  // U Thant is coded for the UN in the Phoenix file's list of organisations' leaders (1961–1971).
  const a = first('Secretary-General U Thant asked Cyprus and Turkey to restrain their forces.', '1964-08');
  assert.equal(a.principal, 'UN');
  assert.equal(a.kind, 'person');
});
