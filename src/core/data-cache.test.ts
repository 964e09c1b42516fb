import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDataFile } from './data-file.js';
import { DyadError } from './errors.js';

const schema = {
  type: 'object',
  required: ['people'],
  properties: { people: { type: 'array', items: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } } } },
};

/** Run `fn` with the data cache in a fresh folder of its own. */
function withCache(fn: (cacheDir: string, dataDir: string) => void): void {
  const root = mkdtempSync(join(tmpdir(), 'dyad-cache-test-'));
  const before = { dir: process.env['DYAD_CACHE_DIR'], off: process.env['DYAD_CACHE'] };
  process.env['DYAD_CACHE_DIR'] = join(root, 'cache');
  delete process.env['DYAD_CACHE'];
  try {
    fn(join(root, 'cache'), root);
  } finally {
    if (before.dir === undefined) delete process.env['DYAD_CACHE_DIR'];
    else process.env['DYAD_CACHE_DIR'] = before.dir;
    if (before.off !== undefined) process.env['DYAD_CACHE'] = before.off;
    rmSync(root, { recursive: true, force: true });
  }
}

test('a data file read twice gives the same value, the second time from the cache', () => {
  withCache((cacheDir, dataDir) => {
    const file = join(dataDir, 'people.yaml');
    writeFileSync(file, 'people:\n  - name: Ana\n  - name: Bo # a comment\n');
    const first = loadDataFile<unknown>(file, schema);
    assert.equal(readdirSync(cacheDir).length, 1);
    const second = loadDataFile<unknown>(file, schema);
    assert.deepEqual(second, first);
    assert.deepEqual(second, { people: [{ name: 'Ana' }, { name: 'Bo' }] });
  });
});

test('an edited data file is read again, not taken from the cache', () => {
  withCache((_cacheDir, dataDir) => {
    const file = join(dataDir, 'people.yaml');
    writeFileSync(file, 'people:\n  - name: Ana\n');
    loadDataFile(file, schema);
    writeFileSync(file, 'people:\n  - name: Cem\n');
    assert.deepEqual(loadDataFile(file, schema), { people: [{ name: 'Cem' }] });
  });
});

test('a file that fails its schema is never cached and fails every time with its line', () => {
  withCache((cacheDir, dataDir) => {
    const file = join(dataDir, 'people.yaml');
    writeFileSync(file, 'people:\n  - name: Ana\n  - born: 1990\n');
    for (let i = 0; i < 2; i++) {
      assert.throws(
        () => loadDataFile(file, schema),
        (e: unknown) => e instanceof DyadError && e.code === 'DATA_SCHEMA' && e.place?.line === 3,
      );
    }
    assert.equal(existsSync(cacheDir) ? readdirSync(cacheDir).length : 0, 0);
  });
});

test('values JSON cannot hold (.inf) are read from YAML every time, never cached', () => {
  withCache((_cacheDir, dataDir) => {
    const file = join(dataDir, 'limits.yaml');
    writeFileSync(file, 'people:\n  - name: Ana\n    limit: .inf\n');
    const v = loadDataFile<{ people: { limit: number }[] }>(file, schema);
    assert.equal(v.people[0]?.limit, Infinity);
    assert.equal(loadDataFile<{ people: { limit: number }[] }>(file, schema).people[0]?.limit, Infinity);
  });
});

test('DYAD_CACHE=off reads without a cache', () => {
  withCache((cacheDir, dataDir) => {
    process.env['DYAD_CACHE'] = 'off';
    try {
      const file = join(dataDir, 'people.yaml');
      writeFileSync(file, 'people:\n  - name: Ana\n');
      assert.deepEqual(loadDataFile(file, schema), { people: [{ name: 'Ana' }] });
      assert.equal(existsSync(cacheDir), false);
    } finally {
      delete process.env['DYAD_CACHE'];
    }
  });
});
