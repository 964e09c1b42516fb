import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { withCache, warningsOf } from '../testing/cache.js';
import { cacheDir, codeVersion, compiledEntry, readCached, writeCached } from './data-cache.js';
import { loadDataFile } from './data-file.js';
import { DyadError } from './errors.js';

const schema = {
  type: 'object',
  required: ['people'],
  properties: { people: { type: 'array', items: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } } } },
};

test('a data file read twice gives the same value, the second time from the cache', async () => {
  await withCache((cacheDir, dataDir) => {
    const file = join(dataDir, 'people.yaml');
    writeFileSync(file, 'people:\n  - name: Ana\n  - name: Bo # a comment\n');
    const first = loadDataFile<unknown>(file, schema);
    assert.equal(readdirSync(cacheDir).length, 1);
    const second = loadDataFile<unknown>(file, schema);
    assert.deepEqual(second, first);
    assert.deepEqual(second, { people: [{ name: 'Ana' }, { name: 'Bo' }] });
  });
});

test('an edited data file is read again, not taken from the cache', async () => {
  await withCache((_cacheDir, dataDir) => {
    const file = join(dataDir, 'people.yaml');
    writeFileSync(file, 'people:\n  - name: Ana\n');
    loadDataFile(file, schema);
    writeFileSync(file, 'people:\n  - name: Cem\n');
    assert.deepEqual(loadDataFile(file, schema), { people: [{ name: 'Cem' }] });
  });
});

