/**
 * Indicators: percentages, counts with a unit noun, money; European thousands separators; qualifiers;
 * the subject; and the numbers that are no indicators (years, dates, ordinals, model and article numbers).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Indicator } from '../../core/model.js';
import { createExtractor } from '../extract.js';
import { parseNumberWord, parseNumeral, parseRange } from './_number.js';

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
  ['The fence along Finland\'s frontier runs for no more than 40 kilometres.', 'FIN', 40, 'kilometres', 'up to'],
  // A sum belongs to whoever gives it, an organisation too, not to the place it goes to.
  ['The EU pledged €50 million for refugees in Chad.', 'EU', 50_000_000, 'EUR', null],
  ['In 2011 Peru accused Bolivia of paying the rebels $20 million.', 'BOL', 20_000_000, 'USD', null],
  ['In 2016 Japan lent India $1 billion.', 'JPN', 1_000_000_000, 'USD', null],
  // People counted with their nationality are that country's, not the place where it happened; a
  // vague class of people is reported by the noun the text counts.
  ['A plane crashed in Nepal in 2023, killing 72 passengers from India.', 'IND', 72, 'passengers', null],
  ['Some 400 Ukrainian refugees reached Moldova in 2022.', 'UKR', 400, 'refugees', 'circa'],
  ['Turkey hosts more than 3,000 Afghan refugees.', 'TUR', 3000, 'refugees', 'over'],
  // Numbers and shares in words.
  ['In 2021 Nine percent of Chileans had no view of the treaty.', 'CHL', 9, '%', null],
  ['A 2019 survey found that a third of Peruvians trust the OAS.', 'PER', 33.3, '%', null],
  ['By 2016 two-thirds of Estonians backed the base.', 'EST', 66.7, '%', null],
  ['In 2018 three quarters of Slovenians favoured the euro.', 'SVN', 75, '%', null],
  ['Half of Maltese voters opposed the plan in 2020.', 'MLT', 50, '%', null],
  ['In Uruguay, seven in ten respondents trust the Mercosur in 2022.', 'URY', 70, '%', null],
  ['One out of four Danes skipped the 2015 vote.', 'DNK', 25, '%', null],
  ['Ghana borrowed twenty-five million dollars in 2011.', 'GHA', 25_000_000, 'USD', null],
  // Currencies beyond the dollar, the euro and the pound; a scale written onto the number.
  ['Japan lent 1.2 trillion yen to India in 2017.', 'JPN', 1_200_000_000_000, 'JPY', null],
  ['Iceland earned some ISK 90 billion from cod in 2019.', 'ISL', 90_000_000_000, 'ISK', 'circa'],
  ['Ireland gave £300m to Kenya in 2014.', 'IRL', 300_000_000, 'GBP', null],
  ['Austria pledged €2.5bn to Albania in 2020.', 'AUT', 2_500_000_000, 'EUR', null],
  // A measure owned by a country belongs to it, not to the country it is measured in.
  ["In 2012 Chile's share of the Korean market for copper fell to 20 percent.", 'CHL', 20, '%', null],
  ["In 2020 Spain took close to half of Morocco's exports.", 'MAR', 50, '%', 'nearly'],
  // A bilateral measure is its own country's, not the other party's after "with" or "to", nor the
  // second of a pair "between A and B".
  ['Peruvian figures put goods trade with Japan at $9 billion in 2014.', 'PER', 9_000_000_000, 'USD', null],
  ['The Mexican deficit with Korea was $12 billion in 2013.', 'MEX', 12_000_000_000, 'USD', null],
  ['Two-way trade between Norway and Vietnam came to $3 billion in 2012.', 'NOR', 3_000_000_000, 'USD', null],
  ['Exports from Ghana to India rose to $4 billion in 2016.', 'GHA', 4_000_000_000, 'USD', null],
  // A share of what is consumed or held in a country, named in the share's own "of" phrase.
  ['In 2008 the dam supplied 85 percent of the power used in Laos and 6 percent of that used in Thailand.', 'THA', 6, '%', null],
  ['Laos exported power in 2008. The dam supplied 6 percent of the power used in Thailand.', 'THA', 6, '%', null],
  // A poll's share is its public's, not the country it asked about.
  ['In 2018, 47 percent of Hungarians said they trust Egypt.', 'HUN', 47, '%', null],
  ['Pollsters surveyed Czechs in 2017. Some 58 percent said they trust Mexico.', 'CZE', 58, '%', 'circa'],
  ['In 2019 Lithuanians were asked about Belarus; 40 percent of Lithuanian voters said they fear Belarus.', 'LTU', 40, '%', null],
  ['In 2014, 41 percent said they back the talks in Serbia.', 'SRB', 41, '%', null],
  ['In a 2016 poll of 1,000 Kenyan adults, 64 percent said relations with Uganda were good.', 'KEN', 64, '%', null],
  ['A survey of 900 adults in Peru was taken in 2012. Asked whether Chile was a reliable partner, 38 percent said yes.', 'PER', 38, '%', null],
  ['In a 2015 Cadem Chile poll, 44 percent of respondents opposed the deal and 39 percent backed it.', 'CHL', 39, '%', null],
  ['A poll of Ghanaian voters came out in 2019. Just over half (53 percent) backed the Togo border deal.', 'GHA', 53, '%', null],
  // The clause's own subject, not a country in a relative clause about it.
  ['Bolivia, which borders Paraguay, spends 1.5 percent of GDP on defence.', 'BOL', 1.5, '%', null],
  // The people killed are not the attacker's.
  ['Yemen accused the coalition of war crimes in 2016. A local militia said 30 people were killed in Saudi strikes.', 'YEM', 30, 'people', null],
  // Units as the text writes them: soldiers, square kilometres, the dead; a unit word inside a name is not the unit.
  ['Romania sent 120 soldiers to Mali in 2019.', 'ROU', 120, 'soldiers', null],
  ['Qatar covers 11,586 square kilometres.', 'QAT', 11_586, 'square kilometres', null],
  ['The United States sent 500 National Guard troops to Haiti in 2010.', 'USA', 500, 'troops', null],
  ['The bombing left 23 dead in Iraq in 2007.', 'IRQ', 23, 'dead', null],
  // Counts whose unit stands elsewhere: in a group after "of", in "the number of" before the number.
  ['Armenia said 9 of its soldiers died in 2021.', 'ARM', 9, 'soldiers', null],
  ['The UNHCR put the number of Malian refugees at 140,000 in 2013.', 'MLI', 140_000, 'refugees', null],
  ['By 2020 Albania had opened all 33 negotiating chapters.', 'ALB', 33, 'chapters', null],
  // People who fled are counted where they are; their nationality is where they came from.
  ['Some 650,000 Syrian refugees lived in Jordan in 2016.', 'JOR', 650_000, 'refugees', 'circa'],
  ['More than 300 Moroccan guards patrolled the fence in 2015.', 'MAR', 300, 'guards', 'over'],
  // A count in words of people is a figure where a harm follows it.
  ['In 2009 nine Nigerian tourists were kidnapped in Cameroon.', 'NGA', 9, 'tourists', null],
  ['Seven Malian civilians were killed near the Niger border in 2017.', 'MLI', 7, 'civilians', null],
  // Scale words in a row multiply: "two hundred thousand".
  ['In 2012 some two hundred thousand people left Portugal.', 'PRT', 200_000, 'people', 'circa'],
  ['Sweden gave 450 million kronor to Mozambique in 2008.', 'SWE', 450_000_000, 'SEK', null],
  ['Botswana lent 30 million rand to Namibia in 2012.', 'BWA', 30_000_000, 'ZAR', null],
  // A rate keeps its whole unit; a sum's period does not.
  ['In 2014 Angola sold oil to China at 98 dollars per barrel.', 'AGO', 98, 'USD per barrel', null],
  ['Bolivia set the gas price at 6.5 dollars per kilowatt-hour in 2014.', 'BOL', 6.5, 'USD per kilowatt-hour', null],
  ['Namibia sent 90 tonnes a day of fish to Angola in 2011.', 'NAM', 90, 't a day', null],
  ['Ghana paid Togo $40 million a year in 2009.', 'GHA', 40_000_000, 'USD', null],
  ['In 2011 Chad hosted 300 refugees, up from 120 refugees a year earlier.', 'TCD', 120, 'refugees', null],
  // Dollars of other countries.
  ['Canada pledged C$40 million to Jordan in 2018.', 'CAN', 40_000_000, 'CAD', null],
  ['Australia gave A$30 million to Tonga in 2022.', 'AUS', 30_000_000, 'AUD', null],
];

/** [sentence, subject, low, high, unit] */
type RangeCase = [string, string, number, number, string];

