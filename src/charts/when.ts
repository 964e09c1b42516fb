/**
 * Dates as precise as the data: a year reads `2009` and spans the year on a time axis, a quarter reads
 * `2015-Q3`, a span reads `2005-06 – 2005-08`; never `2009-01-01` for "2009".
 */
import { daysInMonth } from '../core/days.js';

/** A date interval as the store gives it (either side may be open). */
export interface WhenInterval {
  start: string | null;
  end: string | null;
  precision?: string;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A start day at the coarsest unit it begins: `2015-01-01` → `2015`, `2015-06-01` → `2015-06`. */
function startText(day: string): string {
  const m = DAY.exec(day);
  if (!m) return day;
  if (m[3] !== '01') return day;
  return m[2] === '01' ? m[1]! : `${m[1]}-${m[2]}`;
}

/** An end day at the coarsest unit it closes: `2015-12-31` → `2015`, `2015-08-31` → `2015-08`. */
function endText(day: string): string {
  const m = DAY.exec(day);
  if (!m) return day;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  if (Number(m[3]) !== daysInMonth(y, mo)) return day;
  return mo === 12 ? m[1]! : `${m[1]}-${m[2]}`;
}

/** The whole of a span as one text when it is exactly one unit (`2015-01-01`–`2015-12-31` → `2015`). */
function wholeUnit(start: string, end: string): string | null {
  if (start === end) return start;
  const s = startText(start);
  const e = endText(end);
  if (s === e) return s;
  const q = /^(\d{4})-(\d{2})-01$/.exec(start);
  if (q && (Number(q[2]) - 1) % 3 === 0) {
    const endMonth = Number(q[2]) + 2;
    if (endText(end) === `${q[1]}-${String(endMonth).padStart(2, '0')}`) return `${q[1]}-Q${(Number(q[2]) + 2) / 3}`;
  }
  return null;
}

/**
 * A date interval as a person reads it, at its precision: `2015-11-19`, `2015-11`, `2015-Q3`, `2006`,
 * `2000s`, `2005-06 – 2005-08`, `until 2006`, `from 1999`, `undated`.
 */
export function formatInterval(d: WhenInterval | null | undefined): string {
  if (!d || (!d.start && !d.end)) return 'undated';
  const { start, end, precision } = d;
  if (start && precision === 'day') return start;
  if (start && precision === 'month') return start.slice(0, 7);
  if (start && precision === 'year') return start.slice(0, 4);
  if (start && precision === 'decade') return `${start.slice(0, 3)}0s`;
  if (start && end) {
    const one = wholeUnit(start, end);
    if (one) return one;
    return `${startText(start)} – ${endText(end)}`;
  }
  if (end) return `until ${endText(end)}`;
  return `from ${startText(start!)}`;
}

/**
 * Where an interval lies on a time axis: from its first day to the day after its last, in UTC; null when
 * a side is open (it cannot be drawn without inventing an edge). A day's span is that day.
 */
export function intervalSpan(d: WhenInterval | null | undefined): { from: Date; to: Date } | null {
  if (!d?.start || !d.end || !DAY.test(d.start) || !DAY.test(d.end)) return null;
  const from = new Date(`${d.start}T00:00:00Z`);
  const last = new Date(`${d.end}T00:00:00Z`);
  if (Number.isNaN(from.getTime()) || Number.isNaN(last.getTime()) || last < from) return null;
  return { from, to: new Date(last.getTime() + 86_400_000) };
}

/** Known to the day, so drawn as a point; anything wider is drawn as the span it is. */
export function isDayPrecise(d: WhenInterval | null | undefined): boolean {
  return Boolean(d?.start && d.end && d.start === d.end);
}

/**
 * Rows for spans drawn one above another: each span goes in the first row where it overlaps nothing, so
 * a year and a month inside it never hide each other. Returns each span's row, in the input's order.
 */
export function spanLanes(spans: readonly { from: Date; to: Date }[]): number[] {
  const order = spans.map((_, i) => i).sort((a, b) => spans[a]!.from.getTime() - spans[b]!.from.getTime());
  const laneEnds: number[] = [];
  const lanes = new Array<number>(spans.length).fill(0);
  for (const i of order) {
    const s = spans[i]!;
    let lane = laneEnds.findIndex((end) => end <= s.from.getTime());
    if (lane < 0) lane = laneEnds.push(0) - 1;
    laneEnds[lane] = s.to.getTime();
    lanes[i] = lane;
  }
  return lanes;
}
