import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isDyadError } from './errors.js';
import { checkDatePrefix, checkDay, dateProblem, isDatePrefix, isDay } from './days.js';

test('a day must exist on the calendar, in a four-digit year from 1000', () => {
  assert.ok(isDay('2016-02-29'));
  assert.ok(isDay('1999-03-24'));
  assert.equal(dateProblem('2015-02-30', 'day'), 'February 2015 has 28 days');
  assert.equal(dateProblem('2015-04-31', 'day'), 'April 2015 has 30 days');
  assert.equal(dateProblem('0000-01-01', 'day'), 'years run from 1000 to 9999');
  assert.equal(dateProblem('0999-12-31', 'day'), 'years run from 1000 to 9999');
  assert.equal(dateProblem('2015-13-01', 'day'), 'months run from 01 to 12');
  for (const bad of ['2015-00-10', '2015-01-00', '2015-1-1', '2015', '2015-02', '15-02-01', '2015-02-01T00:00', ' 2015-02-01']) {
    assert.ok(!isDay(bad), bad);
  }
});

test('a published date may stop at the year or the month', () => {
  for (const ok of ['2017', '2017-03', '2017-03-08', '2016-02-29']) assert.ok(isDatePrefix(ok), ok);
  for (const bad of ['0000', '0000-01-01', '2017-13', '2015-02-30', '2017-3', 'March 2017', '']) assert.ok(!isDatePrefix(bad), bad);
});

test('the checks name the field and say what is wrong', () => {
  assert.equal(checkDay('2015-11-20', '--from'), '2015-11-20');
  assert.equal(checkDatePrefix('2017-03', '--published'), '2017-03');
  assert.throws(() => checkDay('2015-02-30', '--from'), (err) =>
    isDyadError(err) && err.code === 'BAD_ARGUMENT' && err.place?.field === '--from' &&
    err.message === "'2015-02-30' is not a date: February 2015 has 28 days");
  assert.throws(() => checkDatePrefix('0000-01-01', 'published'), (err) => isDyadError(err) && /years run from 1000/.test(err.message));
});
