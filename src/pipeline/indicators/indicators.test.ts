/**
 * Indicators: percentages, counts with a unit noun, money; European thousands separators; qualifiers;
 * the subject; and the numbers that are no indicators (years, dates, ordinals, model and article numbers).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Indicator } from '../../core/model.js';
import { createExtractor } from '../extract.js';
import { parseNumeral } from './_number.js';

/** [sentence, subject, value, unit, qualifier] */
type Case = [string, string, number, string, Indicator['qualifier']];

const CASES: Case[] = [
  ['In 2019 circa 55% of Georgia\'s citizens supported membership.', 'GEO', 55, '%', 'circa'],
  ['Only 12 per cent of Hungary\'s voters backed the plan in 2016.', 'HUN', 12, '%', null],
  ['Support in Moldova reached 41 percent in 2018.', 'MDA', 41, '%', null],
  ['Over 3,000 troops from Poland served in the mission in 2004.', 'POL', 3000, 'troops', 'over'],
  ['Germany pledged €200 million to Ukraine in 2022.', 'DEU', 200_000_000, 'EUR', null],
  ['In 2015 Japan provided $1.2 billion in aid to Vietnam.', 'JPN', 1_200_000_000, 'USD', null],
  ['Norway gave USD 5 million to Moldova.', 'NOR', 5_000_000, 'USD', null],
  ['Estonia destroyed 2.500 tons of old ammunition in 2012.', 'EST', 2500, 't', null],
  ['Kosovo was recognised by 97 UN member states.', 'XKX', 97, 'states', null],
  ['Recognition of Kosovo was withheld by 5 EU members.', 'XKX', 5, 'states', null],
  ['In 2013 Syria saw 2.5 million people flee.', 'SYR', 2_500_000, 'people', null],
  ['Nearly 800 km of the border between Finland and Russia was fenced.', 'FIN', 800, 'km', 'nearly'],
  ['At least 40 tonnes of aid reached Armenia in 2020.', 'ARM', 40, 't', 'at least'],
  ['Inspectors counted 212.5 kg of enriched uranium in Libya in 2004.', 'LBY', 212.5, 'kg', null],
  ['Paraguay seized some 900 kilograms of cocaine in 2019.', 'PRY', 900, 'kilograms', 'circa'],
  ['The fence along Finland\'s frontier runs for no more than 40 kilometres.', 'FIN', 40, 'km', 'up to'],
  // A sum belongs to whoever gives it, an organisation too, not to the place it goes to.
  ['The EU pledged €50 million for refugees in Chad.', 'EU', 50_000_000, 'EUR', null],
  // People counted with their nationality are that country's, not the place where it happened; a
  // vague class of people is reported by the noun the text counts.
  ['A plane crashed in Nepal in 2023, killing 72 passengers from India.', 'IND', 72, 'passengers', null],
  ['Some 400 Ukrainian refugees reached Moldova in 2022.', 'UKR', 400, 'refugees', 'circa'],
  ['Turkey hosts more than 3,000 Afghan refugees.', 'TUR', 3000, 'refugees', 'over'],
];

const extractor = createExtractor();
const show = (xs: Indicator[]): string => xs.map((i) => `${i.subject} ${i.value} ${i.unit} ${i.qualifier ?? ''}`).join('; ') || 'none';

describe('indicators', () => {
  for (const [sentence, subject, value, unit, qualifier] of CASES) {
    it(sentence, () => {
      const { indicators } = extractor.extract(sentence, { published: '2024-01' });
      const hit = indicators.find((i) => i.unit === unit && Math.abs(i.value - value) <= value * 1e-9);
      assert.ok(hit, `expected ${value} ${unit}; got ${show(indicators)}`);
      assert.equal(hit.subject, subject);
      assert.equal(hit.qualifier, qualifier);
      assert.ok(hit.metric.length > 0, 'a metric phrase');
      assert.ok(sentence.includes(hit.evidence.text));
    });
  }

  for (const sentence of [
    'In 2019 Georgia joined the programme.',
    'On 12 March 2004 Slovakia celebrated.',
    'Poland bought MiG-29 fighters from Germany.',
    'Turkey invoked Article 5 in 2003.',
    'Serbia cited Resolution 1244 often.',
    'The 3rd brigade of Lithuania trained with Latvia.',
    'Georgia had 3 options in 2008.',
    'The 27 member states of the EU agreed on the budget for Croatia.',
  ]) {
    it(`gives none for: ${sentence}`, () => {
      assert.equal(show(extractor.extract(sentence, { published: '2024-01' }).indicators), 'none');
    });
  }
});

describe('parseNumeral', () => {
  it('reads a point followed by three digits as a thousands separator', () => {
    assert.equal(parseNumeral('2.000'), 2000);
    assert.equal(parseNumeral('1.234.567'), 1234567);
  });
  it('reads commas as thousands separators and a lone decimal point or comma as decimals', () => {
    assert.equal(parseNumeral('2,000'), 2000);
    assert.equal(parseNumeral('2.5'), 2.5);
    assert.equal(parseNumeral('10,5'), 10.5);
    assert.equal(parseNumeral('1.234,5'), 1234.5);
  });
  it('gives null for what is not a plain number', () => {
    assert.equal(parseNumeral('MiG-29'), null);
    assert.equal(parseNumeral('3rd'), null);
    assert.equal(parseNumeral('abc'), null);
  });
});
