import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatInterval, intervalSpan, isDayPrecise, spanLanes } from './when.js';

test('a date reads at its precision, never as the first day of a year or month', () => {
  assert.equal(formatInterval({ start: '2009-01-01', end: '2009-12-31', precision: 'year' }), '2009');
  assert.equal(formatInterval({ start: '2015-11-01', end: '2015-11-30', precision: 'month' }), '2015-11');
  assert.equal(formatInterval({ start: '2015-11-19', end: '2015-11-19', precision: 'day' }), '2015-11-19');
  assert.equal(formatInterval({ start: '2015-07-01', end: '2015-09-30', precision: 'quarter' }), '2015-Q3');
  assert.equal(formatInterval({ start: '2000-01-01', end: '2009-12-31', precision: 'decade' }), '2000s');
});

test('a span reads as a span of the units it was stated in', () => {
  assert.equal(formatInterval({ start: '2005-06-01', end: '2005-08-31', precision: 'period' }), '2005-06 – 2005-08');
  assert.equal(formatInterval({ start: '2006-01-01', end: '2008-12-31', precision: 'period' }), '2006 – 2008');
  assert.equal(formatInterval({ start: '2015-03-04', end: '2015-03-09', precision: 'period' }), '2015-03-04 – 2015-03-09');
  assert.equal(formatInterval({ start: '2016-06-01', end: '2016-08-31', precision: 'season' }), '2016-06 – 2016-08');
  // A span that is exactly one unit reads as that unit, whatever its stated precision.
  assert.equal(formatInterval({ start: '2012-01-01', end: '2012-12-31', precision: 'period' }), '2012');
  assert.equal(formatInterval({ start: '2012-04-01', end: '2012-06-30', precision: 'period' }), '2012-Q2');
});

test('open intervals and missing dates say so', () => {
  assert.equal(formatInterval({ start: null, end: '2006-12-31', precision: 'open' }), 'until 2006');
  assert.equal(formatInterval({ start: '1999-01-01', end: null, precision: 'open' }), 'from 1999');
  assert.equal(formatInterval(null), 'undated');
  assert.equal(formatInterval({ start: null, end: null, precision: 'open' }), 'undated');
});

test('a year spans the whole year on a time axis; an open interval has no span', () => {
  const y = intervalSpan({ start: '2009-01-01', end: '2009-12-31', precision: 'year' });
  assert.equal(y?.from.toISOString(), '2009-01-01T00:00:00.000Z');
  assert.equal(y?.to.toISOString(), '2010-01-01T00:00:00.000Z');
  const d = intervalSpan({ start: '2015-11-19', end: '2015-11-19', precision: 'day' });
  assert.equal((d!.to.getTime() - d!.from.getTime()) / 86_400_000, 1);
  assert.equal(intervalSpan({ start: null, end: '2006-12-31', precision: 'open' }), null);
  assert.equal(intervalSpan({ start: '2010-01-01', end: '2009-12-31', precision: 'period' }), null);
  assert.equal(isDayPrecise({ start: '2015-11-19', end: '2015-11-19' }), true);
  assert.equal(isDayPrecise({ start: '2015-01-01', end: '2015-12-31' }), false);
});

test('spans that overlap go in separate rows; ones that follow each other share a row', () => {
  const span = (a: string, b: string) => intervalSpan({ start: a, end: b })!;
  const lanes = spanLanes([span('2009-01-01', '2009-12-31'), span('2009-03-01', '2009-03-31'), span('2010-01-01', '2010-12-31'), span('2009-06-01', '2010-02-28')]);
  assert.deepEqual(lanes, [0, 1, 0, 1]);
  assert.deepEqual(spanLanes([]), []);
});
