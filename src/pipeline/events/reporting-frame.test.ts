/**
 * The addressee of a message that frames a report ("In a letter to the Security Council, X said …") is
 * who is told: neither a side of the act told nor, past the comma, one of its subjects.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createExtractor } from '../extract.js';

const extractor = createExtractor();

function pairs(text: string): string[] {
  return extractor.extract(text, { published: '2023-01-10' }).events.map((e) => `${e.source.principal}→${e.target.principal} ${e.root}`);
}

describe('a reporting frame\'s addressee', () => {
  it('is not a subject coordinated by the comma that closes the frame', () => {
    assert.deepEqual(pairs('In a letter to the UN Security Council, Bolivia accused Chile of diverting the river in 2016.'), ['BOL→CHL 11']);
    // a list joins its last name by "and", or by commas throughout
    assert.deepEqual(pairs('In 2016 Bolivia, Peru and Ecuador accused Chile of diverting the river.'), ['BOL→CHL 11', 'PER→CHL 11', 'ECU→CHL 11']);
  });

  it('is not the target of the act the message tells of', () => {
    const text = 'Chile began diverting the river in 2016. In a letter to the UN Security Council, Bolivia rejected the diversion.';
    assert.deepEqual(pairs(text).filter((p) => p.endsWith(' 12')), ['BOL→CHL 12']);
    assert.deepEqual(pairs('In a letter to the UN Security Council, Bolivia rejected the diversion of the river.'), []);
  });
});
