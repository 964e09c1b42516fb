/** A pipeline's actor files are hashed and read once for everything compiled from them. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withCache } from '../../testing/cache.js';
import { ActorFiles, dictionaryHash } from './index.js';

test('an actor file is read once for every compiled form that asks for it, with its malformed lines', async () => {
  await withCache((_cacheDir, dir) => {
    const file = join(dir, 'invented.actors.txt');
    writeFileSync(file, 'VALDORIA [VAL]\nBROKEN_LINE [VAL\n');
    const files = new ActorFiles();
    const first = files.entries([file]);
    const second = files.entries([file, file]);
    assert.equal(second.actors[0], first.actors[0], 'the same entries, not read again');
    assert.equal(second.actors[1], first.actors[0]);
    assert.deepEqual(first.problems.map((p) => [p.code, p.place?.line]), [['DATA_PARSE', 2]]);
    assert.equal(second.problems.length, 2);
    assert.equal(files.hash(file), dictionaryHash('actors', file));
  });
});

test('a missing actor file is named', () => {
  assert.throws(() => new ActorFiles().hash('/nowhere/mine.actors'), (e: unknown) => e instanceof Error && 'code' in e && e.code === 'INPUT_NOT_FOUND');
  assert.throws(() => new ActorFiles().entries(['/nowhere/mine.actors']), (e: unknown) => e instanceof Error && 'code' in e && e.code === 'INPUT_NOT_FOUND');
});
