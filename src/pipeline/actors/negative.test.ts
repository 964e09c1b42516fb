/** Sentences that must yield no actor, or only locations: common words that look like names. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadGazetteer } from '../../knowledge/gazetteer/index.js';
import { actorsStage } from './actors.js';
import { brief, contextOf } from './_fixture.js';

const stage = actorsStage(loadGazetteer());
const mentions = (s: string): string[] => {
  const ctx = contextOf([[s, '2014']]);
  stage(ctx);
  return brief(ctx.actors);
};

const NO_ACTOR = [
  'The alliance between the two parties collapsed after a month.',
  'A new union of the two municipalities was approved.',
  'A new government was formed after the elections.',
  'The president of the football club resigned on Monday.',
  'He thanked the secretary general of the chess federation.',
  'The shape of the agreement was unclear to us.',
  'Public opinion shifted and the authorities hesitated.',
  'The allies of the mayor voted against the plan.',
  'The prime minister of the student council spoke first.',
  'The forces of nature were against the expedition.',
  'Officials said the army of volunteers had grown.',
  'In general, the commission was satisfied.',
];

for (const s of NO_ACTOR) {
  test(`no actor in: ${s}`, () => {
    assert.deepEqual(mentions(s), []);
  });
}

const ONLY_LOCATIONS: [string, string[]][] = [
  ['The conference took place in Vienna.', ['Vienna@AUT']],
  ['Clashes were reported near Mitrovica and across the Western Balkans.', ['Mitrovica@XKX', 'the Western Balkans@?']],
  ['Snow fell over Montenegro and throughout Albania.', ['Montenegro@MNE', 'Albania@ALB']],
  ['A plant was built in the city of Kragujevac.', ['Kragujevac@SRB']],
];

for (const [s, expected] of ONLY_LOCATIONS) {
  test(`only locations in: ${s}`, () => {
    assert.deepEqual(mentions(s), expected);
  });
}

test('a body "of" a town is not that country\'s body', () => {
  assert.deepEqual(mentions('The Liberation Army of Preševo laid down its arms.'), ['Preševo@SRB']);
});

test('names that contain or resemble a country name are not that country', () => {
  assert.deepEqual(
    mentions('Island hopping, Maurice Greene and Dominique left New Jersey for Latin America and New Mexico.'),
    ['New Jersey@USA', 'Latin America@?', 'New Mexico@USA'],
  );
});

test('a demonym before a language or a dish names no actor; before territory, a place', () => {
  assert.deepEqual(mentions('The brief is also out in the Croatian language; troops stayed on Croatian territory.'), ['Croatian@HRV']);
});

test('a place naming a meeting or an instrument is neither actor nor location', () => {
  assert.deepEqual(mentions('The Riga summit endorsed the Minsk agreements and the Copenhagen criteria.'), []);
  // Talks name their parties.
  assert.deepEqual(mentions('The Tbilisi–Moscow talks resumed.'), ['Tbilisi→GEO', 'Moscow→RUS']);
});

test('stances, origins and ethnic groups are not the state', () => {
  for (const s of [
    'Pro-Georgian activists and anti-Turkish protesters marched.',
    'Turkish-backed militias and Russian-trained units were blamed.',
    'Ethnic Armenians left the region.',
    'A Kyiv-based think tank published a poll.',
  ]) assert.deepEqual(mentions(s), [], s);
});
