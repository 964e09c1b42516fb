import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorsOf } from './_testing.js';

test('an international actor named by its kind is the field\'s generic IGO or NGO', () => {
  assert.deepEqual(actorsOf('A relief agency accused Bolivia of blocking food convoys in 2013.'), ['relief agency→NGO', 'Bolivia→BOL']);
  assert.deepEqual(actorsOf('Aid agencies urged Malawi to open its border.'), ['Aid agencies→NGO', 'Malawi→MWI']);
  assert.deepEqual(actorsOf('Nepal appealed to donor countries for help in 2015.'), ['Nepal→NPL', 'donor countries→IGO']);
  assert.deepEqual(actorsOf('The world community condemned Eritrea.'), ['world community→IGO', 'Eritrea→ERI']);
});

test('"the international community" and a rights group are no generic actor of the gazetteer', () => {
  assert.deepEqual(actorsOf('Fiji appealed to the international community in 2016.'), ['Fiji→FJI']);
  assert.deepEqual(actorsOf('A rights group accused Laos of holding activists.'), ['Laos→LAO']);
});

