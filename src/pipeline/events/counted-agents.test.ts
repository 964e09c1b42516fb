import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../extract.js';

// A sentence opening on a count of a principal's own agents: team-written sentences with invented events.
const extractor = createExtractor();

function events(text: string): string[] {
  return extractor.extract(text, { published: '1997-03-02' }).events.map((e) => `${e.code} ${e.source.principal}->${e.target.principal}`);
}

test('a sentence opening on a number of a country\'s agents reads them acting as that country', () => {
  assert.deepEqual(events('Forty Malian soldiers attacked Mauritanian border posts in 1997.').map((e) => e.split(' ')[1]), ['MLI->MRT']);
  assert.deepEqual(events('Three hundred Burundian rebels attacked Tanzanian border villages in 1997.').map((e) => e.split(' ')[1]), ['BDI->TZA']);
});

test('a counted country word or organisation\'s members still act as no one', () => {
  assert.deepEqual(events('In 1997, 40 OAU member states condemned Burundi.'), []);
  assert.deepEqual(events('Forty Malian trawlers attacked Mauritanian border posts in 1997.'), []);
});