const RANGES: RangeCase[] = [
  ['Between 40 and 45 percent of Latvians back Georgia joining NATO.', 'LVA', 40, 45, '%'],
  ['In 2023, 30-35% of Czechs trusted the EU.', 'CZE', 30, 35, '%'],
  ['Peru spent 2 to 3 billion dollars on its navy in 2010.', 'PER', 2_000_000_000, 3_000_000_000, 'USD'],
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

  for (const [sentence, subject, low, high, unit] of RANGES) {
    it(`stores both ends of the range: ${sentence}`, () => {
      const found = extractor.extract(sentence, { published: '2024-01' }).indicators.filter((i) => i.unit === unit);
      assert.deepEqual(found.map((i) => [i.subject, i.value, i.qualifier]), [[subject, low, 'at least'], [subject, high, 'up to']], show(found));
      assert.ok(found.every((i) => /lower bound|upper bound/.test(i.metric)), found.map((i) => i.metric).join('; '));
    });
  }

  it('reads a count in words with no harm after it, or a group the reader knows, as prose', () => {
    for (const sentence of ['In 2012 two people familiar with the talks between Laos and Thailand spoke to us.', 'In 2005 the two Bhutanese soldiers were killed in Nepal.']) {
      const found = extractor.extract(sentence, { published: '2024-01' }).indicators;
      assert.deepEqual(found, [], show(found));
    }
  });

  it('reads a change in percentage points as no percentage', () => {
    const found = extractor.extract('Trade between Peru and Chile fell by about two percentage points in 2018.', { published: '2024-01' }).indicators;
    assert.deepEqual(found.filter((i) => i.unit === '%'), [], show(found));
  });

  for (const [sentence, subject, yes, no] of [
    ['The Polish Sejm voted 390 to 12 to ratify the accord in 2015.', 'POL', 390, 12],
    ["Argentina's Senate approved the pact by a vote of 52-10 in 2009.", 'ARG', 52, 10],
  ] as const) {
    it(`reads both tallies of a vote: ${sentence}`, () => {
      const found = extractor.extract(sentence, { published: '2024-01' }).indicators;
      assert.deepEqual(found.map((i) => [i.subject, i.value, i.unit, i.metric]), [[subject, yes, 'votes', 'votes in favour'], [subject, no, 'votes', 'votes against']], show(found));
    });
  }

  it('reads a rise from one figure to another as a change, not a range', () => {
    const found = extractor.extract('Support in Bolivia rose from 40 to 45 percent in 2019.', { published: '2024-01' }).indicators;
    assert.equal(show(found), 'BOL 45 % ');
  });

  for (const sentence of [
    'In 2019 Georgia joined the programme.',
    // Small counts in words are prose, not figures; halves of a year or of a figure given before are no shares.
    'Two countries, Peru and Chile, signed in 2011.',
    'In the first half of 2019 Chile hosted the talks.',
    'Chile exported copper in 2010, half of it to Japan.',
    'A quarter of a century later Bolivia returned.',
    'The party won 45 seats in Ecuador in 2021.',
    'On 12 March 2004 Slovakia celebrated.',
    'Poland bought MiG-29 fighters from Germany.',
    'Turkey invoked Article 5 in 2003.',
    'Serbia cited Resolution 1244 often.',
    'Brazil cited Chapter 7 of the charter in 2012.',
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
  it('reads a range written as one token and numbers written as words', () => {
    assert.deepEqual(parseRange('40-45'), { low: 40, high: 45 });
    assert.deepEqual(parseRange('2.5\u20133'), { low: 2.5, high: 3 });
    assert.equal(parseRange('45-40'), null);
    const words = new Map([['twenty', 20], ['five', 5], ['seven', 7]]);
    assert.equal(parseNumberWord('seven', words), 7);
    assert.equal(parseNumberWord('twenty-five', words), 25);
    assert.equal(parseNumberWord('five-twenty', words), null);
  });
  it('gives null for what is not a plain number', () => {
    assert.equal(parseNumeral('MiG-29'), null);
    assert.equal(parseNumeral('3rd'), null);
    assert.equal(parseNumeral('abc'), null);
  });
});
