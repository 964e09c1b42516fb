import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DyadError } from '../../core/errors.js';
import { checkPublished, positionals, repeatedOption } from './_extract-args.js';

test('a repeatable option keeps every value, in both spellings', () => {
  const raw = ['a.txt', '--dict', 'one.yaml', '--format', 'json', '--dict=two.yaml', 'b.txt'];
  assert.deepEqual(repeatedOption(raw, 'dict'), ['one.yaml', 'two.yaml']);
  assert.deepEqual(repeatedOption(raw, 'extraction'), []);
  assert.throws(() => repeatedOption(['--dict'], 'dict'), (e: unknown) => e instanceof DyadError && e.code === 'BAD_ARGUMENT');
});

test('positionals skip options and their values, keep - and everything after --', () => {
  const raw = ['a.txt', '--dict', 'one.yaml', '--stats', '-', '--format=json', 'b.txt', '--', '--odd-name.txt'];
  assert.deepEqual(positionals(raw, ['dict', 'format']), ['a.txt', '-', 'b.txt', '--odd-name.txt']);
});

test('--published takes an ISO year, month or day and nothing else', () => {
  assert.equal(checkPublished('2017-03'), '2017-03');
  assert.equal(checkPublished(undefined), null);
  for (const bad of ['March 2017', '2017-13', '2017-02-30', '17']) {
    assert.throws(() => checkPublished(bad), (e: unknown) => e instanceof DyadError && e.code === 'BAD_ARGUMENT', bad);
  }
});
