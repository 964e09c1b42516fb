import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DyadError } from '../../core/errors.js';
import { loadGazetteer } from './gazetteer.js';
import { spanOf } from './_dates.js';
import { fold, tokenize } from './_fold.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-dict-'));
after(() => rmSync(dir, { recursive: true, force: true }));
function dictFile(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

test('folding drops case, marks and Serbian Cyrillic script', () => {
  assert.equal(fold('Vučić'), 'vucic');
  assert.equal(fold('Priština'), 'pristina');
  assert.equal(fold('Đukanović'), 'djukanovic');
  assert.equal(fold('Београд'), 'beograd');
  assert.deepEqual(tokenize('Serbia´s army').map((t) => t.fold), ['serbia', "'s", 'army']);
});

test('every UN member state is a country, Kosovo is XKX, and names find countries', () => {
  const g = loadGazetteer();
  assert.ok(g.countries.size >= 193);
  assert.equal(g.countries.has('UNK'), false);
  for (const [name, id] of [
    ['Kosovo', 'XKX'], ['Russian Federation', 'RUS'], ['republic of serbia', 'SRB'], ['Srbija', 'SRB'],
    ['Bosnia and Herzegovina', 'BIH'], ['Turkey', 'TUR'], ['Czech Republic', 'CZE'], ['Macedonia', 'MKD'], ['Yugoslavia', 'SRB'], ['Serbia and Montenegro', 'SRB'], ['United States', 'USA'], ['Occupied Palestinian Territory', 'PSE'],
  ] as const) {
    assert.equal(g.countryByName(name)?.id, id, name);
  }
  assert.equal(g.countryByName('Atlantis'), undefined);
});

test('byId finds countries, organisations, places and persons', () => {
  const g = loadGazetteer();
  assert.equal(g.byId('XKX')?.type, 'country');
  const kfor = g.byId('KFOR');
  assert.ok(kfor?.type === 'organisation' && kfor.principal === 'NATO');
  assert.equal(g.byId('place:belgrade')?.type, 'place');
  assert.equal(g.byId('person:jens-stoltenberg')?.type, 'person');
});

test('office holders are found by title, principal and date', () => {
  const g = loadGazetteer();
  assert.equal(g.holders('secretary-general', 'NATO', spanOf('2016-03', '2016-03'))[0]?.person.id, 'jens-stoltenberg');
  assert.deepEqual(g.holders('secretary-general', 'NATO', spanOf('1980', '1980')), []);
});

test('a --dict file adds persons and organisations and overrides entries by id', () => {
  const file = dictFile('mine.yaml', [
    'persons:',
    '  - id: ana-example',
    '    name: Ana Example',
    '    aliases: [Example]',
    '    roles:',
    '      - { title: head-of-government, principal: MDA, from: 2031-01, to: null }',
    '  - id: jens-stoltenberg',
    '    name: Jens Stoltenberg',
    '    roles:',
    '      - { title: other, principal: NOR, from: 1990, to: null }',
    'organisations:',
    '  - { id: NATO, name: North Atlantic Treaty Organization, aliases: [the Pact] }',
    '  - { id: XYZ-LEAGUE, name: League of Example States, aliases: [LES] }',
  ].join('\n'));
  const g = loadGazetteer({ dictFiles: [file] });
  assert.equal(g.persons.get('ana-example')?.roles[0]?.principal, 'MDA');
  assert.equal(g.persons.get('jens-stoltenberg')?.roles.length, 1);
  assert.ok(g.organisations.has('XYZ-LEAGUE'));
  const nato = g.organisations.get('NATO');
  assert.ok(nato?.aliases.includes('the Pact') && !nato.aliases.includes('the Alliance'));
  // The default gazetteer is untouched.
  assert.equal(loadGazetteer().persons.has('ana-example'), false);
});

test('a --dict file may add aliases to a country the package has', () => {
  const file = dictFile('country.yaml', 'countries:\n  - { id: SRB, aliases: [Serbistan] }\n');
  const g = loadGazetteer({ dictFiles: [file] });
  assert.equal(g.countryByName('Serbistan')?.id, 'SRB');
  assert.equal(g.countryByName('Serbia')?.id, 'SRB');
});

test('a bad --dict file is refused with file, line and field', () => {
  const file = dictFile('bad.yaml', [
    'persons:',
    '  - id: someone',
    '    name: Some One',
    '    roles:',
    '      - { title: emperor, principal: SRB, from: 2001 }',
  ].join('\n'));
  assert.throws(
    () => loadGazetteer({ dictFiles: [file] }),
    (e: unknown) =>
      e instanceof DyadError && e.code === 'DATA_SCHEMA' && e.place?.file === file && e.place.line === 5 &&
      e.place.field === '/persons/0/roles/0/title',
  );
});

test('a --dict file with an unknown section, or a new country without a name, is refused', () => {
  const unknown = dictFile('unknown.yaml', 'people:\n  - id: x\n');
  assert.throws(() => loadGazetteer({ dictFiles: [unknown] }), (e: unknown) => e instanceof DyadError && e.code === 'DATA_SCHEMA');
  const nameless = dictFile('nameless.yaml', 'countries:\n  - { id: QQQ }\n');
  assert.throws(
    () => loadGazetteer({ dictFiles: [nameless] }),
    (e: unknown) => e instanceof DyadError && e.code === 'DATA_SCHEMA' && e.place?.file === nameless,
  );
});

test('a --dict file naming an unknown principal is refused with file, line and field', () => {
  const file = dictFile('typo.yaml', [
    'persons:',
    '  - id: someone-else',
    '    name: Someone Else',
    '    roles:',
    '      - { title: other, principal: NATO, from: 2001 }',
    '      - { title: foreign-minister, principal: SRBB, from: 2002 }',
  ].join('\n'));
  assert.throws(
    () => loadGazetteer({ dictFiles: [file] }),
    (e: unknown) =>
      e instanceof DyadError && e.code === 'UNKNOWN_ACTOR' && e.place?.file === file && e.place.line === 6 &&
      e.place.field === '/persons/0/roles/1/principal',
  );
  // An organisation the same file defines is a known principal.
  const own = dictFile('own-org.yaml', [
    'organisations:',
    '  - { id: LEAGUE, name: League of Examples }',
    'persons:',
    '  - { id: league-head, name: League Head, roles: [{ title: secretary-general, principal: LEAGUE, from: 2020 }] }',
  ].join('\n'));
  assert.equal(loadGazetteer({ dictFiles: [own] }).persons.get('league-head')?.roles[0]?.principal, 'LEAGUE');
});
