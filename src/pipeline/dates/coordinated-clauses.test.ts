import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../extract.js';

const extractor = createExtractor();

/** Each event's rule and date (its start, or "-"). */
function dates(text: string, published = '2013-05-05'): string[] {
  return extractor.extract(text, { published }).events.map((e) => `${e.rule} ${e.date?.start ?? '-'}`);
}

test('", and" before a new subject opens a clause with its own date: the earlier year stays with the earlier verb', () => {
  assert.deepEqual(dates('Peru applied for membership in 2004, and talks with Chile resumed in March 2006.'), ['apply-membership 2004-01-01', 'talks-open 2006-03-01']);
  assert.deepEqual(dates('Peru signed the treaty in 2004, and Chile ratified it in March 2006.'), ['sign 2004-01-01', 'sign 2006-03-01']);
});

test('a list of names before any verb is no clause: the opening year still dates the act', () => {
  assert.deepEqual(dates('In 2004 Peru, Chile, and Bolivia signed a pact.').map((d) => d.split(' ')[1]), ['2004-01-01', '2004-01-01', '2004-01-01']);
});
