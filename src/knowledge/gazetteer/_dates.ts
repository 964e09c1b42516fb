/** Role dates: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as day numbers, and how much two spans overlap. */
import type { DateInterval } from '../../core/model.js';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of the first (or, with `end`, the last) day a partial date covers. */
export function dayNumber(value: string | number, end = false): number {
  const s = String(value);
  const y = Number(s.slice(0, 4));
  if (s.length === 4) return end ? Date.UTC(y, 11, 31) / DAY_MS : Date.UTC(y, 0, 1) / DAY_MS;
  const m = Number(s.slice(5, 7)) - 1;
  if (s.length === 7) return end ? Date.UTC(y, m + 1, 0) / DAY_MS : Date.UTC(y, m, 1) / DAY_MS;
  return Date.UTC(y, m, Number(s.slice(8, 10))) / DAY_MS;
}

/** A closed span of day numbers; open sides are ±Infinity. */
export interface DaySpan {
  from: number;
  to: number;
}

export function spanOf(from: string | number | null | undefined, to: string | number | null | undefined): DaySpan {
  return {
    from: from === null || from === undefined ? -Infinity : dayNumber(from),
    to: to === null || to === undefined ? Infinity : dayNumber(to, true),
  };
}

export function spanOfInterval(d: DateInterval): DaySpan {
  return spanOf(d.start, d.end);
}

/** Days two spans share (0 when apart; Infinity when both are open on a shared side). */
export function overlap(a: DaySpan, b: DaySpan): number {
  const from = Math.max(a.from, b.from);
  const to = Math.min(a.to, b.to);
  return to < from ? 0 : to - from + 1;
}
