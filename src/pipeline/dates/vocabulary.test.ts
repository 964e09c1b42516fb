import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DyadError } from '../../core/errors.js';
import { dataPath } from '../../core/paths.js';
import { datedContext } from './_testing.js';
import { loadVocabulary } from './index.js';

const defaultText = readFileSync(dataPath('dates', 'vocabulary.yaml'), 'utf8');

const dir = mkdtempSync(join(tmpdir(), 'dyad-vocab-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let written = 0;

function write(text: string): string {
  const file = join(dir, `vocabulary-${++written}.yaml`);
  writeFileSync(file, text);
  return file;
}

test('another vocabulary file changes what the rules read', () => {
  const file = write(defaultText.replace('  fall: { from: 9, to: 11 }\n', '  fall: { from: 9, to: 11 }\n  monsoon: { from: 6, to: 9 }\n'));
  const vocabulary = loadVocabulary(file);
  const ctx = datedContext('Floods came in the monsoon of 2010.', '2017-03', { vocabulary });
  assert.deepEqual(ctx.dates.map((d) => [d.text, d.interval.start, d.interval.end, d.interval.precision]), [
    ['the monsoon of 2010', '2010-06-01', '2010-09-30', 'season'],
  ]);
  // The default vocabulary has no monsoon: only the year is read.
  assert.deepEqual(datedContext('Floods came in the monsoon of 2010.', '2017-03').dates.map((d) => [d.text, d.interval.precision]), [['2010', 'year']]);
});

test('a vocabulary entry of the wrong shape is a DATA_SCHEMA error with its file, line and field', () => {
  const file = write(defaultText.replace('  summer: { from: 6, to: 8 }', '  summer: { from: June, to: 8 }'));
  assert.throws(
    () => loadVocabulary(file),
    (e: unknown) =>
      e instanceof DyadError &&
      e.code === 'DATA_SCHEMA' &&
      e.place?.file === file &&
      e.place.field === '/seasons/summer/from' &&
      e.place.line === defaultText.split('\n').findIndex((l) => l.startsWith('  summer:')) + 1,
  );
});
