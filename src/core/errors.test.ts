import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DyadError, formatPlace } from './errors.js';

test('an error names its place as file:line:column and its field', () => {
  assert.equal(formatPlace({ file: 'a.yaml', line: 3, column: 7, field: '/persons/0' }), 'a.yaml:3:7 field /persons/0');
  assert.equal(formatPlace({ line: 12 }), 'line 12');
  assert.equal(formatPlace(undefined), '');
});

test('describe() gives the place, the message, the code and the hint', () => {
  const e = new DyadError('INPUT_EMPTY', 'the file is empty', { place: { file: 'x.txt' }, hint: 'Give it text.' });
  assert.equal(e.describe(), 'x.txt: the file is empty [INPUT_EMPTY]\n  Give it text.');
});
