import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledDictionaryFiles, loadPetrarchDictionaries, readActorDictionary } from '../../knowledge/petrarch/index.js';
import { withCache, warningsOf } from '../../testing/cache.js';
import { buildActorFinder, codeOn, findActors, loadActorTable, PhraseTable, type ActorCodes } from './index.js';
import { splitHyphens } from './_actors.js';
import type { Word } from './_types.js';

const word = (upper: string, lemma = upper): Word => ({ upper, lemma, pos: 'PROPN' });
const words = (text: string): Word[] => text.split(' ').map((w) => word(w));

// Team-written actor dictionaries with invented states and persons, in the Phoenix format.
const ACTORS = `VALDORIA [VAL]
+VALDORIAN
VALDORIA_CENTRAL_BANK [VALBUS]
KESTRA [KES]
MARA_TELL
\t[VALGOV 20100101-20151231]
\t[VALELI]
BROKEN_LINE [VAL
`;

test('a phrase table gives the longest phrase at a word, by its text or else its lemma', () => {
  const t = PhraseTable.of([
    [['CENTRAL', 'BANK'], 'bank'],
    [['CENTRAL', 'BANK', 'OF', 'KESTRA'], 'kestra bank'],
    [['TALKS'], 'talks'],
  ]);
  assert.deepEqual(t.longest(words('THE CENTRAL BANK OF KESTRA SAID'), 1), { end: 5, value: 'kestra bank' });
  assert.deepEqual(t.longest(words('THE CENTRAL BANK OF VALDORIA'), 1), { end: 3, value: 'bank' }, 'a beginning alone is no phrase');
  assert.equal(t.longest(words('THE CENTRAL COMMITTEE'), 1), null);
  assert.deepEqual(t.longest([word('TALK')], 0), null);
  assert.deepEqual(t.longest([word('TALKED', 'TALKS')], 0), { end: 1, value: 'talks' });
});

test('in a phrase table a later phrase replaces an earlier identical one, and keeps longer ones', () => {
  const t = PhraseTable.of([
    [['KESTRA', 'ARMY'], 'army'],
    [['KESTRA'], 'first'],
    [['KESTRA'], 'second'],
  ]);
  assert.deepEqual(t.longest(words('KESTRA ARMY'), 0), { end: 2, value: 'army' });
  assert.deepEqual(t.longest(words('KESTRA SAID'), 0), { end: 1, value: 'second' });
});

test('the compiled, cached actor table finds what a table built from the entries finds', async () => {
  await withCache(async (cacheDir, dir) => {
    const file = join(dir, 'mine.actors');
    writeFileSync(file, ACTORS);
    const entries = readActorDictionary(ACTORS, 'mine.actors').value;
    const built = buildActorFinder([entries], []);
    for (let round = 0; round < 2; round++) {
      // The first round compiles and writes the cache; the second reads it.
      const { table } = loadActorTable([file]);
      assert.equal(readdirSync(cacheDir).filter((f) => f.startsWith('petrarch-actors-')).length, 1);
      const finder = { ...buildActorFinder([], []), actors: table };
      for (const text of ['THE VALDORIA CENTRAL BANK SAID', 'MARA TELL MET KESTRA', 'VALDORIAN TROOPS']) {
        for (const date of ['2012-05-01', '2020-01-01', null]) {
          assert.deepEqual(findActors(finder, words(text), date), findActors(built, words(text), date), `${text} on ${date}`);
        }
      }
      assert.equal(codeOn(table.longest(words('MARA TELL'), 0)?.value as ActorCodes, '2012-05-01'), 'VALGOV');
      assert.equal(codeOn(table.longest(words('MARA TELL'), 0)?.value as ActorCodes, '2020-01-01'), 'VALELI');
    }
  });
});

test("the compiled table gives the same codes as the entries over the bundled dictionaries' phrases", () => {
  // The user's own cache (as a start would use it), so this test compiles only when it is cold.
  const paths = bundledDictionaryFiles().actors;
  const { table } = loadActorTable(paths);
  const entries = loadPetrarchDictionaries({}, { kinds: ['actors'] }).actors;
  const built = buildActorFinder(entries, []).actors;
  let checked = 0;
  for (const e of entries.flat())
    for (const p of e.phrases) {
      // The phrase, then a word after it; and its words from the second on.
      const ws = [...splitHyphens(p), 'SAID'].map((w) => word(w));
      for (const at of [0, 1]) {
        const a = table.longest(ws, at);
        const b = built.longest(ws, at);
        assert.equal(a?.end, b?.end, p.join(' '));
        for (const date of ['1995-06-01', '2016-06-01']) assert.equal(a && codeOn(a.value, date), b && codeOn(b.value, date), p.join(' '));
      }
      checked++;
    }
  assert.ok(checked > 30000, `${checked} phrases`);
});

test('an edited actor file is compiled again; its malformed lines come back, from the cache too', async () => {
  await withCache((_cacheDir, dir) => {
    const file = join(dir, 'mine.actors');
    writeFileSync(file, ACTORS);
    for (let i = 0; i < 2; i++) {
      const { problems } = loadActorTable([file]);
      assert.deepEqual(problems.map((p) => [p.code, p.place?.file, p.place?.line]), [['DATA_PARSE', file, 8]]);
    }
    assert.equal(loadActorTable([file]).table.longest(words('ORLAND'), 0), null);
    writeFileSync(file, ACTORS + 'ORLAND [ORL]\n');
    assert.equal(loadActorTable([file]).table.longest(words('ORLAND'), 0)?.value.code, 'ORL');
  });
});

test('a damaged actor table in the cache is compiled again with a warning, not a crash', async () => {
  await withCache(async (cacheDir, dir) => {
    const file = join(dir, 'mine.actors');
    writeFileSync(file, ACTORS);
    loadActorTable([file]);
    const entry = readdirSync(cacheDir).find((f) => f.startsWith('petrarch-actors-'));
    writeFileSync(join(cacheDir, entry ?? ''), 'not what V8 writes');
    let code: string | null | undefined;
    const warnings = await warningsOf(() => (code = loadActorTable([file]).table.longest(words('KESTRA'), 0)?.value.code));
    assert.deepEqual(warnings, ['DYAD_CACHE_DAMAGED']);
    assert.equal(code, 'KES');
    assert.deepEqual(await warningsOf(() => loadActorTable([file])), [], 'the entry was written again');
  });
});

test('a missing actor file is named', () => {
  assert.throws(
    () => loadActorTable(['/nowhere/mine.actors']),
    (e: unknown) => e instanceof Error && 'code' in e && e.code === 'INPUT_NOT_FOUND',
  );
});
