/**
 * Dates as a report prints them: `19 November 2015`, `November 2015`, `2015`, `June–August 2005`, and
 * the report's period (`--from 2006 --to 2017`: whole years, months or days) checked and widened to days.
 */
import { dateProblem, daysInMonth } from '../core/days.js';
import { DyadError } from '../core/errors.js';
import type { DateInterval, IsoDay } from '../core/model.js';
import type { Words } from './_words.js';

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * `2006` → 2006-01-01 (from) or 2006-12-31 (to); `2006-03` → the month's first or last day; a day as it is.
 * @throws DyadError BAD_ARGUMENT naming `field` when the value is not a year, month or day that exists.
 */
export function periodBound(value: string, side: 'from' | 'to', field: string): IsoDay {
  const v = value.trim();
  const problem = dateProblem(v, 'prefix');
  if (problem !== null) {
    throw new DyadError('BAD_ARGUMENT', `'${value}' is not a year, month or day: ${problem}`, {
      place: { field }, hint: 'Give YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2006 or 2015-11-20.',
    });
  }
  const [y = '', mo, d] = v.split('-');
  const month = mo ?? (side === 'from' ? '01' : '12');
  const day = d ?? (side === 'from' ? '01' : String(daysInMonth(Number(y), Number(month))).padStart(2, '0'));
  return `${y}-${month}-${day}`;
}

/** The checked period of a report; `from` after `to` is a BAD_ARGUMENT on `fromField`. */
export function reportPeriod(from: string | undefined, to: string | undefined, fields: { from: string; to: string }): { from?: IsoDay; to?: IsoDay } {
  const f = from ? periodBound(from, 'from', fields.from) : undefined;
  const t = to ? periodBound(to, 'to', fields.to) : undefined;
  if (f && t && f > t) {
    throw new DyadError('BAD_ARGUMENT', `the period starts (${f}) after it ends (${t})`, {
      place: { field: fields.from }, hint: 'Give the earlier date as from and the later as to.',
    });
  }
  return { ...(f ? { from: f } : {}), ...(t ? { to: t } : {}) };
}

/** A day, month or year in words: `19 November 2015`, `November 2015`, `2015` (ISO, possibly partial). */
export function dayWords(iso: string, w: Words, precision: 'day' | 'month' | 'year' = 'day'): string {
  const m = PARTIAL.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  if (!mo || precision === 'year') return y!;
  if (!d || precision === 'month') return `${w.month(Number(mo))} ${y}`;
  return `${Number(d)} ${w.month(Number(mo))} ${y}`;
}

const firstOfMonth = (d: string) => d.endsWith('-01');
const lastOfMonth = (d: string) => Number(d.slice(8, 10)) === daysInMonth(Number(d.slice(0, 4)), Number(d.slice(5, 7)));

/** An interval as a reader says it; `null` when it has no date. */
export function intervalWords(d: DateInterval | null, w: Words): string | null {
  if (!d || (!d.start && !d.end)) return null;
  const { start, end, precision } = d;
  if (start && (precision === 'day' || start === end)) return dayWords(start, w, 'day');
  if (start && precision === 'month') return dayWords(start, w, 'month');
  if (start && precision === 'year') return dayWords(start, w, 'year');
  if (start && end) {
    // Whole months (a season, a quarter, "the first half of 2010"): months, the year once when shared.
    if (firstOfMonth(start) && lastOfMonth(end)) {
      const sameYear = start.slice(0, 4) === end.slice(0, 4);
      if (start.slice(5, 10) === '01-01' && end.slice(5, 10) === '12-31') {
        return sameYear ? start.slice(0, 4) : w.t('period', 'from-to', { from: start.slice(0, 4), to: end.slice(0, 4) });
      }
      const from = sameYear ? w.month(Number(start.slice(5, 7))) : dayWords(start, w, 'month');
      return w.t('period', 'from-to', { from, to: dayWords(end, w, 'month') });
    }
    return w.t('period', 'from-to', { from: dayWords(start, w), to: dayWords(end, w) });
  }
  return start ? w.t('period', 'since', { from: dayWords(start, w) }) : w.t('period', 'until', { to: dayWords(end!, w) });
}

/** The report's period in words: `2006–2017`, `March 2006–May 2017`, `since 2006`; null for all time. */
export function periodWords(from: IsoDay | undefined, to: IsoDay | undefined, w: Words): string | null {
  if (!from && !to) return null;
  if (from && to) return intervalWords({ start: from, end: to, precision: 'period' }, w);
  // An open end reads as coarsely as it was given: `since 2006`, `until May 2017`.
  const coarse = (d: string, side: 'from' | 'to') =>
    d.slice(5) === (side === 'from' ? '01-01' : '12-31') ? d.slice(0, 4)
      : (side === 'from' ? firstOfMonth(d) : lastOfMonth(d)) ? dayWords(d, w, 'month') : dayWords(d, w);
  return from ? w.t('period', 'since', { from: coarse(from, 'from') }) : w.t('period', 'until', { to: coarse(to!, 'to') });
}

/** `on 14 December 2006`, `in December 2006`, `in 2009`: an interval after a verb. */
export function whenWords(d: DateInterval | null, w: Words): string | null {
  const words = intervalWords(d, w);
  if (!words) return null;
  return d?.start && (d.precision === 'day' || d.start === d.end) ? w.t('period', 'on-day', { date: words }) : w.t('period', 'in-period', { date: words });
}
