/**
 * Metric phrases: what a figure measures, as a noun phrase taken from the sentence — a share "of"
 * a group with what the group did, the measure named before the figure, the noun a figure
 * qualifies, what a sum of money is, the counted phrase — never a stray word before the number.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createExtractor } from '../extract.js';
import { gerund, gerundOf, participle } from './_metric.js';
import { loadIndicatorVocabulary } from './_vocabulary.js';

/** [sentence, value, metric] */
const CASES: [string, number, string][] = [
  ['In 2019 about 55% of Georgians supported membership.', 55, 'share of Georgians supporting membership'],
  ['Only 12 per cent of Hungarian voters backed the plan in 2016.', 12, 'share of Hungarian voters backing the plan'],
  ['In 2021, 48 percent of Latvians were opposed to the plan.', 48, 'share of Latvians opposed to the plan'],
  ['Of those polled, 64 percent favoured closer ties with Japan.', 64, 'share of those polled favouring closer ties with Japan'],
  ['Macron took 58.5 percent of the vote and Le Pen 41.5 percent.', 58.5, 'share of the vote'],
  ['Macron took 58.5 percent of the vote and Le Pen 41.5 percent.', 41.5, 'share of the vote'],
  ['With 52 percent voting in favour, Malta approved the treaty.', 52, 'share voting in favour'],
  ['The turnout in Ireland reached 53 percent.', 53, 'turnout in Ireland'],
  ['A poll put backing for EU membership among Albanians at 88 percent in 2020.', 88, 'backing for EU membership among Albanians'],
  ['The Czech government imposed a 25 percent duty on steel from Turkey.', 25, 'duty on steel from Turkey'],
  ['In 2015 Japan provided $1.2 billion in aid to Vietnam.', 1_200_000_000, 'aid'],
  ['Norway gave USD 5 million to Moldova.', 5_000_000, 'amount given'],
  ['Germany pledged €200 million to Ukraine in 2022.', 200_000_000, 'amount pledged'],
  ['Ecuador signed a loan of $900 million with China.', 900_000_000, 'loan'],
  ['The pipeline deal between Austria and Russia is worth about €3 billion.', 3_000_000_000, 'value of the pipeline deal between Austria and Russia'],
  ['Poland bought a 30 percent stake in the Lithuanian refinery for $300 million.', 300_000_000, 'price of a 30 percent stake in the Lithuanian refinery'],
  ['Estonia destroyed 2,500 tonnes of mines and shells in 2012.', 2500, 'tonnes of mines and shells'],
  ['Coal is the source of about 60 percent of India\'s energy.', 60, "share of India's energy"],
  ['In 2019 two in five Peruvians would vote to join Mercosur.', 40, 'share of Peruvians voting to join Mercosur'],
  ['A quarter of Bolivians supported the pact in 2015.', 25, 'share of Bolivians supporting the pact'],
  ['In 2021, 30 percent of Chileans trust the OAS.', 30, 'share of Chileans trusting the OAS'],
  ['In 2015 the turnout in Peru fell from 60 percent to 45 percent.', 45, 'turnout in Peru'],
  ['In 2020 Seven percent of Peruvians would not vote.', 7, 'share of Peruvians not voting'],
  ['In 2018, 46 percent of Uruguayans said they would back joining Mercosur.', 46, 'share of Uruguayans backing joining Mercosur'],
  ['In Uruguay eight in ten name inflation.', 80, 'share naming inflation'],
];

const extractor = createExtractor();

describe('indicator metric phrases', () => {
  for (const [sentence, value, metric] of CASES) {
    it(`${sentence} → ${metric}`, () => {
      const { indicators } = extractor.extract(sentence, { published: '2024-01' });
      const hit = indicators.find((i) => Math.abs(i.value - value) <= value * 1e-9);
      assert.ok(hit, `expected a figure ${value}; got ${indicators.map((i) => i.value).join(', ') || 'none'}`);
      assert.equal(hit.metric, metric);
    });
  }
});

describe('verb forms for metrics', () => {
  it('makes gerunds from lemmas, doubling a short final consonant and dropping a silent e', () => {
    assert.deepEqual(['support', 'oppose', 'win', 'lie', 'agree', 'visit'].map(gerund), ['supporting', 'opposing', 'winning', 'lying', 'agreeing', 'visiting']);
  });
  it('keeps the spelling of the text where the past form is regular', () => {
    assert.equal(gerundOf('favoured', 'favor'), 'favouring');
    assert.equal(gerundOf('agreed', 'agree'), 'agreeing');
    assert.equal(gerundOf('chose', 'choose'), 'choosing');
    assert.equal(gerundOf('applied', 'apply'), 'applying');
  });
  it('makes past participles, irregular ones from the vocabulary', () => {
    const v = loadIndicatorVocabulary();
    assert.deepEqual(['pledge', 'supply', 'donate', 'give', 'lend'].map((l) => participle(l, v)), ['pledged', 'supplied', 'donated', 'given', 'lent']);
  });
});
