/**
 * A clause a reporting verb reports has its own subject: an unnamed one ("the militants") acts for no
 * one in view, not for the reporter; a reflexive object ("attacked itself") is no other party.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createExtractor } from '../extract.js';

const extractor = createExtractor();

function pairs(text: string): string[] {
  return extractor.extract(text, { published: '2011-05-03' }).events.map((e) => `${e.source.principal}→${e.target.principal} ${e.root}`);
}

describe('a reported clause', () => {
  it('with an unnamed subject is not the reporter\'s act', () => {
    assert.deepEqual(pairs('Ecuador said that the rebels had shelled Colombia in April 2011.'), []);
    assert.deepEqual(pairs('Ecuador said the militants attacked Colombia in April 2011.'), []);
  });

  it('with a named subject, its own organs or a pronoun is still read', () => {
    assert.deepEqual(pairs('Ecuador said Peru attacked Colombia in April 2011.'), ['PER→COL 19']);
    assert.deepEqual(pairs('Ecuador said the army attacked Colombia in April 2011.'), ['ECU→COL 19']);
    assert.deepEqual(pairs('Ecuador said it attacked Colombia in April 2011.'), ['ECU→COL 19']);
    assert.deepEqual(pairs('Ecuador said the country attacked Colombia in April 2011.'), ['ECU→COL 19']);
  });

  it('with a reflexive object is done to no other party in view', () => {
    assert.deepEqual(pairs('Ecuador said that Peru had attacked itself in April 2011.'), []);
  });
});
