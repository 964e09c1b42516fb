/** A day's period in the labels the store's dyad series give their periods, for views that place a day on a series. */
import type { Period } from '../store/store.js';

/** The label of the period holding an ISO day: `2015`, `2015-Q3`, `2015-07`. */
export function periodOf(day: string, by: Period): string {
  const y = day.slice(0, 4);
  const m = Number(day.slice(5, 7));
  if (by === 'year') return y;
  if (by === 'quarter') return `${y}-Q${Math.floor((m - 1) / 3) + 1}`;
  return day.slice(0, 7);
}
