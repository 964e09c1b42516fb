/**
 * Day arithmetic on ISO days and the intervals built from them. Everything is done on
 * year/month/day numbers (never on Date objects in local time), so results do not depend on TZ.
 */
import type { DateInterval, DatePrecision, IsoDay } from '../../core/model.js';

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** `YYYY-MM-DD` for a year, month (1-12, may overflow either way) and day. */
export function isoDay(year: number, month: number, day: number): IsoDay {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  return `${y}-${pad2(m)}-${pad2(Math.min(day, daysInMonth(y, m)))}`;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Months from `fromMonth` of `year` through `toMonth` of `toYear`. */
export function monthSpan(year: number, fromMonth: number, toYear: number, toMonth: number, precision: DatePrecision): DateInterval {
  return { start: isoDay(year, fromMonth, 1), end: isoDay(toYear, toMonth, 31), precision };
}

export function yearInterval(year: number): DateInterval {
  return { start: `${year}-01-01`, end: `${year}-12-31`, precision: 'year' };
}

export function monthInterval(year: number, month: number): DateInterval {
  return monthSpan(year, month, year, month, 'month');
}

export function dayInterval(year: number, month: number, day: number): DateInterval {
  const d = isoDay(year, month, day);
  return { start: d, end: d, precision: 'day' };
}

/** Year, month and day of an ISO day. */
export function parts(day: IsoDay): { y: number; m: number; d: number } {
  return { y: Number(day.slice(0, 4)), m: Number(day.slice(5, 7)), d: Number(day.slice(8, 10)) };
}

/** An ISO day moved by `n` days (UTC arithmetic: no time zone involved). */
export function addDays(day: IsoDay, n: number): IsoDay {
  const { y, m, d } = parts(day);
  const t = new Date(Date.UTC(y, m - 1, d) + n * 86_400_000);
  return `${t.getUTCFullYear()}-${pad2(t.getUTCMonth() + 1)}-${pad2(t.getUTCDate())}`;
}

/** The day before / after an ISO day. */
export function dayBefore(day: IsoDay): IsoDay {
  const { y, m, d } = parts(day);
  return d > 1 ? isoDay(y, m, d - 1) : isoDay(y, m - 1, 31);
}

export function dayAfter(day: IsoDay): IsoDay {
  const { y, m, d } = parts(day);
  return d < daysInMonth(y, m) ? isoDay(y, m, d + 1) : isoDay(y, m + 1, 1);
}

/** The interval's reference day: its start, or its end when it has no start. */
export function anchorDay(i: DateInterval): IsoDay | null {
  return i.start ?? i.end;
}

/**
 * Does `outer` contain `inner`? Open sides of `outer` contain anything; an open side of `inner`
 * fits only an open side of `outer`.
 */
export function intervalContains(outer: DateInterval, inner: DateInterval): boolean {
  const startOk = outer.start === null || (inner.start !== null && inner.start >= outer.start);
  const endOk = outer.end === null || (inner.end !== null && inner.end <= outer.end);
  return startOk && endOk;
}

/**
 * Does the interval share a day with the period `from`–`to` (ISO days, either may be absent)? An open
 * side reaches as far as it can; an interval with no date at all lies in no period.
 */
export function intervalOverlaps(i: DateInterval | null, from?: IsoDay, to?: IsoDay): boolean {
  if (!from && !to) return true;
  if (!i || (i.start === null && i.end === null)) return false;
  return (!to || i.start === null || i.start <= to) && (!from || i.end === null || i.end >= from);
}

export function sameInterval(a: DateInterval | null, b: DateInterval | null): boolean {
  return a === b || (a !== null && b !== null && a.start === b.start && a.end === b.end);
}
