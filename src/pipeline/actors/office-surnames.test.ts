import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadGazetteer } from '../../knowledge/gazetteer/index.js';
import { actorsStage } from './actors.js';
import { brief, contextOf } from './_fixture.js';

const stage = actorsStage(loadGazetteer());

function mentions(text: string, date: string): string[] {
  const ctx = contextOf([[text, date]]);
  stage(ctx);
  return brief(ctx.actors);
}

test('an office before a last name alone is held by the person of that name the dictionaries know', () => {
  assert.deepEqual(mentions('Zambian envoys travelled to meet President Mugabe on Friday.', '1995-03'), [
    'Zambian envoys→ZMB', 'President Mugabe→ZWE',
  ]);
});

test('a last name no person bears leaves the office to its context', () => {
  assert.deepEqual(mentions('Zambian envoys travelled to meet President Qwertzuiop on Friday.', '1995-03'), [
    'Zambian envoys→ZMB', 'President Qwertzuiop→?',
  ]);
});
