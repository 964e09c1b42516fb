/**
 * The negative-cases file: sentences (negated, future, hypothetical, intended, questions, hedged,
 * aggregated, generic) that must give no event. Each line is run on its own through the whole pipeline.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { packagePath } from '../../core/paths.js';
import { createExtractor } from '../extract.js';

const FILE = packagePath('test', 'fixtures', 'negative-cases-events.txt');
const lines = readFileSync(FILE, 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l.length > 0 && !l.startsWith('#'));

const extractor = createExtractor();

describe('negative cases give no event', () => {
  it('the file has enough cases to mean something', () => {
    assert.ok(lines.length >= 30, `only ${lines.length} cases`);
  });
  for (const sentence of lines) {
    it(sentence, () => {
      const { events } = extractor.extract(sentence, { published: '2023-01' });
      assert.deepEqual(
        events.map((e) => `${e.source.principal}→${e.target.principal} ${e.code} [${e.rule}]`),
        [],
      );
    });
  }
});
