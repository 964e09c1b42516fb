/** IGO actor codes name the organisation of their most specific group part, then of their prefix. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { igoCodes, igoPrincipal } from './_igo-codes.js';

const FILE = {
  codes: [
    { code: 'IGOUNO', principal: 'UN' },
    { code: 'IGOWSTNAT', principal: 'NATO' },
    { code: 'IGOXXX', principal: 'NOT-KNOWN' },
    { code: 'SCG', principal: 'SRB', from: '2003-02-04' },
  ],
  groups: [{ code: 'WBK', principal: 'WB' }, { code: 'AFU', principal: 'AU' }],
};

test('an IGO code is the organisation of its last known group part, else of its longest known prefix', () => {
  const igo = igoCodes(new Set(['UN', 'NATO', 'WB', 'AU']), FILE);
  assert.equal(igoPrincipal(igo, 'IGOUNODEVWBK'), 'WB');
  assert.equal(igoPrincipal(igo, 'IGOUNOKID'), 'UN');
  assert.equal(igoPrincipal(igo, 'IGOAFRAFU'), 'AU');
  assert.equal(igoPrincipal(igo, 'IGOWSTNAT'), 'NATO');
});

test('a code of no organisation the gazetteer knows, or no IGO code at all, names none', () => {
  const igo = igoCodes(new Set(['UN']), FILE);
  assert.equal(igoPrincipal(igo, 'IGOXXX'), null);
  assert.equal(igoPrincipal(igo, 'IGOAFRAFU'), null);
  assert.equal(igoPrincipal(igo, 'UNOKID'), null);
  assert.equal(igoPrincipal(igo, 'NGOHRI'), null);
});
