import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../extract.js';

// An act the rules read as done within one principal (a protest): where it is done, and by whom.
const extractor = createExtractor();
const events = (text: string): string[] =>
  extractor.extract(text, { published: '2014-04-02' }).events.map((e) => `${e.code} ${e.source.principal}->${e.target.principal}`);

test('a protest staged in another country\'s place is against that country, for each source', () => {
  assert.deepEqual(events('Kenyan and Ugandan students staged a protest in Addis Ababa on Tuesday.'), ['141 KEN->ETH', '141 UGA->ETH']);
});

test('a protest at home stays within each source\'s own principal', () => {
  assert.deepEqual(events('Kenyan students staged a protest in Nairobi on Tuesday.'), ['141 KEN->KEN']);
  assert.deepEqual(events('Kenyan and Ugandan students staged a protest on Tuesday.'), ['141 KEN->KEN', '141 UGA->UGA']);
});
