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
  assert.deepEqual(dictionaryEvents('In 2008 Chadian rebels injured three Sudanese guards in a grenade attack near Adre.'), ['190 TCD->SDN']);
  assert.deepEqual(dictionaryEvents('In 2008 Chadian rebels injured most Sudanese guards in a grenade attack near Adre.'), []);
});

test('a party inside an infinitive past an unnamed phrase is that infinitive\'s, not the verb\'s', () => {
  assert.deepEqual(dictionaryEvents('In 2004 the Brazilian president faced pressure from the unions to help Bolivia.'), []);
  assert.deepEqual(dictionaryEvents('In 2004 the Brazilian president faced pressure from Argentina to help Bolivia.'), ['100 ARG->BRA']);
});

test('an agent\'s word an actor file lists under one country ("the Senate") names no country by itself', () => {
  assert.deepEqual(dictionaryEvents('In 2004 the Senate faced pressure from Argentina to act.'), []);
  // Beside the one country's officer its sentence names, it is that country's own: a domestic act.
  assert.deepEqual(dictionaryEvents('In 2004 the Brazilian president faced pressure from the Senate to act.'), ['100 BRA->BRA']);
});

test('two actors of one country act on each other: a domestic event', () => {
  // past a comma, a part of the same country belongs to another clause (the reporting one here)
  assert.deepEqual(dictionaryEvents('A first contingent of Ugandan soldiers has arrived, an army spokesman in Kampala said.'), []);
  // the sources' own part, named by a possessive, is what they act with
  assert.deepEqual(dictionaryEvents('In 1989 Vietnam withdrew its soldiers from Cambodia.').filter((e) => e.endsWith('VNM->VNM')), []);
  assert.deepEqual(dictionaryEvents('Ghanaian nurses appealed to the Ghanaian government in 2015 to pay their arrears.'), ['0234 GHA->GHA']);
});

test('a country named twice is not an event with itself', () => {
  assert.deepEqual(dictionaryEvents('Ghana appealed to Ghana in 2015 to pay their arrears.'), []);
});

test('with no party acted on, a place in the verb\'s first phrase is the one acted on; one further down is not', () => {
  assert.deepEqual(dictionaryEvents('A first contingent of Ugandan soldiers has arrived in Somalia, an army spokesman in Kampala said.'), ['072 UGA->SOM']);
  assert.deepEqual(dictionaryEvents('A first contingent of Ugandan soldiers has arrived at the port in Somalia, an army spokesman in Kampala said.'), []);
});

test('a pronoun after a reporting verb, past what dates the saying, stands for the reporter; a noun does not', () => {
  assert.deepEqual(dictionaryEvents('Chile said on Monday it would send troops to Peru.'), ['0312 CHL->PER']);
  assert.deepEqual(dictionaryEvents('Chile said such a step by Bolivia would anger Peru.'), []);
});

test('a name the tagger keeps whole across a hyphen is found as the dictionaries write it, not a part inside the word', () => {
  assert.deepEqual(dictionaryEvents('The Inter-American Development Bank lent 300 million dollars to Ecuador in 2003.'), ['071 IGO->ECU']);
  assert.deepEqual(dictionaryEvents('In 2003 pro-Ecuadorian groups lent money to Peru.'), []);
});
