import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorsOf } from './_testing.js';

test('"the North", "the South" name the country the document has told apart from its namesake', () => {
  assert.deepEqual(actorsOf('In 2013 Seoul protested to North Korea. Later the North shelled an island and the South answered.'),
    ['Seoul→KOR', 'North Korea→PRK', 'North→PRK', 'South→KOR']);
  assert.deepEqual(actorsOf('In 2012 Sudan clashed with South Sudan. Then the South closed its oil wells.'), ['Sudan→SDN', 'South Sudan→SSD', 'South→SSD']);
});

test('a compass word names no country before its namesakes are named, inside a longer name, or as a region', () => {
  assert.deepEqual(actorsOf('In 2013 the North shelled an island.'), []);
  assert.deepEqual(actorsOf('In 2013 North Korea fired into the South Pacific. Fighting went on in the South.'), ['North Korea→PRK']);
  // no namesake to tell apart: "the South" stays a region
  assert.deepEqual(actorsOf('In 2010 South Africa hosted the World Cup. The South welcomed the fans.'), ['South Africa→ZAF']);
});

test('a short form the document introduces names its actor afterwards: a bracketed abbreviation, a formal name\'s head', () => {
  assert.deepEqual(actorsOf('In 2015 the Republic of Moldova (RM) protested to Romania. Later RM recalled its envoy.'),
    ['Republic of Moldova→MDA', 'Romania→ROU', 'RM→MDA']);
  assert.deepEqual(actorsOf('In 2015 the Kingdom of Morocco protested to Spain. Later the Kingdom recalled its envoy.'),
    ['Kingdom of Morocco→MAR', 'Spain→ESP', 'Kingdom→MAR']);
  // two actors with the same head: neither
  assert.deepEqual(actorsOf('In 2015 the Kingdom of Morocco and the Kingdom of Spain met. Later the Kingdom spoke.'),
    ['Kingdom of Morocco→MAR', 'Kingdom of Spain→ESP']);
});
