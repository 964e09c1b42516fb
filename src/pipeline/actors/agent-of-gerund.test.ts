import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../extract.js';

// A bare agent followed by "of" and what it did: team-written sentences with invented events.
const extractor = createExtractor();

function events(text: string): string[] {
  return extractor.extract(text, { published: '1996-11-20' }).events.map((e) => `${e.code} ${e.source.principal}->${e.target.principal}`);
}

test('"accused the government of rigging" keeps the government, of the country the sentence is about', () => {
  assert.deepEqual(events('In 1996 the Zambian opposition accused the government of rigging the vote.'), ['112 ZMB->ZMB']);
});

test('an agent named by what follows its "of" is still no agent of the context ("the army of volunteers")', () => {
  assert.deepEqual(events('In 1996 the Zambian opposition accused the army of volunteers.'), []);
});
