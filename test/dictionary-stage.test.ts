/**
 * The dictionary stage in the pipeline: where the team's rules give nothing, the bundled CAMEO verb
 * patterns code a plain statement, and the event names its dictionary entry; where the team's rules
 * fire, the dictionaries add nothing.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createExtractor } from '../src/pipeline/extract.js';

const ex = createExtractor();
const events = (text: string) => ex.extract(text, { published: '2012-05-01' }).events;

test('a sentence only the CAMEO patterns know is coded, its rule the file and line of the pattern', () => {
  const [e, ...rest] = events('Japan rushed aid to Indonesia.');
  assert.equal(rest.length, 0);
  assert.deepEqual([e?.source.principal, e?.target.principal, e?.code], ['JPN', 'IDN', '070']);
  assert.match(e?.rule ?? '', /^dictionary:CAMEO\.2\.0\.txt:\d+$/);
  assert.ok((e?.confidence ?? 1) < 0.7, 'below the team rules');
});

test('negated or modal statements give no dictionary event', () => {
  assert.deepEqual(events('Japan did not rush aid to Indonesia.'), []);
  assert.deepEqual(events('Japan might rush aid to Indonesia.'), []);
});

test("where the team's rules fire, the dictionaries add nothing", () => {
  const list = events('Russia expelled Georgian diplomats.');
  assert.ok(list.length > 0);
  assert.ok(list.every((e) => !e.rule.startsWith('dictionary:')));
});
