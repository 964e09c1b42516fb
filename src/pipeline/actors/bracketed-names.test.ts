import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorsOf } from './_testing.js';

test('a full name before its abbreviation in brackets is one name: the country that opens it owns it', () => {
  assert.deepEqual(actorsOf('The Paraguayan Peasants Federation (PPF) accused the government of fraud in 2012. The PPF marched again.'),
    ['Paraguayan Peasants Federation→PRY', 'PPF→PRY']);
  assert.deepEqual(actorsOf('The Chilean Miners Union (CMU) struck in 2010.'), ['Chilean Miners Union→CHL']);
});

test('a country or people inside an organisation\'s full name before its abbreviation names no actor of its own', () => {
  assert.deepEqual(actorsOf('The Economic Community of West African States (ECOWAS) suspended Guinea in 2021.').filter((a) => !a.startsWith('ECOWAS')),
    ['Economic Community of West African States→ECOWAS', 'Guinea→GIN']);
  assert.deepEqual(actorsOf('The Union of Congolese Workers for Reform (UCWR) met Mali\'s envoy in 2009.'), ['Mali\'s envoy→MLI']);
});

test('a name the gazetteer knows whole keeps its mention, and brackets with no matching initials change nothing', () => {
  assert.deepEqual(actorsOf('The Organization for Security and Co-operation in Europe (OSCE) criticised Belarus.'),
    ['Organization for Security and Co-operation in Europe→OSCE', 'OSCE→OSCE', 'Belarus→BLR']);
  assert.deepEqual(actorsOf('Gabonese troops (800 men) entered the town.'), ['Gabonese troops→GAB']);
});
