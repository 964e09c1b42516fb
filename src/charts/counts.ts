/**
 * Counts read as counts: whole-number ticks on an axis of events (never 0.5 events), only the periods
 * that hold something get a marker, and large numbers grouped for reading (`12,480`).
 */

/** Up to about `target` whole-number ticks from 0 to at least `max`, at a step of 1, 2 or 5 × 10ⁿ. */
export function countTicks(max: number, target = 5): number[] {
  const top = Math.max(1, Math.ceil(max));
  const rough = top / Math.max(1, target);
  const power = 10 ** Math.floor(Math.log10(Math.max(1, rough)));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const ticks: number[] = [];
  for (let t = 0; ; t += step) {
    ticks.push(t);
    if (t >= top) break;
  }
  return ticks;
}

/** The points that hold something: a marker for an empty period says an event happened where none did. */
export function withEvents<T>(points: readonly T[], count: (p: T) => number): T[] {
  return points.filter((p) => count(p) > 0);
}

const GROUPED = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** A number for reading: thousands grouped, at most two decimals (`1234567.891` → `1,234,567.89`). */
export function formatNumber(n: number): string {
  return Number.isFinite(n) ? GROUPED.format(n) : String(n);
}

/** A signed number for a net value (`+12`, `−3`, `0`), grouped like {@link formatNumber}. */
export function formatSigned(n: number): string {
  if (!Number.isFinite(n) || n === 0) return formatNumber(n);
  return n > 0 ? `+${formatNumber(n)}` : `−${formatNumber(-n)}`;
}
