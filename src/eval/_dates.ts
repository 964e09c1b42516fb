/**
 * Gold dates (`"2015"`, `"2015-11"`, `"2017-03-08"`, `"2005-06/2005-08"`, `"/2006"`) as intervals of
 * ISO days, and the scoring rule 4 of gold-format.md: an extracted date fits when it lies inside the
 * gold interval; gold `null` accepts anything; an extracted `null` fits only a gold `null`.
 * Kept here (not shared with the dates stage) because it follows the gold format, not prose.
 */
import type { DaySpan } from './_types.js';

const PREFIX = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * First and last day of an ISO prefix (`2015` → 2015-01-01..2015-12-31), or null when it is not a
 * valid year, year-month or day.
 */
export function prefixToDays(prefix: string): { first: string; last: string } | null {
  const m = PREFIX.exec(prefix);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { first: `${m[1]}-01-01`, last: `${m[1]}-12-31` };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  const last = daysIn(year, month);
  if (m[3] === undefined) return { first: `${m[1]}-${m[2]}-01`, last: `${m[1]}-${m[2]}-${pad(last)}` };
  const day = Number(m[3]);
  if (day < 1 || day > last) return null;
  return { first: prefix, last: prefix };
}

/**
 * A gold date string as an interval; `undefined` when it is malformed (the caller names the place).
 * `null` stays `null` (the text gives no date).
 */
export function goldDateSpan(value: string | null): DaySpan | null | undefined {
  if (value === null) return null;
  const slash = value.indexOf('/');
  if (slash < 0) {
    const d = prefixToDays(value);
    return d ? { start: d.first, end: d.last } : undefined;
  }
  const [a, b] = [value.slice(0, slash), value.slice(slash + 1)];
  if (a === '' && b === '') return undefined;
  const from = a === '' ? null : prefixToDays(a);
  const to = b === '' ? null : prefixToDays(b);
  if (from === undefined || to === undefined || (a !== '' && !from) || (b !== '' && !to)) return undefined;
  const span = { start: from ? from.first : null, end: to ? to.last : null };
  if (span.start && span.end && span.start > span.end) return undefined;
  return span;
}

/**
 * An extracted date as days. Extractions give ISO days; a coarser prefix is widened (its first day as
 * start, last day as end) rather than refused, so another tool's output can be scored too.
 */
export function extractedDateSpan(date: DaySpan | null | undefined): DaySpan | null {
  if (!date) return null;
  const widen = (v: string | null, side: 'first' | 'last') => (v === null ? null : (prefixToDays(v.slice(0, 10))?.[side] ?? v));
  return { start: widen(date.start, 'first'), end: widen(date.end, 'last') };
}

/** Rule 4: does the extracted interval lie inside the gold one? */
export function dateFits(gold: DaySpan | null, extracted: DaySpan | null): boolean {
  if (gold === null) return true;
  if (extracted === null) return false;
  if (gold.start !== null && (extracted.start === null || extracted.start < gold.start)) return false;
  if (gold.end !== null && (extracted.end === null || extracted.end > gold.end)) return false;
  return true;
}

/** A whole year or month as its prefix (`2015-11-01`..`2015-11-30` → `2015-11`), else null. */
function asPrefix(start: string, end: string): string | null {
  if (start.slice(0, 4) !== end.slice(0, 4)) return null;
  const year = start.slice(0, 4);
  if (start === `${year}-01-01` && end === `${year}-12-31`) return year;
  const month = start.slice(0, 7);
  const days = prefixToDays(month);
  return days && start === days.first && end === days.last ? month : null;
}

/** `2015-11`, `2005-06/2005-08`, `/2006`, `-` for none: for reports, in the gold file's style. */
export function formatSpan(span: DaySpan | null): string {
  if (!span) return '-';
  if (span.start && span.end) {
    if (span.start === span.end) return span.start;
    const whole = asPrefix(span.start, span.end);
    if (whole) return whole;
  }
  const side = (v: string | null, which: 'start' | 'end') => {
    if (v === null) return '';
    const month = v.slice(0, 7);
    const days = prefixToDays(month);
    if (days && v === days[which === 'start' ? 'first' : 'last']) {
      return v.slice(5) === (which === 'start' ? '01-01' : '12-31') ? v.slice(0, 4) : month;
    }
    return v;
  };
  return `${side(span.start, 'start')}/${side(span.end, 'end')}`;
}
