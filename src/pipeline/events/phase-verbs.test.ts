import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../extract.js';

const extractor = createExtractor();

/** Each event as "SOURCE→TARGET code rule". */
function events(text: string): string[] {
  return extractor.extract(text, { published: '2011-05-05' }).events.map((e) => `${e.source.principal}→${e.target.principal} ${e.code} ${e.rule}`);
}

test('a gerund after a verb of phase is the act begun, with that verb\'s subject ("began deporting migrants")', () => {
  assert.deepEqual(events('On 4 May 2011, Turkey began deporting Syrian migrants.'), ['TUR→SYR 174 deport']);
});

test('a gerund after "stopped", or after an infinitive of phase ("prepared to resume shelling"), is no act of it', () => {
  assert.deepEqual(events('On 4 May 2011, Turkey stopped deporting Syrian migrants.'), []);
  assert.deepEqual(events('On 4 May 2011, the Turkish army prepared to resume shelling Syrian rebel positions.').filter((e) => e.includes(' 19')), []);
});
