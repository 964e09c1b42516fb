/**
 * Phoenix persons with dated codes become gazetteer persons whose principal depends on the date; the
 * team's names win; the persons are compiled once into the data cache.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { withCache, warningsOf } from '../../testing/cache.js';
import { ActorFiles, readActorDictionary } from '../petrarch/index.js';
import { phoenixPersons, phoenixPersonSurfaces } from './_phoenix-persons.js';
import { spanOf } from './_dates.js';
import { surfaceWords } from './_fold.js';
import type { PersonEntry, Surface } from './_types.js';

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

test("an actor with a dated code of an organisation the gazetteer names acts for it over those dates", () => {
  const { value } = readActorDictionary(DICT, 'invented.actors.txt');
  const persons = phoenixPersons([value], (c) => c === 'MKD', new Set(), (code) => (code === 'IGOXYZ' ? 'XYZ' : null));
  const admiral = persons.find((p) => p.name === 'Blue Fleet Admiral');
  assert.deepEqual(admiral?.roles.map((r) => [r.principal, r.span]), [['XYZ', spanOf('1995-01-01', '1999-12-31')]]);
});

test("a name the team's gazetteer already has is left to it", () => {
  const { value } = readActorDictionary(DICT, 'invented.actors.txt');
  const [p] = phoenixPersons([value], (c) => c === 'MKD', new Set(['ana marin']));
  assert.deepEqual(p?.aliases, ['President Velkov']);
  assert.deepEqual(phoenixPersons([value], (c) => c === 'MKD', new Set(['zoran velkov', 'president velkov', 'ana marin'])), []);
});

const COUNTRIES = ['MKD'];
const MARIN: PersonEntry = { type: 'person', id: 'ana-marin', name: 'Ana Marin', aliases: [], roles: [] };
const OWN: Surface[] = [{ text: 'Ana Marin', target: { type: 'person', id: MARIN.id, entry: MARIN } }];

/** The persons' surfaces as texts, ids, roles and words: what the matcher is given. */
const shown = (surfaces: Surface[]): unknown[] =>
  surfaces.map((s) => (s.target.type === 'person' ? [s.text, s.target.id, s.target.entry.roles, s.words] : [s.text]));

test('the persons are compiled once into the cache and read back whole as they were compiled', async () => {
  await withCache((cacheDir, dir) => {
    const file = join(dir, 'invented.actors.txt');
    writeFileSync(file, DICT);
    const direct = phoenixPersons([readActorDictionary(DICT, 'invented.actors.txt').value], (c) => c === 'MKD', new Set(['ana marin']));
    const expected = direct.flatMap((p) => [p.name, ...p.aliases].map((text) => [text, p.id, p.roles, surfaceWords(text)]));
    for (let round = 0; round < 2; round++) {
      // The first round compiles and writes the cache; the second reads it.
      assert.deepEqual(shown(phoenixPersonSurfaces(OWN, COUNTRIES, new ActorFiles(), [file])), expected);
      assert.equal(readdirSync(cacheDir).filter((f) => f.startsWith('phoenix-persons-')).length, 1);
    }
  });
});

test('a start whose persons are cached does not read the actor files', async () => {
  await withCache((_cacheDir, dir) => {
    const file = join(dir, 'invented.actors.txt');
    writeFileSync(file, DICT);
    phoenixPersonSurfaces(OWN, COUNTRIES, new ActorFiles(), [file]);
    const files = new ActorFiles();
    let read = 0;
    const entries = files.entries.bind(files);
    files.entries = (paths) => (read++, entries(paths));
    phoenixPersonSurfaces(OWN, COUNTRIES, files, [file]);
    assert.equal(read, 0);
  });
});

test("an edited actor file, or a gazetteer with other names or countries, compiles the persons again", async () => {
  await withCache((_cacheDir, dir) => {
    const file = join(dir, 'invented.actors.txt');
    writeFileSync(file, DICT);
    const texts = (own: Surface[], countries: string[]): string[] => phoenixPersonSurfaces(own, countries, new ActorFiles(), [file]).map((s) => s.text);
    assert.deepEqual(texts(OWN, COUNTRIES), ['Zoran Velkov', 'President Velkov']);
    assert.deepEqual(texts([], COUNTRIES), ['Zoran Velkov', 'President Velkov', 'Ana Marin']);
    assert.deepEqual(texts(OWN, ['IGO']), ['Blue Fleet Admiral']);
    writeFileSync(file, DICT.replace('+PRESIDENT_VELKOV', '+MARSHAL_VELKOV'));
    assert.deepEqual(texts(OWN, COUNTRIES), ['Zoran Velkov', 'Marshal Velkov']);
  });
});

test('a damaged persons entry in the cache is compiled again with a warning, and replaced', async () => {
  await withCache(async (cacheDir, dir) => {
    const file = join(dir, 'invented.actors.txt');
    writeFileSync(file, DICT);
    const expected = shown(phoenixPersonSurfaces(OWN, COUNTRIES, new ActorFiles(), [file]));
    const entry = join(cacheDir, readdirSync(cacheDir).find((f) => f.startsWith('phoenix-persons-')) ?? '');
    for (const damage of ['not what V8 writes', serialize({ persons: [] })]) {
      writeFileSync(entry, damage);
      let got: unknown[] = [];
      assert.deepEqual(await warningsOf(() => (got = shown(phoenixPersonSurfaces(OWN, COUNTRIES, new ActorFiles(), [file])))), ['DYAD_CACHE_DAMAGED']);
      assert.deepEqual(got, expected);
      assert.deepEqual(await warningsOf(() => phoenixPersonSurfaces(OWN, COUNTRIES, new ActorFiles(), [file])), [], 'the entry was written again');
    }
  });
});
