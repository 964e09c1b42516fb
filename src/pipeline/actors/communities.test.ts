import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorsOf } from './_testing.js';

test('a people named with a head word acts for the one of its countries the sentence names', () => {
  assert.deepEqual(actorsOf('Tuareg rebels attacked a Malian army convoy in 2012.'), ['Tuareg rebels→MLI', 'Malian army→MLI']);
  assert.deepEqual(actorsOf('Oromo leaders accused the Ethiopian government of arrests in 2016.'), ['Oromo leaders→ETH', 'Ethiopian government→ETH']);
});

test('a faith\'s followers act for the one country the sentence names, in the plural alone or with a head word', () => {
  assert.deepEqual(actorsOf('Copts protested against the Egyptian police in 2011.'), ['Copts→EGY', 'Egyptian police→EGY']);
  assert.deepEqual(actorsOf('Sikh groups in Canada urged Ottawa to act in 2019.'), ['Sikh groups→CAN', 'Ottawa→CAN']);
});

test('a community in a sentence naming none of its countries, or two, names nobody; an adjective alone names nobody', () => {
  assert.deepEqual(actorsOf('Tuareg rebels attacked a convoy in 2012.'), []);
  assert.deepEqual(actorsOf('Sunnis in Iraq and Syria protested in 2013.').filter((a) => a.startsWith('Sunnis')), []);
  assert.deepEqual(actorsOf('The Chilean police guarded a Muslim school in 2014.'), ['Chilean police→CHL']);
});

test('a people written after its country\'s adjective is that mention\'s, not a second one', () => {
  assert.deepEqual(actorsOf('Syrian Kurds crossed into Turkey in 2014.'), ['Syrian→SYR', 'Turkey→TUR']);
});
