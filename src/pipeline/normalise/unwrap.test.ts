import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unwrapLines } from './index.js';

const WRAPPED = [
  'Ghana and Togo held talks in Lome on border trade in the early spring of',
  '2014, and both ministers of Ghana and Togo met again in Accra in the',
  'same year to sign the accord on the crossing points in the north.',
  'The talks between the Ghanaian government and North',
  'Macedonia opened in Skopje in May 2012 after the long delay of a year.',
].join('\n');

test('a hard-wrapped paragraph is read as one: its line breaks become spaces, offsets unchanged', () => {
  const out = unwrapLines(WRAPPED);
  assert.equal(out.length, WRAPPED.length);
  assert.match(out, /spring of 2014, and/);
  assert.match(out, /government and North Macedonia opened/);
  // A line that ends a sentence before a capital keeps its break.
  assert.match(out, /in the north\.\nThe talks/);
});

test('breaks stay before list items and table rows, after short lines (headings), and in a chronology of sentence lines', () => {
  const list = [
    'Timeline of Peru and Chile',
    '',
    'The two governments met several times over the maritime border in those',
    '- 2008: Peru took the dispute to the court in The Hague over the sea line.',
    '- 2014: The court drew a new line between the two countries at the coast.',
    '| 2015 | Both countries accepted the ruling and marked the new sea line |',
    '2016: Chile and Peru signed a memorandum on fishing rights at the border.',
    '2017: Peru and Chile held joint naval exercises off the coast near Arica.',
  ].join('\n');
  assert.equal(unwrapLines(list), list);
});

test('text written one paragraph per line is left as it is', () => {
  const long = 'Bolivia and Paraguay signed a long agreement on the Chaco border, with clauses on trade, water, roads and the settlement of every remaining claim of either side.';
  const text = [long, 'A heading', long, long, long].join('\n');
  assert.equal(unwrapLines(text), text);
  assert.equal(unwrapLines('One line only.'), 'One line only.');
  // Short lines (front matter, a form) are no wrapped paragraph.
  const front = '---\ntitle: Croatia joins NATO\npublished: 2009-04-03\n---\n\nCroatia joined NATO on 1 April 2009.\n';
  assert.equal(unwrapLines(front), front);
});
