import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../extract.js';
import { statedPublished } from './index.js';

test('a labelled date line near the top gives the document its date', () => {
  assert.equal(statedPublished('Last updated: 03-Feb-2011 | Press release |\n\nThe ministers of Chile and Peru met in Lima.'), '2011-02-03');
  assert.equal(statedPublished('Ghana and Togo reopen border\nPublished: Tuesday 14 May 2019 10:32 GMT\n\nThe border opened.'), '2019-05-14');
  assert.equal(statedPublished('**Posted on** 2 June 2020\n\nKenya and Uganda signed a rail accord.'), '2020-06-02');
  assert.equal(statedPublished('Press release · Wednesday, 11 March 2020 · Accra\n\nGhana and Togo open talks on the border.'), '2020-03-11');
  assert.equal(statedPublished('Mongolia hosts talks\n\nThe talks opened in Ulaanbaatar.\n\nUpdated: March 2016'), '2016-03');
});

test('a wire dateline with its year gives the day; one without a year, or a sentence with a date, does not', () => {
  assert.equal(statedPublished('QUITO, March 3, 2015 (Reuters) – Ecuador recalled its ambassador from Colombia.'), '2015-03-03');
  assert.equal(statedPublished('NAIROBI, Kenya, 4 April 2012 – Kenya and Somalia agreed on a border commission.'), '2012-04-04');
  assert.equal(statedPublished('QUITO, March 3 (Reuters) – Ecuador recalled its ambassador.'), null);
  assert.equal(statedPublished('In 2015 Ecuador recalled its ambassador from Colombia.\n\nThe two met again on 4 April 2016.'), null);
  // A statement's place-and-date line under its title.
  assert.equal(statedPublished('Statement on Ghana and Togo\n\nAccra, 12 March 2013\n\nThe Union urges Togo to reopen the border.'), '2013-03-12');
  assert.equal(statedPublished('Statement on Ghana and Togo\n\nAccra, 2013\n\nThe Union urges Togo to reopen the border.'), null);
  // A label word inside a sentence is no label.
  assert.equal(statedPublished('Chile updated its claim on 4 April 2016 before the court.'), null);
});

test('the stated date anchors relative dates when no date is given, and yields to a given one', () => {
  const ex = createExtractor();
  const text = 'Published: 14 May 2019\n\nThe foreign ministers of Ghana and Togo met in Lome last week.';
  assert.equal(ex.extract(text).document.published, '2019-05-14');
  assert.equal(ex.extract(text, { published: '2020-01-01' }).document.published, '2020-01-01');
});

test('a wrapped page keeps its "Published:" line under the headline it would be joined to', () => {
  const ex = createExtractor();
  const text = [
    'Ghana recalls envoy to Togo over a shooting at the border post',
    'Published: Saturday, 4 May 2019, 10:12 GMT',
    '',
    'ACCRA, May 4 (Dyad Wire) - Ghana recalled its ambassador from Togo on Friday after a border',
    'guard was shot near Aflao, the foreign ministry said, and it asked the United Nations to',
    'send observers to the crossing, which has been closed to lorries since the end of April',
    'this year, when traders from both sides clashed near the customs post at the border.',
  ].join('\n');
  assert.equal(ex.extract(text).document.published, '2019-05-04');
});
