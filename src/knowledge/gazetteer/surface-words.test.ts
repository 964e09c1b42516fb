/**
 * The gazetteer's surface words come from the data cache as surfaceWords() gives them; other names
 * miss the entry, and a damaged entry is compiled again with a warning, never a crash.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { withCache, warningsOf } from '../../testing/cache.js';
import { surfaceWords } from './_fold.js';
import { fillSurfaceWords } from './_surface-words.js';
import type { Surface } from './_types.js';

const target = { type: 'place', id: 'x' } as unknown as Surface['target'];
const surfacesOf = (texts: string[]): Surface[] => texts.map((text) => ({ text, target }));
const NAMES = ['Port Velka', "the Velkan Assembly's", 'ÉTOILE du Nord', 'Mt. Karan'];

const wordsOf = (texts: string[]): unknown[] => {
  const surfaces = surfacesOf(texts);
  fillSurfaceWords(surfaces);
  return surfaces.map((s) => s.words);
};

test('surface words from the cache are those surfaceWords() gives, on a cold and a warm read', async () => {
  await withCache(() => {
    const expected = NAMES.map((t) => surfaceWords(t));
    assert.deepEqual(wordsOf(NAMES), expected, 'compiled');
    assert.deepEqual(wordsOf(NAMES), expected, 'from the cache');
  });
});

test('other names miss the cached words and are compiled again', async () => {
  await withCache((cacheDir) => {
    wordsOf(NAMES);
    const edited = [...NAMES.slice(0, 3), 'Mount Karan Pass'];
    assert.deepEqual(wordsOf(edited), edited.map((t) => surfaceWords(t)));
    assert.equal(readdirSync(cacheDir).filter((f) => f.startsWith('surface-words-')).length, 2);
  });
});

test('a surface that has its words keeps them', async () => {
  await withCache(() => {
    const surfaces = surfacesOf(NAMES);
    const own = { folds: ['own'], rules: [0] } as Surface['words'];
    surfaces[1]!.words = own;
    fillSurfaceWords(surfaces);
    assert.equal(surfaces[1]!.words, own);
    assert.deepEqual(surfaces[2]!.words, surfaceWords(NAMES[2]!));
  });
});

test('a damaged surface-words entry is compiled again with a warning, and replaced', async () => {
  await withCache(async (cacheDir) => {
    const expected = wordsOf(NAMES);
    const entry = join(cacheDir, readdirSync(cacheDir).find((f) => f.startsWith('surface-words-')) ?? '');
    for (const damage of ['not what V8 writes', serialize({ counts: [] })]) {
      writeFileSync(entry, damage);
      let got: unknown[] = [];
      assert.deepEqual(await warningsOf(() => (got = wordsOf(NAMES))), ['DYAD_CACHE_DAMAGED']);
      assert.deepEqual(got, expected);
      assert.deepEqual(await warningsOf(() => wordsOf(NAMES)), [], 'the entry was written again');
    }
  });
});
