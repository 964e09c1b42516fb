import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../extract.js';
import { headEnd, linkLists } from './index.js';

const ex = createExtractor();

const WIRE = [
  'Africa | West',
  'Ghana recalls envoy to Togo over border shooting',
  'Published: Saturday, 4 May 2019, 10:12 GMT',
  'By the Dyad Wire Accra desk',
  '',
  'ACCRA, May 4 (Dyad Wire) - Ghana recalled its ambassador from Togo on Friday after a border guard',
  'was shot near Aflao, the foreign ministry said.',
  '',
  'Related coverage',
  '- Togo expels Ghanaian traders from Lome market',
  '- Benin weighs new tariffs on Nigeria',
  '',
  '(c) 2019 Dyad Wire. Terms | Privacy',
].join('\n');

test("a report's head ends where its first paragraph of prose begins", () => {
  assert.equal(WIRE.slice(headEnd(WIRE)).startsWith('ACCRA, May 4'), true);
  // A text that opens with prose has no head; a heading over prose is one.
  assert.equal(headEnd('Ghana recalled its ambassador from Togo.\n\nThe two met in May.'), 0);
  assert.equal(headEnd('# Ghana and Togo\n\nGhana recalled its ambassador from Togo.'), '# Ghana and Togo\n\n'.length);
});

test('a line of only a link-list heading opens a list of other stories, to the next prose', () => {
  const [list] = linkLists(WIRE);
  assert.ok(list);
  assert.equal(WIRE.slice(list[0]).startsWith('Related coverage'), true);
  assert.equal(WIRE.slice(list[0], list[1]).includes('Benin weighs'), true);
  // The same words inside a sentence head nothing.
  assert.deepEqual(linkLists('Ghana and Togo signed a related accord.\n\nRead more about it later.'), []);
  assert.deepEqual(linkLists('Read more:\n\nGhana recalled its ambassador from Togo on Friday.').length, 1);
  // Its markup on either side is no part of it; a heading's words inside a longer line are none.
  assert.equal(linkLists('## **Related coverage:** ##\n\nBenin weighs its reply').length, 1);
  assert.deepEqual(linkLists(`Related coverage ${'- '.repeat(400)}of the talks\n\nBenin weighs its reply`), []);
});

test("a headline's act told again in the story is read once, from the story; a link list's not at all", () => {
  const x = ex.extract(WIRE, { path: 'wire.txt' });
  const pairs = x.events.map((e) => `${e.source.principal}>${e.target.principal} ${e.date?.start ?? '-'} ${e.evidence.text}`);
  assert.equal(x.events.filter((e) => e.source.principal === 'GHA' && e.target.principal === 'TGO').length, 1, pairs.join('\n'));
  assert.equal(x.events.find((e) => e.source.principal === 'GHA')?.date?.start, '2019-05-03');
  assert.equal(x.events.some((e) => e.source.principal === 'TGO' || e.source.principal === 'BEN'), false, pairs.join('\n'));
});

test("a headline's act the story does not tell stays", () => {
  const text = 'Ghana recalls envoy to Togo\n\nACCRA, May 4 (Dyad Wire) - Crowds gathered in the capital on Friday.';
  const x = ex.extract(text, { path: 'wire.txt' });
  assert.equal(x.events.filter((e) => e.source.principal === 'GHA' && e.target.principal === 'TGO').length, 1);
});
