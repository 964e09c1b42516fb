/** Text that looks date-like but holds no date: every sentence here must give no date mention. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datedContext } from './_testing.js';

const NO_DATE = [
  'The resolution was backed by 111 UN member states.',
  'The fund destroyed over 2.000 tons of ammunition.',
  'Over 2,500 troops took part in the drill.',
  'The army bought six MiG-29 fighters and two F-16 jets.',
  'Support for membership stands at 10% and opposition at over 70%.',
  'The server has 2 cores and 24 GB of memory.',
  'Some 1500 soldiers and 2000 civilians were moved.',
  'The programme Vision 2020 was presented in the capital.',
  'Horizon 2020 funds went to three universities.',
  'Relations have been tense for decades.',
  'The pause lasted for a year.',
  'They reached a decade-long consensus on reform.',
  'Over the course of recent years the ties grew.',
  'The minister may visit the base soon.',
  'The deal was announced recently.',
  'The road is 1850 km long.',
  'The budget rose to 2015 euros per head.',
  'Article 5 of the treaty and Resolution 1244 still apply.',
  'He said the talks could take a decade after all.',
  'In recent years the trade volume has doubled.',
  'They met again and again, now and then.',
  'Call +381 11 2015 3344 for details.',
];

test('numbers, names and durations that are not dates give no date mention', () => {
  for (const sentence of NO_DATE) {
    const ctx = datedContext(sentence, '2017-03');
    assert.deepEqual(ctx.dates.map((d) => d.text), [], sentence);
  }
});

test('without any date mention no sentence has a date', () => {
  const ctx = datedContext(NO_DATE.join(' '), '2017-03');
  assert.ok(ctx.sentenceDates.every((d) => d === null));
});
