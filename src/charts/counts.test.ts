import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countTicks, formatNumber, formatSigned, withEvents } from './counts.js';

test('count axes tick at whole numbers only, up to the largest count', () => {
  assert.deepEqual(countTicks(1), [0, 1]);
  assert.deepEqual(countTicks(2), [0, 1, 2]);
  assert.deepEqual(countTicks(0), [0, 1]);
  assert.deepEqual(countTicks(7), [0, 2, 4, 6, 8]);
  assert.deepEqual(countTicks(23), [0, 5, 10, 15, 20, 25]);
  assert.deepEqual(countTicks(480), [0, 100, 200, 300, 400, 500]);
  for (const max of [1, 3, 9, 17, 99, 1234]) {
    const t = countTicks(max);
    assert.ok(t.every(Number.isInteger), `${max}: ${t.join(',')}`);
    assert.ok(t[t.length - 1]! >= max && t.length <= 11, `${max}: ${t.join(',')}`);
  }
});

test('periods without events get no marker', () => {
  const points = [{ p: '2015-Q1', n: 0 }, { p: '2015-Q2', n: 3 }, { p: '2015-Q3', n: 0 }];
  assert.deepEqual(withEvents(points, (x) => x.n).map((x) => x.p), ['2015-Q2']);
});

test('numbers are grouped for reading', () => {
  assert.equal(formatNumber(1234567), '1,234,567');
  assert.equal(formatNumber(0.125), '0.13');
  assert.equal(formatSigned(12), '+12');
  assert.equal(formatSigned(-3.5), '−3.5');
  assert.equal(formatSigned(0), '0');
});
