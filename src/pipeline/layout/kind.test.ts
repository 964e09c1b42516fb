import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentKind } from './index.js';

test('a "Press release" mark in the header or the title makes a press release', () => {
  assert.equal(documentKind('Ministry of Foreign Affairs | Press release\n\nPublished: 14 May 2019\n\nChile and Peru signed a fisheries agreement.'), 'press-release');
  assert.equal(documentKind('Chile and Peru sign a fisheries agreement\n\nThe two ministers met in Lima.', 'Fisheries agreement | Press corner'), 'press-release');
  // Named in a body sentence, or in the front matter's sources, it is no mark of this document.
  assert.equal(documentKind('Chile and Peru signed a fisheries agreement, the ministry said in a press release.\n\nThe talks took a year.'), 'brief');
  assert.equal(documentKind('---\ntitle: Chile and Peru\nsource: ministry press releases of 2019\n---\n\nChile and Peru signed a fisheries agreement in 2019.'), 'brief');
});

test('a wire dateline or a byline makes a news report', () => {
  assert.equal(documentKind('ACCRA, May 14 (Gulf Wire) – Ghana and Togo reopened their border on Tuesday.'), 'news');
  assert.equal(documentKind('LOME (Gulf Wire) – Togo reopened its border.'), 'news');
  assert.equal(documentKind('Ghana and Togo reopen border\nBy the West Africa desk\n\nThe border opened on Tuesday.'), 'news');
  // "By 2008, …" opens a sentence, not a byline.
  assert.equal(documentKind('Ghana and Togo\n\nBy 2008, the two had signed four accords.'), 'brief');
});

test('a timeline heading or a run of dated entries makes a chronology; anything else is a brief', () => {
  assert.equal(documentKind('Timeline of Ghana–Togo relations\n\nThe main steps since 1990.'), 'chronology');
  const entries = ['12 March 1994 – Ghana and Togo open talks.', '1996: A border commission is set up.', '• June 5th, 1998: The border is closed.', '- On July 2, the border reopens.'];
  assert.equal(documentKind(`Ghana and Togo\n\n${entries.join('\n\n')}`), 'chronology');
  assert.equal(documentKind('Ghana and Togo: a difficult decade\n\nIn 1994 the two opened talks. In 1996 a border commission was set up. The border was closed in 1998.'), 'brief');
  // Entries at the foot of a text count too, against all its lines: four of twelve make it one, three of eleven not.
  const prose = Array.from({ length: 7 }, (_, k) => `Negotiators met again in the capital for round ${k + 1} and made little progress.`);
  assert.equal(documentKind(['Ghana and Togo', ...prose, ...entries].join('\n\n')), 'chronology');
  assert.equal(documentKind(['Ghana and Togo', ...prose, ...entries.slice(0, 3)].join('\n\n')), 'brief');
});

test('a place-and-date line under the title, or a labelled date at the top, makes a release', () => {
  assert.equal(documentKind('Statement on Ghana and Togo\n\nAccra, 12 March 2013\n\nThe Union urges Togo to reopen the border.'), 'press-release');
  assert.equal(documentKind('Ministry of Foreign Affairs of Uruguay\nPublished: 14 October 2015\n\nUruguay calls the permit illegal.'), 'press-release');
  // A sentence that opens with a place and a date is no such line.
  assert.equal(documentKind('Ghana and Togo\n\nIn Accra, on 12 March 2013, the two ministers met.'), 'brief');
});

test('a joint statement\'s title makes it speak, as a release does, on its own day', () => {
  assert.equal(documentKind('Joint Declaration of Guyana and Suriname on the river border\n\n1. Guyana commits to help Suriname dredge the channel.'), 'press-release');
  // Named in a body sentence, it is no mark of this document.
  assert.equal(documentKind('Guyana and Suriname: notes\n\nThe two ministers signed a joint statement on the river border in 2009.'), 'brief');
});
