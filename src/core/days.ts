/**
 * The one check of a date a person or a client gives Dyad: a day (`--from`, `?to=`, `--at`) or a
 * published date that may stop at the year or the month (`--published 2017-03`, `?published=`). The
 * CLI, the API's schemas and the store all call these, so `2015-02-30` and `0000-01-01` are refused
 * the same way everywhere, with the reason, instead of stored as null or as year 0.
 */
import { DyadError } from './errors.js';

/** Years a date may have: four digits, from 1000. Year 0000 does not exist; 0001–0999 are typos. */
export const FIRST_YEAR = 1000;
export const LAST_YEAR = 9999;

const SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Days in `month` (1–12) of `year`, Gregorian. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * What is wrong with `value` as a date of the given precision, or null when it is right.
 * `day`: YYYY-MM-DD only; `prefix`: YYYY, YYYY-MM or YYYY-MM-DD.
 */
export function dateProblem(value: string, precision: 'day' | 'prefix'): string | null {
  const m = SHAPE.exec(value);
  if (!m || (precision === 'day' && m[3] === undefined)) {
    return precision === 'day' ? 'write a day as YYYY-MM-DD' : 'write a date as YYYY, YYYY-MM or YYYY-MM-DD';
  }
  const year = Number(m[1]);
  if (year < FIRST_YEAR || year > LAST_YEAR) return `years run from ${FIRST_YEAR} to ${LAST_YEAR}`;
  if (m[2] === undefined) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return 'months run from 01 to 12';
  if (m[3] === undefined) return null;
  const day = Number(m[3]);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) return `${MONTHS[month - 1]} ${year} has ${last} days`;
  return null;
}

/** A day that exists: `2016-02-29` yes, `2015-02-30` and `0000-01-01` no. */
export const isDay = (value: string): boolean => dateProblem(value, 'day') === null;

/** A date that may stop at the year or month (`2017`, `2017-03`, `2017-03-08`). */
export const isDatePrefix = (value: string): boolean => dateProblem(value, 'prefix') === null;

function refuse(value: string, problem: string, field: string, precision: 'day' | 'prefix'): never {
  throw new DyadError('BAD_ARGUMENT', `'${value}' is not a date: ${problem}`, {
    place: { field },
    hint: precision === 'day' ? 'Give a day that exists, as YYYY-MM-DD, e.g. 2015-11-20.' : 'Give 2017, 2017-03 or 2017-03-08.',
  });
}

/** `value` when it is a day that exists; else `BAD_ARGUMENT` naming `field` and what is wrong. */
export function checkDay(value: string, field: string): string {
  const problem = dateProblem(value, 'day');
  return problem === null ? value : refuse(value, problem, field, 'day');
}

/** `value` when it is a year, a month or a day that exists; else `BAD_ARGUMENT` naming `field`. */
export function checkDatePrefix(value: string, field: string): string {
  const problem = dateProblem(value, 'prefix');
  return problem === null ? value : refuse(value, problem, field, 'prefix');
}
