/** Phoenix persons with dated codes become gazetteer persons whose principal depends on the date; the team's names win. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readActorDictionary } from '../petrarch/index.js';
import { phoenixPersons } from './_phoenix-persons.js';
import { spanOf } from './_dates.js';

const DICT = [
  'ZORAN_VELKOV_  # invented',
  '+PRESIDENT_VELKOV',
  '+ANA_MARIN',
  '\t[MKDELI 600101-911231]',
  '\t[MKDGOV 920101-991231]',
  'UNITED_FRUIT_BOARD [MKDBUS]',
  'BLUE_FLEET_ADMIRAL',
  '\t[IGOXYZ 950101-991231]',
].join('\n');

test('an actor with dated codes of a country is a person with one role per code; undated and non-country ones are not', () => {
  const { value, errors } = readActorDictionary(DICT, 'invented.actors.txt');
  assert.deepEqual(errors, []);
  const persons = phoenixPersons([value], (c) => c === 'MKD', new Set());
  assert.equal(persons.length, 1);
  const p = persons[0]!;
  assert.equal(p.name, 'Zoran Velkov');
  assert.deepEqual(p.aliases, ['President Velkov', 'Ana Marin']);
  assert.deepEqual(p.roles.map((r) => [r.principal, r.span]), [['MKD', spanOf('1960-01-01', '1991-12-31')], ['MKD', spanOf('1992-01-01', '1999-12-31')]]);
});

test("a name the team's gazetteer already has is left to it", () => {
  const { value } = readActorDictionary(DICT, 'invented.actors.txt');
  const [p] = phoenixPersons([value], (c) => c === 'MKD', new Set(['ana marin']));
  assert.deepEqual(p?.aliases, ['President Velkov']);
  assert.deepEqual(phoenixPersons([value], (c) => c === 'MKD', new Set(['zoran velkov', 'president velkov', 'ana marin'])), []);
});
