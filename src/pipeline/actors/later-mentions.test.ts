import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createStages, readDocument } from '../extract.js';

const stages = createStages().filter((s) => s.name === 'segment' || s.name === 'dates' || s.name === 'actors');

function actorsOf(text: string): string[] {
  const ctx = readDocument(text, { published: '2020-01' });
  for (const s of stages) s.run(ctx);
  return ctx.actors.filter((a) => a.role === 'actor').map((a) => `${a.text}→${a.principal ?? '?'}`);
}

test('a person named in full is named later by a word of the name alone, accents or not', () => {
  assert.deepEqual(actorsOf('In 2009 Michelle Bachelet met Evo Morales. Later Bachelet and Morales spoke, and Morales’s aides left.'),
    ['Michelle Bachelet→CHL', 'Evo Morales→BOL', 'Bachelet→CHL', 'Morales→BOL', 'Morales→BOL']);
  assert.deepEqual(actorsOf('In 2012 Jose Mujica met Dilma Rousseff. Mujíca spoke.'), ['Jose Mujica→URY', 'Dilma Rousseff→BRA', 'Mujíca→URY']);
});

test('a bare word before the full name, or in lower case, names no one', () => {
  assert.deepEqual(actorsOf('Bachelet was mentioned first. Then Michelle Bachelet spoke in 2009. The bachelet word.'), ['Michelle Bachelet→CHL']);
});
