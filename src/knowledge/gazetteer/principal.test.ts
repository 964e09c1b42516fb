import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isDyadError } from '../../core/errors.js';
import { loadGazetteer } from './gazetteer.js';
import { principalByName, resolvePrincipal } from './_principal.js';

const g = loadGazetteer();

test('a principal by code, by any name of a country, or by an organisation name', () => {
  assert.equal(principalByName(g, 'srb'), 'SRB');
  assert.equal(principalByName(g, 'Serbia'), 'SRB');
  assert.equal(principalByName(g, 'republic of serbia'), 'SRB');
  assert.equal(principalByName(g, 'Russian Federation'), 'RUS');
  assert.equal(principalByName(g, 'Kosovo'), 'XKX');
  assert.equal(principalByName(g, 'North Atlantic Treaty Organization'), 'NATO');
  assert.equal(principalByName(g, 'nato'), 'NATO');
  assert.equal(principalByName(g, 'European Union'), 'EU');
  assert.equal(principalByName(g, 'KFOR'), 'NATO', 'a mission stands for its organisation');
});

test("a code the store holds but the gazetteer does not is still a principal", () => {
  assert.equal(principalByName(g, 'ZZQ'), undefined);
  assert.equal(principalByName(g, 'zzq', new Set(['ZZQ'])), 'ZZQ');
});

test('an unknown name is UNKNOWN_ACTOR with the closest names and the field', () => {
  try {
    resolvePrincipal(g, 'Serbai', '--actor');
    assert.fail('accepted');
  } catch (err) {
    assert.ok(isDyadError(err));
    assert.equal(err.code, 'UNKNOWN_ACTOR');
    assert.equal(err.place?.field, '--actor');
    assert.match(err.message, /'Serbai' is not a country or organisation/);
    assert.match(err.hint ?? '', /Serbia \(SRB\)/);
  }
  assert.throws(() => resolvePrincipal(g, 'XXX', 'actor'), (err) => isDyadError(err) && /Closest: /.test(err.hint ?? ''));
});
