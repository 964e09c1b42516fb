/**
 * A dyad's trend at a period size, honest about its events' precision: by quarter or month the store's
 * series leaves out an event whose dates do not lie within one period (one known only to its year is
 * not put in January), and this says how many were left out, for the chart's note.
 */
import type { DyadSeriesQuery, DyadSeriesRow, Period, Store } from '../store/store.js';

export interface DyadTrend {
  rows: DyadSeriesRow[];
  /** Dated events of the dyad and period that the period size cannot place (0 by year). */
  unplaced: number;
}

const total = (rows: readonly DyadSeriesRow[]): number =>
  rows.reduce((n, r) => n + (r.direction === 'both' ? r.events : 0), 0);

/**
 * The series of `q`, and how many of the events the yearly series counts are not in it.
 * @example const { rows, unplaced } = await dyadTrend(store, { a: 'SRB', b: 'NATO', by: 'quarter' });
 */
export async function dyadTrend(store: Store, q: DyadSeriesQuery): Promise<DyadTrend> {
  if (q.by === 'year') return { rows: await store.dyadSeries(q), unplaced: 0 };
  const [rows, years] = await Promise.all([store.dyadSeries(q), store.dyadSeries({ ...q, by: 'year' })]);
  return { rows, unplaced: total(years) - total(rows) };
}

/**
 * The note beside a trend by quarter or month that left events out, for the dashboard and the CLI:
 * they are not drawn in the period their dates start, as if they had happened then. Null when none was.
 */
export function unplacedNote(unplaced: number, by: Period): string | null {
  if (unplaced <= 0 || by === 'year') return null;
  const events = unplaced === 1 ? '1 event is' : `${unplaced.toLocaleString('en-GB')} events are`;
  return `${events} dated less precisely than a ${by} (to a year, say) and so not counted here; the yearly view counts ${unplaced === 1 ? 'it' : 'them'}.`;
}
