/**
 * Dates written as ISO prefixes and intervals of them, the form gold files and CLI flags use:
 * `2015`, `2015-11`, `2017-03-08`, `2005-06/2005-08`, `/2006` (before the end of 2006), `1999/`.
 */
import type { DateInterval } from '../../core/model.js';
import { DyadError } from '../../core/errors.js';
import { daysInMonth, isoDay } from './_calendar.js';

const PREFIX = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function prefixInterval(s: string, what: string): DateInterval {
  const m = PREFIX.exec(s.trim());
  if (!m) throw badDate(what);
  const y = Number(m[1]);
  const mo = m[2] === undefined ? undefined : Number(m[2]);
  const d = m[3] === undefined ? undefined : Number(m[3]);
  if (mo !== undefined && (mo < 1 || mo > 12)) throw badDate(what);
  if (mo === undefined) return { start: `${y}-01-01`, end: `${y}-12-31`, precision: 'year' };
  if (d === undefined) return { start: isoDay(y, mo, 1), end: isoDay(y, mo, 31), precision: 'month' };
  if (d < 1 || d > daysInMonth(y, mo)) throw badDate(what);
  const day = isoDay(y, mo, d);
  return { start: day, end: day, precision: 'day' };
}

function badDate(what: string): DyadError {
  return new DyadError('BAD_DATE', `not a date: '${what}'`, {
    hint: "Write an ISO prefix ('2015', '2015-11', '2015-11-16') or an interval of them ('2005-06/2005-08', '/2006', '1999/').",
  });
}

/**
 * An interval from an ISO prefix or an `A/B` interval of prefixes (either side may be empty).
 * @throws DyadError `BAD_DATE`
 * @example intervalFromIso('2006-09/2006-12') // { start: '2006-09-01', end: '2006-12-31', precision: 'period' }
 */
export function intervalFromIso(s: string): DateInterval {
  const slash = s.indexOf('/');
  if (slash < 0) return prefixInterval(s, s);
  const a = s.slice(0, slash).trim();
  const b = s.slice(slash + 1).trim();
  if (!a && !b) throw badDate(s);
  const start = a ? prefixInterval(a, s).start : null;
  const end = b ? prefixInterval(b, s).end : null;
  if (start !== null && end !== null && start > end) throw badDate(s);
  return { start, end, precision: start === null || end === null ? 'open' : 'period' };
}
