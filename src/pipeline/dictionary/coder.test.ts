import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readActorDictionary, readAgentDictionary, readVerbDictionary } from '../../knowledge/petrarch/index.js';
import { segmentText } from '../segment/index.js';
import { buildActorFinder, buildVerbIndex, codeSentence, findActors, PrincipalOfCode, WordForms } from './index.js';

// Team-written dictionaries with invented states, in the PETRARCH formats.
const verbs = readVerbDictionary(
  `&AID
+AID
+ASSISTANCE

---  RESTORE  [---]  ---
RESTORE
RENEW
- * {DIPLOMATIC TIES}      [064]
- * &AID (TO +)            [070]

---  VISIT  [042:043]  ---
VISIT

---  ATTACK  [190]  ---
ATTACK
+CORDON_OFF {+CORDONED_OFF}  [1721]

---  SAY  [---]  ---
SAY {SAID SAYING SAYS}
`,
  'fixture.verbs',
).value;
const actors = readActorDictionary(
  `VALDORIA [VAL]
+VALDORIAN
KESTRA [KES]
ORLAND [ORL]
MARA_TELL
\t[VALGOV 20100101-20151231]
\t[VALELI]
`,
  'fixture.actors',
).value;
const agents = readAgentDictionary('GOVERNMENT [~GOV]\nSOLDIER [~MIL]\nAID_AGENCY [NGO~]\n', 'fixture.agents').value;

const index = buildVerbIndex([verbs]);
const forms = new WordForms(index);
const finder = buildActorFinder([actors], [agents]);

function code(text: string, date: string | null = '2012-05-01'): string[] {
  const out: string[] = [];
  for (const s of segmentText(text)) {
    const words = forms.wordsOf(s.tokens);
    for (const e of codeSentence(index, words, findActors(finder, words, date))) out.push(`${e.source.codes[0]} ${e.target.codes[0]} ${e.code}`);
  }
  return out;
}

test('a pattern after the verb gives its code; the subject is the source, the actor after it the target', () => {
  assert.deepEqual(code('Valdoria restored diplomatic ties with Kestra on Monday.'), ['VAL KES 064']);
  assert.deepEqual(code('Valdoria restored full diplomatic ties with Kestra.'), ['VAL KES 064'], 'a word inside the phrase');
});

test('a synset and a prepositional phrase with the target marked', () => {
  assert.deepEqual(code('Valdoria renewed assistance to Kestra.'), ['VAL KES 070']);
});

test('no pattern and a null block code: nothing; a block code with two halves: both directions', () => {
  assert.deepEqual(code('Valdoria restored the old bridge near Kestra.'), []);
  assert.deepEqual(code('Valdoria visited Kestra.'), ['VAL KES 042', 'KES VAL 043']);
});

test('passive voice: the agent after "by" is the source', () => {
  assert.deepEqual(code('Kestra was attacked by Valdoria.'), ['VAL KES 190']);
});

test('compound subjects and targets give one event per pair', () => {
  assert.deepEqual(code('Valdoria and Orland attacked Kestra.'), ['VAL KES 190', 'ORL KES 190']);
  assert.deepEqual(code('Valdoria and Orland restored diplomatic ties.'), ['VAL ORL 064', 'ORL VAL 064']);
});

test('agents join their actor; dated codes follow the sentence date', () => {
  assert.deepEqual(code("Valdoria's government attacked Kestra."), ['VALGOV KES 190']);
  assert.deepEqual(code('Soldiers from Valdoria attacked Kestra.'), ['VALMIL KES 190']);
  assert.deepEqual(code('Mara Tell visited Kestra.', '2012-05-01'), ['VALGOV KES 042', 'KES VALGOV 043']);
  assert.deepEqual(code('Mara Tell visited Kestra.', '2019-05-01'), ['VALELI KES 042', 'KES VALELI 043']);
});

test('a multi-word verb is found with its particle', () => {
  assert.deepEqual(code('Valdoria cordoned off the roads into Kestra.'), ['VAL KES 1721']);
});

test('a later clause with its own subject does not give this verb a target', () => {
  assert.deepEqual(code('Valdoria attacked the town, a Kestra official said.'), []);
});

test('CAMEO actor codes map to principals: countries by ISO code, IGOs by their most specific group', () => {
  const p = new PrincipalOfCode();
  const at = (code: string, day = '2005-01-01'): string => p.at(code, day);
  assert.deepEqual(
    ['USAGOV', 'ROMGOV', 'IGOWSTNAT', 'IGOUNODEVWBK', 'IGOUNO', 'IGOEURSCE', 'NGOARN', 'MNCUSA', 'IGO', 'EUR'].map((c) => at(c)),
    ['USA', 'ROU', 'NATO', 'WB', 'UN', 'OSCE', 'NGO', '', 'IGO', ''],
  );
  assert.equal(at('YUGGOV', '1990-06-01'), 'YUG');
  assert.equal(at('YUGGOV', '1999-03-24'), 'SRB');
});

test('an organisation the tables do not name is the field\'s generic IGO or NGO, and a state\'s own code stays the state', () => {
  const p = new PrincipalOfCode();
  assert.deepEqual(['IGOAFRECW', 'IGOASAAPC', 'NGOHRI', 'NGOGBRMOS', 'IGOUNO', 'CHLGOV', 'MNCJPN', 'REBCOL'].map((c) => p.at(c, '2013-05-02')),
    ['IGO', 'IGO', 'NGO', 'NGO', 'UN', 'CHL', '', '']);
});

