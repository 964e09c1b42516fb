import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../extract.js';

// Team-written sentences with invented events between real states (other countries and years than
// the examples'), coded by the bundled CAMEO dictionary over the grammar stage's clauses.
const extractor = createExtractor();

function dictionaryEvents(text: string): string[] {
  const { events } = extractor.extract(text, { published: '2011-03-02' });
  return events.filter((e) => e.rule.startsWith('dictionary:CAMEO.2.0.txt:')).map((e) => `${e.code} ${e.source.principal}->${e.target.principal}`);
}

test('a pattern naming a noun after the verb codes the clause, with both directions of a two-sided code', () => {
  assert.deepEqual(dictionaryEvents('Uruguay shared evidence with Argentina on Tuesday.'), ['064 URY->ARG', '064 ARG->URY']);
});

test('a pronoun in a reported clause is the reporter: the act is the reported one', () => {
  assert.deepEqual(dictionaryEvents('Bolivia said on Monday it had paid ransom to Paraguayan kidnappers.'), ['080 BOL->PRY']);
});

test('a negated clause codes nothing', () => {
  assert.deepEqual(dictionaryEvents('Paraguay did not pay compensation to Bolivia.'), []);
});

test('in the passive the agent after "by" is the source', () => {
  assert.deepEqual(dictionaryEvents('Peru was engaged in a firefight by Chile.'), ['193 CHL->PER']);
});

test('a party two prepositional phrases down is not the target, unless the first is the pattern\'s own', () => {
  assert.deepEqual(dictionaryEvents('Ecuador approved a new law on the status of Colombia.'), []);
  assert.deepEqual(dictionaryEvents('Norway advised against travel to Yemen in 2014.'), ['160 NOR->YEM']);
});

test('an act in the future is coded as the intent to do it, as the team\'s statements read it', () => {
  assert.deepEqual(dictionaryEvents('Uruguay will share evidence with Argentina next month.'), ['0314 URY->ARG']);
  assert.deepEqual(dictionaryEvents('Uruguay will not share evidence with Argentina next month.'), []);
});

test('an act under an adjective of readiness is the intent, its subject the source', () => {
  assert.deepEqual(dictionaryEvents('Chile is ready to share evidence with Peru.'), ['0314 CHL->PER']);
});

test('an appeal announced in the future is made, coded as the appeal; other future acts stay intents', () => {
  assert.deepEqual(dictionaryEvents('Ecuador will ask Peru for financial aid.'), ['0231 ECU->PER']);
  assert.deepEqual(dictionaryEvents('Ecuador will not ask Peru for financial aid.'), []);
});

test('the forces a pattern names as the verb\'s object are what the source sends, not whom it acts on', () => {
  assert.deepEqual(dictionaryEvents('Senegal will send troops to Gambia, officials in Dakar said.'), ['0312 SEN->GMB']);
});

test('a past participle describing the object ("men sought in …") does not end the clause before its object', () => {
  assert.deepEqual(dictionaryEvents('Ecuador issued arrest warrants for two Peruvian men sought in the robbery of a bank in Quito.'), ['173 ECU->PER']);
  // A clause of its own under a verb of saying still ends there.
  assert.deepEqual(dictionaryEvents('Ecuador said Peruvian men fled in a boat.'), []);
});
