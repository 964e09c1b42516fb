import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../extract.js';

const extractor = createExtractor();

/** Each event's rule and date (its start, or "-"). */
function dates(text: string, published = '2023-01-10'): string[] {
  return extractor.extract(text, { published }).events.map((e) => `${e.rule} ${e.date?.start ?? '-'}`);
}

test('a year after a later verb of the object dates that verb, not the act ("accused X of breaching the accords signed in 2011")', () => {
  assert.deepEqual(dates('Paraguay accused Bolivia of breaching the water accords signed in 2009.'), ['accuse -']);
  // a participle right after the object: the treaty's year, not the suspension's
  assert.deepEqual(dates('Uruguay suspended the fisheries treaty ratified in 1997 with Argentina.').map((d) => d.split(' ')[1]), ['-']);
  // in a wire story the act keeps the dateline's day
  assert.deepEqual(dates('ASUNCION, Jan 9 (Gulf Wire) – Paraguay accused Bolivia of breaching the water accords signed in 2009.'), ['accuse 2023-01-09']);
  // a date of the act's own still dates it
  assert.deepEqual(dates('In 2014 Paraguay accused Bolivia of breaching the water accords signed in 2009.'), ['accuse 2014-01-01']);
});

test('a participle of a phrase the act happens at keeps dating the act ("agreed at talks held in May 2013")', () => {
  assert.deepEqual(dates('Paraguay and Bolivia agreed at talks held in Asuncion in May 2013 to reopen the border.').map((d) => d.split(' ')[1]), ['2013-05-01']);
});

test('a year inside the object\'s noun phrase dates the thing it names, not the act ("suspended its 1998 accord on Friday")', () => {
  const wire = 'MONTEVIDEO, Jan 9 (Gulf Wire) – Uruguay suspended its 2001 fishing accord with Argentina on Sunday.';
  assert.deepEqual(dates(wire).map((d) => d.split(' ')[1]), ['2023-01-08']);
  assert.deepEqual(dates('Uruguay suspended its 2001 fishing accord with Argentina in 2012.').map((d) => d.split(' ')[1]), ['2012-01-01']);
  assert.deepEqual(dates('Uruguay suspended its 2001 fishing accord with Argentina.').map((d) => d.split(' ')[1]), ['-']);
});
