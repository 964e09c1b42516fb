import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorsOf } from './_testing.js';

test('"the bloc" and "the Organisation" name the organisation named last in the sentence or the two before', () => {
  assert.deepEqual(actorsOf('SADC met in Windhoek in 2018. The bloc\'s leaders condemned Zimbabwe.'), ['SADC→SADC', 'bloc→SADC', 'Zimbabwe→ZWE']);
  assert.deepEqual(actorsOf('Peru applied to the OECD in 2012. In 2016 the Council of the Organisation opened talks.'), ['Peru→PER', 'OECD→OECD', 'Organisation→OECD']);
});

test('with no organisation named near it, "the bloc" names nobody', () => {
  assert.deepEqual(actorsOf('Chile held elections in 2017. The bloc condemned Peru.'), ['Chile→CHL', 'Peru→PER']);
  assert.deepEqual(actorsOf('ASEAN met in 2015. Laos voted. Vietnam voted. Cambodia voted. The bloc condemned Peru.'),
    ['ASEAN→ASEAN', 'Laos→LAO', 'Vietnam→VNM', 'Cambodia→KHM', 'Peru→PER']);
});
