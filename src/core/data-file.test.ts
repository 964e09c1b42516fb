import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDataText } from './data-file.js';
import { DyadError } from './errors.js';

const schema = {
  type: 'object',
  required: ['people'],
  additionalProperties: false,
  properties: {
    people: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name'],
        additionalProperties: false,
        properties: { name: { type: 'string' }, born: { type: 'integer' } },
      },
    },
  },
};

test('a valid YAML data file loads as its value', () => {
  const v = parseDataText<{ people: { name: string }[] }>('people:\n  - name: Ana\n', schema, 'p.yaml');
  assert.deepEqual(v, { people: [{ name: 'Ana' }] });
});

test('a schema error names the file, the line and the field', () => {
  const text = 'people:\n  - name: Ana\n  - name: Bo\n    born: "soon"\n';
  assert.throws(
    () => parseDataText(text, schema, 'p.yaml'),
    (e: unknown) =>
      e instanceof DyadError && e.code === 'DATA_SCHEMA' && e.place?.line === 4 && e.place.field === '/people/1/born',
  );
});

test('a syntax error names the line', () => {
  assert.throws(
    () => parseDataText('people:\n  - name: [unclosed\n', schema, 'p.yaml'),
    (e: unknown) => e instanceof DyadError && e.code === 'DATA_PARSE' && typeof e.place?.line === 'number',
  );
});
