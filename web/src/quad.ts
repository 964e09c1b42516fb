/**
 * How quad classes are shown (the looks are shared with the reports' charts) and how a date interval reads.
 */
export { QUADS, quadLook, type QuadLook } from '../../src/charts/quad.js';

/** A date interval as a person reads it: `2015-11` for a month, `2006` for a year, `2005-06 – 2005-08`. */
export function formatInterval(d: { start: string | null; end: string | null; precision?: string } | null): string {
  if (!d) return 'undated';
  const { start, end, precision } = d;
  if (start && precision === 'day') return start;
  if (start && precision === 'month') return start.slice(0, 7);
  if (start && precision === 'year') return start.slice(0, 4);
  if (start && end && start !== end) return `${start} – ${end}`;
  return start ?? (end ? `until ${end}` : 'undated');
}
