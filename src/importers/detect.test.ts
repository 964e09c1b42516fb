import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { sharedFile } from '../testing/shared.js';
import { gdelt1Line, gdeltLine } from './_fixtures.js';
import { detectFormat, formatOfFirstLine, parseImportFormat } from './detect.js';

test('the real samples are told apart by header or column count', async (t) => {
  const cases: [string, string][] = [
    ['gdelt2.20191024143000.export.CSV', 'gdelt'],
    ['gdelt1.events.sample.csv', 'gdelt1'],
    ['icews.events.2018.sample.tab', 'icews'],
  ];
  for (const [name, format] of cases) {
    const f = sharedFile(t, 'peer', 'samples', name);
    if (!f) return;
    assert.equal(await detectFormat(f), format, name);
  }
});

test('first lines: GDELT 2.0 (61), 1.0 (58 and 57), ICEWS header, ACLED header, anything else', () => {
  assert.equal(formatOfFirstLine(gdeltLine()), 'gdelt');
  assert.equal(formatOfFirstLine(gdelt1Line()), 'gdelt1');
  assert.equal(formatOfFirstLine(gdelt1Line({}, true)), 'gdelt1');
  assert.equal(formatOfFirstLine(['Event ID', ...new Array(19).fill('x')].join('\t')), 'icews');
  assert.equal(formatOfFirstLine('event_id_cnty,event_date,year,event_type'), 'acled');
  assert.equal(formatOfFirstLine('a,b,c'), null);
  assert.equal(formatOfFirstLine(new Array(30).fill('x').join('\t')), null);
});

test('detection looks inside gzip files; an empty or unknown file is a clear error', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-detect-'));
  const gz = join(dir, 'x.gz');
  writeFileSync(gz, gzipSync(Buffer.from(`${gdeltLine()}\n`)));
  assert.equal(await detectFormat(gz), 'gdelt');
  const empty = join(dir, 'empty.csv');
  writeFileSync(empty, '');
  await assert.rejects(detectFormat(empty), (e: unknown) => (e as { code?: string }).code === 'INPUT_EMPTY');
  const odd = join(dir, 'odd.csv');
  writeFileSync(odd, 'hello\tworld\n');
  await assert.rejects(detectFormat(odd), (e: unknown) => (e as { code?: string; place?: { line?: number } }).code === 'IMPORT_FORMAT');
  await assert.rejects(detectFormat(join(dir, 'missing.csv')), (e: unknown) => (e as { code?: string }).code === 'INPUT_NOT_FOUND');
  assert.throws(() => parseImportFormat('polecat'), (e: unknown) => (e as { code?: string }).code === 'BAD_ARGUMENT');
});
