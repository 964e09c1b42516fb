import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DyadError } from '../../core/errors.js';
import { intervalContains, intervalFromIso, intervalOverlaps, parseDateText } from './index.js';

test('ISO prefixes become intervals with their precision', () => {
  assert.deepEqual(intervalFromIso('2015'), { start: '2015-01-01', end: '2015-12-31', precision: 'year' });
  assert.deepEqual(intervalFromIso('2016-02'), { start: '2016-02-01', end: '2016-02-29', precision: 'month' });
  assert.deepEqual(intervalFromIso('2017-03-08'), { start: '2017-03-08', end: '2017-03-08', precision: 'day' });
});

test('intervals of prefixes, open on either side', () => {
  assert.deepEqual(intervalFromIso('2005-06/2005-08'), { start: '2005-06-01', end: '2005-08-31', precision: 'period' });
  assert.deepEqual(intervalFromIso('/2006'), { start: null, end: '2006-12-31', precision: 'open' });
  assert.deepEqual(intervalFromIso('1999/'), { start: '1999-01-01', end: null, precision: 'open' });
});

test('malformed ISO dates are BAD_DATE errors naming the text', () => {
  for (const bad of ['2015-13', '2015-02-30', '15', '2016/2015', '/', 'March']) {
    assert.throws(() => intervalFromIso(bad), (e: unknown) => e instanceof DyadError && e.code === 'BAD_DATE' && e.message.includes(bad));
  }
});

test('intervalContains: inside, outside, and open sides', () => {
  const nov = intervalFromIso('2015-11');
  assert.ok(intervalContains(nov, intervalFromIso('2015-11-16')));
  assert.ok(!intervalContains(nov, intervalFromIso('2015')));
  assert.ok(intervalContains(intervalFromIso('/2006'), intervalFromIso('2006-09/2006-12')));
  assert.ok(!intervalContains(intervalFromIso('/2006'), intervalFromIso('2007')));
  assert.ok(!intervalContains(intervalFromIso('2006'), intervalFromIso('2006/')));
});

test('intervalOverlaps: a period holds what shares a day with it, open sides reaching out, undated nowhere', () => {
  const y2015 = ['2015-01-01', '2015-12-31'] as const;
  assert.ok(intervalOverlaps(intervalFromIso('2015-11-16'), ...y2015));
  assert.ok(intervalOverlaps(intervalFromIso('2014-12/2015-02'), ...y2015), 'a span crossing into the period');
  assert.ok(!intervalOverlaps(intervalFromIso('2006'), ...y2015));
  assert.ok(!intervalOverlaps(intervalFromIso('2019-06'), ...y2015));
  assert.ok(intervalOverlaps(intervalFromIso('2010/'), ...y2015), 'since 2010');
  assert.ok(!intervalOverlaps(intervalFromIso('/2006'), ...y2015), 'before the end of 2006');
  assert.ok(intervalOverlaps(intervalFromIso('2006'), undefined, '2006-06-30'));
  assert.ok(!intervalOverlaps(null, ...y2015));
  assert.ok(intervalOverlaps(null), 'no period: everything');
});

test('parseDateText reads ISO forms and words', () => {
  assert.deepEqual(parseDateText('2017-03'), intervalFromIso('2017-03'));
  assert.deepEqual(parseDateText('late 2006'), intervalFromIso('2006-09/2006-12'));
  assert.deepEqual(parseDateText('the summer of 2005'), { ...intervalFromIso('2005-06/2005-08'), precision: 'season' });
  assert.deepEqual(parseDateText('March 8, 2017'), intervalFromIso('2017-03-08'));
  assert.deepEqual(parseDateText('since 1999'), intervalFromIso('1999/'));
  assert.deepEqual(parseDateText('last year', intervalFromIso('2017-03')), intervalFromIso('2016'));
});

test('parseDateText refuses text that is not one date', () => {
  for (const bad of ['soon', 'last year', '2015 and 2016 and more', '', 'tomorrow-ish']) {
    assert.throws(() => parseDateText(bad), (e: unknown) => e instanceof DyadError && e.code === 'BAD_DATE');
  }
});
