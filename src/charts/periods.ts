/** Period labels (`2015`, `2015-Q3`, `2015-07`) as dates for a time axis, and every label between two. */

export type ChartPeriod = 'year' | 'quarter' | 'month';

/** The first day of a period label, in UTC. */
export function periodDate(period: string): Date {
  const [y, rest] = period.split('-');
  const year = Number(y);
  if (!rest) return new Date(Date.UTC(year, 0, 1));
  if (rest.startsWith('Q')) return new Date(Date.UTC(year, (Number(rest.slice(1)) - 1) * 3, 1));
  return new Date(Date.UTC(year, Number(rest) - 1, 1));
}

/** Every period label from the first to the last, so a period without events counts as zero, not as a gap bridged by a line. */
export function periodsBetween(first: string, last: string, by: ChartPeriod): string[] {
  const out: string[] = [];
  const step = by === 'year' ? 12 : by === 'quarter' ? 3 : 1;
  const start = periodDate(first);
  const end = periodDate(last);
  for (let d = start; d <= end && out.length < 5000; d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + step, 1))) {
    const y = d.getUTCFullYear();
    const m = d.getUTCMonth();
    out.push(by === 'year' ? String(y) : by === 'quarter' ? `${y}-Q${m / 3 + 1}` : `${y}-${String(m + 1).padStart(2, '0')}`);
  }
  return out;
}