test('a file that fails its schema is never cached and fails every time with its line', async () => {
  await withCache((cacheDir, dataDir) => {
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

test('values JSON cannot hold (.inf) are read from YAML every time, never cached', async () => {
  await withCache((_cacheDir, dataDir) => {
    const file = join(dataDir, 'limits.yaml');
    writeFileSync(file, 'people:\n  - name: Ana\n    limit: .inf\n');
    const v = loadDataFile<{ people: { limit: number }[] }>(file, schema);
    assert.equal(v.people[0]?.limit, Infinity);
    assert.equal(loadDataFile<{ people: { limit: number }[] }>(file, schema).people[0]?.limit, Infinity);
  });
});

test('DYAD_CACHE=off reads without a cache', async () => {
  await withCache((cacheDir, dataDir) => {
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

test('a damaged entry is read again from the file with a warning, and replaced', async () => {
  await withCache(async (cacheDir, dataDir) => {
    const file = join(dataDir, 'people.yaml');
    writeFileSync(file, 'people:\n  - name: Ana\n');
    loadDataFile(file, schema);
    const [entry] = readdirSync(cacheDir);
    writeFileSync(join(cacheDir, entry ?? ''), '{"people": [{"na');
    let value: unknown;
    assert.deepEqual(await warningsOf(() => (value = loadDataFile(file, schema))), ['DYAD_CACHE_DAMAGED']);
    assert.deepEqual(value, { people: [{ name: 'Ana' }] });
    assert.deepEqual(await warningsOf(() => (value = loadDataFile(file, schema))), [], 'the entry was written again');
    assert.deepEqual(value, { people: [{ name: 'Ana' }] });
  });
});

test('a compiled entry keeps a Map; one of another shape or damaged is a miss with a warning', async () => {
  await withCache(async () => {
    const entry = compiledEntry('test-table', ['source-hash', 'compiler-1']);
    assert.ok(entry?.endsWith('.v8'));
    if (!entry) return;
    const isTable = (v: unknown): boolean => v instanceof Map;
    assert.equal(readCached(entry, isTable), undefined, 'a miss before it is written');
    writeCached(entry, new Map([['GONDOR', 1]]));
    assert.deepEqual(readCached(entry, isTable), new Map([['GONDOR', 1]]));
    writeCached(entry, ['not', 'a', 'map']);
    let value: unknown = null;
    assert.deepEqual(await warningsOf(() => (value = readCached(entry, isTable))), ['DYAD_CACHE_DAMAGED']);
    assert.equal(value, undefined);
    writeFileSync(entry, Buffer.from([0xff, 0x0f, 0x6f, 0x01]));
    assert.deepEqual(await warningsOf(() => (value = readCached(entry, isTable))), ['DYAD_CACHE_DAMAGED']);
    assert.equal(value, undefined);
  });
});

test("a compiled entry's name changes with its sources and its compiler's version", async () => {
  await withCache(() => {
    const a = compiledEntry('t', ['source-1', 'compiler-1']);
    assert.notEqual(compiledEntry('t', ['source-2', 'compiler-1']), a);
    assert.notEqual(compiledEntry('t', ['source-1', 'compiler-2']), a);
    assert.equal(compiledEntry('t', ['source-1', 'compiler-1']), a);
  });
});

test("a compiler's version is the hash of its modules' code: an edited module changes it", async () => {
  await withCache((_cacheDir, dir) => {
    const here = new URL(`file://${join(dir, 'compiler.js')}`).href;
    writeFileSync(join(dir, 'compiler.js'), 'export const a = 1;');
    writeFileSync(join(dir, '_helper.js'), 'export const b = 1;');
    const v1 = codeVersion(here, ['compiler', '_helper']);
    assert.equal(codeVersion(here, ['compiler', '_helper']), v1);
    writeFileSync(join(dir, '_helper.js'), 'export const b = 2;');
    assert.notEqual(codeVersion(here, ['compiler', '_helper']), v1);
  });
});

test('a reader beside a writer sees a whole entry or none, never half of one', async () => {
  await withCache(async () => {
    const entry = compiledEntry('race', ['x']);
    if (!entry) return assert.fail('the cache is on');
    // Big enough that writing it takes many system calls.
    const big = new Map(Array.from({ length: 200_000 }, (_, i) => [`PHRASE ${i}`, i] as const));
    const writer = new Worker(
      `const { workerData } = require('node:worker_threads');
       import(workerData.module).then(({ writeCached }) => {
         const big = new Map(Array.from({ length: 200000 }, (_, i) => ['PHRASE ' + i, i]));
         for (let i = 0; i < 15; i++) writeCached(workerData.entry, big);
       });`,
      { eval: true, workerData: { module: new URL('./data-cache.js', import.meta.url).href, entry }, env: process.env },
    );
    const done = new Promise((resolve, reject) => writer.once('exit', resolve).once('error', reject));
    let finished = false;
    void done.then(() => (finished = true));
    const warnings = await warningsOf(() => undefined);
    let reads = 0;
    while (!finished) {
      const codes = await warningsOf(() => {
        const v = readCached(entry, (x) => x instanceof Map);
        if (v !== undefined) {
          reads++;
          assert.equal((v as Map<string, number>).size, big.size);
        }
      });
      warnings.push(...codes);
    }
    assert.deepEqual(warnings, [], 'no read found a damaged entry');
    assert.ok(reads > 0, 'the entry was read while written');
    assert.deepEqual(readdirSync(join(entry, '..')), [entry.split('/').pop()], 'no temporary file is left');
  });
});

test('the cache folder: DYAD_CACHE_DIR, else XDG_CACHE_HOME/dyad, else one in the home folder; off with DYAD_CACHE=off', async () => {
  await withCache((dir) => {
    const xdg = process.env['XDG_CACHE_HOME'];
    try {
      assert.equal(cacheDir(), dir);
      delete process.env['DYAD_CACHE_DIR'];
      process.env['XDG_CACHE_HOME'] = '/somewhere/cache';
      assert.equal(cacheDir(), join('/somewhere/cache', 'dyad'));
      delete process.env['XDG_CACHE_HOME'];
      assert.match(cacheDir() ?? '', /dyad/);
      process.env['DYAD_CACHE'] = 'off';
      assert.equal(cacheDir(), null);
    } finally {
      delete process.env['DYAD_CACHE'];
      if (xdg === undefined) delete process.env['XDG_CACHE_HOME'];
      else process.env['XDG_CACHE_HOME'] = xdg;
    }
  });
});

test("writing a compiled form removes its month-old entries made from other sources, not recent ones nor other forms'", async () => {
  await withCache((cacheDir) => {
    const entry = (name: string, source: string): string => compiledEntry(name, [source]) ?? assert.fail('the cache is on');
    const old = entry('table', 'old');
    const recent = entry('table', 'recent');
    const other = entry('other-table', 'old');
    for (const e of [old, recent, other]) writeCached(e, new Map());
    const monthsAgo = new Date(Date.now() - 40 * 24 * 3600 * 1000);
    utimesSync(old, monthsAgo, monthsAgo);
    utimesSync(other, monthsAgo, monthsAgo);
    const now = entry('table', 'now');
    writeCached(now, new Map());
    assert.deepEqual(readdirSync(cacheDir).sort(), [now, recent, other].map((e) => e.split('/').pop()).sort());
  });
});
