import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../extract.js';

// Which parties the dictionary coder ties to a clause: team-written sentences with invented events.
const extractor = createExtractor();

function dictionaryEvents(text: string): string[] {
  const { events } = extractor.extract(text, { published: '1994-05-10' });
  return events.filter((e) => e.rule.startsWith('dictionary:')).map((e) => `${e.code} ${e.source.principal}->${e.target.principal}`);
}

test('a group counted by a number is acted on as its principal; a quantified one is not', () => {
  assert.deepEqual(dictionaryEvents('Chadian rebels wounded two Sudanese soldiers in a bomb attack on Thursday.'), ['190 TCD->SDN']);
  assert.deepEqual(dictionaryEvents('Chadian rebels wounded most Sudanese soldiers in a bomb attack on Thursday.'), []);
});

test('two actors of one country act on each other: a domestic event', () => {
  assert.deepEqual(dictionaryEvents('Ghanaian teachers appealed to the Ghanaian government on Monday to let them resume classes.'), ['0234 GHA->GHA']);
});

test('a country named twice is not an event with itself', () => {
  assert.deepEqual(dictionaryEvents('Ghana appealed to Ghana on Monday to let them resume classes.'), []);
});

test('with no party acted on, a place in the verb\'s first phrase is the one acted on; one further down is not', () => {
  assert.deepEqual(dictionaryEvents('The first deployment of Kenyan peacekeeping troops have arrived in Somalia, a Kenyan army spokesman said.'), ['074 KEN->SOM', '0861 SOM->KEN']);
  assert.deepEqual(dictionaryEvents('The first deployment of Kenyan peacekeeping troops have arrived at the airport in Somalia, a Kenyan army spokesman said.'), []);
});
