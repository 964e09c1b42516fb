import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorsOf } from './_testing.js';

test('a person named in full is named later by a word of the name alone, accents or not', () => {
  assert.deepEqual(actorsOf('In 2009 Michelle Bachelet met Evo Morales. Later Bachelet and Morales spoke, and Morales’s aides left.'),
    ['Michelle Bachelet→CHL', 'Evo Morales→BOL', 'Bachelet→CHL', 'Morales→BOL', 'Morales→BOL']);
  assert.deepEqual(actorsOf('In 2012 Jose Mujica met Dilma Rousseff. Mujíca spoke.'), ['Jose Mujica→URY', 'Dilma Rousseff→BRA', 'Mujíca→URY']);
});

test('a bare word before the full name, or in lower case, names no one', () => {
  assert.deepEqual(actorsOf('Bachelet was mentioned first. Then Michelle Bachelet spoke in 2009. The bachelet word.'), ['Michelle Bachelet→CHL']);
});
