/**
 * Gates only ever err open: with them, the rules find exactly what they find without them, on
 * sentences that hold every kind of date the rules read.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gateTests, SentenceGates, type Gate } from './_gates.js';
import { buildRules, findCandidates } from './_rules.js';
import { defaultVocabulary } from './_vocabulary.js';

class OpenGates extends SentenceGates {
  override has(_gate: Gate): boolean {
    return true;
  }
}

const SENTENCES = [
  'Lithuania signed the accord on 2004-03-29 and ratified it on 12.05.2004.',
  'On 5 March 2011 Croatia closed a chapter; on March 7, 2011 it opened another.',
  'Talks ran from January 2013 to December 2016 and again between May and July 2018.',
  'In the 2008-2012 period, and again in 2014–16, Chile hosted the drills.',
  'In mid-2007 and in the first half of 2009 Peru reformed its army; in the late 1990s it had not.',
  'The summer of 2005 was calm, but in the winter the border closed.',
  'Two years later, and a decade after the war, the first quarter of the year saw talks.',
  'Later that year, in late November, Kenya voted; since then it has abstained.',
  'Last year and earlier this month Ghana protested; three weeks ago it relented.',
  'Vision 2020 listed 2000 troops and 1999 tonnes, not a date.',
  'In Q3 2016 and at the end of the same year Japan paid.',
];

test('the rules find the same with gates as with every gate open', () => {
  const v = defaultVocabulary();
  const rules = buildRules(v);
  const tests = gateTests(v);
  let finds = 0;
  for (const s of SENTENCES) {
    const gated = findCandidates(s, rules, v, new SentenceGates(s, tests));
    const open = findCandidates(s, rules, v, new OpenGates(s, tests));
    assert.deepEqual(gated, open, s);
    finds += gated.length;
  }
  assert.ok(finds >= SENTENCES.length * 2, `the sentences hold dates (${finds} finds)`);
});

test('a gate shuts where its cue is missing', () => {
  const g = new SentenceGates('Serbia and Hungary held talks in Szeged.', gateTests(defaultVocabulary()));
  for (const gate of ['digit', 'year', 'month', 'season', 'unit', 'then', 'twoMonths', 'twoNumbers', 'decade', 'dotted', 'iso'] as Gate[]) {
    assert.equal(g.has(gate), false, gate);
  }
  const h = new SentenceGates('From May to July 2018, in the 1990s, two years later.', gateTests(defaultVocabulary()));
  for (const gate of ['digit', 'year', 'month', 'twoMonths', 'decade', 'unit', 'later'] as Gate[]) assert.equal(h.has(gate), true, gate);
});

test('the one walk reads each gate as its pattern would', () => {
  const patterns: [Gate, RegExp][] = [
    ['digit', /\d/],
    ['year', /\d{4}/],
    ['twoNumbers', /\d{4}\D[^]*\d\d/],
    ['decade', /0['’]?s/i],
    ['dotted', /\d\.\d|(?<!\d)\d{1,2}[-/]\d/],
    ['iso', /\d{4}-/],
    ['month', /\b(?:may|sept|september|jan)\b/i],
    ['yearPart', /\b(?:late|q4|end)\b/i],
    ['later', /\b(?:later|ago|on)\b/i],
    ['opener', /\b(?:since|by|till)\b/i],
  ];
  const texts = [
    '2015', '2015.', '2015-', '12015x', '1999 and 07', '1999-07', '199 9 07', '2015a07', '2015', 'x2015 0',
    "the 1990s", "the 90's", 'the 90’S', "0'x", '0 s', '1.2', '1.', '.2', '12.05.2004', '14-03-2011', '3/4', '2011-03', '123-4',
    'MAY', 'Mayday', 'may_', '_may', 'May5', 'Sept.', 'SEPT-', 'mays', 'émay', 'maỳ', 'September and May',
    'Late', 'q4', 'Q4-2016', 'q44', 'the end', 'Later', 'agony', 'ago.', 'On', 'onto', 'since', 'bytill', 'Till',
  ];
  const tests = gateTests(defaultVocabulary());
  for (const text of texts) {
    const g = new SentenceGates(text, tests);
    for (const [gate, rx] of patterns) if (rx.test(text)) assert.equal(g.has(gate), true, `${gate} in ${JSON.stringify(text)}`);
    for (const [gate, rx] of patterns.slice(0, 6)) assert.equal(g.has(gate), rx.test(text), `${gate} in ${JSON.stringify(text)}`);
  }
  assert.equal(new SentenceGates('September and May', tests).has('twoMonths'), true);
  assert.equal(new SentenceGates('Septembers and May', tests).has('twoMonths'), false);
});

test('"the following June" opens the step gate; a sentence without such a word shuts it', () => {
  const tests = gateTests(defaultVocabulary());
  assert.equal(new SentenceGates('The talks resumed the following June.', tests).has('step'), true);
  assert.equal(new SentenceGates('The talks resumed in June.', tests).has('step'), false);
});

test('the day gates: a day-range or day-month rule finds the same with them as with every gate open', () => {
  const v = defaultVocabulary();
  const rules = buildRules(v);
  const tests = gateTests(v);
  const sentences = [
    'The summit ran from 3 to 5 May 2019, then 10 May – 2 June 2019, and May 3-5, 2019.',
    'On 21st March 2015 and on May 7th, 2016 talks resumed; by 5 June they had stalled.',
    'In March 2015 and June 1999 nothing happened between 12 and 31.',
  ];
  for (const s of sentences) {
    const gated = findCandidates(s, rules, v, new SentenceGates(s, tests));
    assert.deepEqual(gated, findCandidates(s, rules, v, new OpenGates(s, tests)), s);
    assert.ok(gated.length >= 2, s);
  }
  const g = new SentenceGates('In March 2015 and June 1999 (a 123-page report).', tests);
  assert.equal(g.has('day'), false);
  assert.equal(new SentenceGates('from 3 to 5 May 2019', tests).has('twoDays'), true);
});

test('a month name with no number after it opens bareMonth; "May 2015", "June. 5" and "Jan" do not', () => {
  const tests = gateTests(defaultVocabulary());
  for (const text of ['They met in May.', 'That June, talks resumed', 'in late September', 'since May']) {
    assert.equal(new SentenceGates(text, tests).has('bareMonth'), true, text);
  }
  for (const text of ['They met in May 2015.', 'on June. 5', 'on June\u00a0 5th', 'in Jan', 'Mayday']) {
    assert.equal(new SentenceGates(text, tests).has('bareMonth'), false, text);
  }
});

test('the relative gate opens on the last two words of a relative expression, white space between', () => {
  const tests = gateTests(defaultVocabulary());
  for (const text of ['The following  year it joined.', 'Earlier this\nyear, talks stalled', 'the day after', 'over the weekend']) {
    assert.equal(new SentenceGates(text, tests).has('relative'), true, text);
  }
  for (const text of ['Two years later it joined.', 'The year 2000', 'the following-year plan', 'a year']) {
    assert.equal(new SentenceGates(text, tests).has('relative'), false, text);
  }
});
