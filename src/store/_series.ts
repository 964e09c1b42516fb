/**
 * Turns an engine's per-period, per-direction aggregates into the dyad series every engine returns:
 * the two directions apart and their sum as `both`, with Goldstein mean and the cooperation index
 * computed once, here, so DuckDB and ClickHouse give the same numbers.
 */
import { cooperationIndex, round } from '../core/cooperation.js';
import type { Direction, DyadSeriesRow } from './store.js';

/** What an engine's GROUP BY period, direction returns. */
export interface SeriesAggregate {
  period: string;
  direction: 'a->b' | 'b->a';
  events: number;
  mentions: number;
  q1: number;
  q2: number;
  q3: number;
  q4: number;
  goldsteinSum: number;
}

/**
 * One row of an engine's GROUP BY period, direction (columns direction, events, mentions, q1…q4,
 * goldstein_sum) as an aggregate of `period`, the label the engine's period columns give.
 */
export function seriesAggregateOf(r: Record<string, unknown>, period: string): SeriesAggregate {
  return {
    period,
    direction: r['direction'] === 'a->b' ? 'a->b' : 'b->a',
    events: Number(r['events']),
    mentions: Number(r['mentions']),
    q1: Number(r['q1']),
    q2: Number(r['q2']),
    q3: Number(r['q3']),
    q4: Number(r['q4']),
    goldsteinSum: Number(r['goldstein_sum']),
  };
}

function row(period: string, direction: Direction, parts: SeriesAggregate[]): DyadSeriesRow {
  const quad: [number, number, number, number] = [0, 0, 0, 0];
  let events = 0;
  let mentions = 0;
  let goldsteinSum = 0;
  for (const p of parts) {
    events += p.events;
    mentions += p.mentions;
    goldsteinSum += p.goldsteinSum;
    quad[0] += p.q1;
    quad[1] += p.q2;
    quad[2] += p.q3;
    quad[3] += p.q4;
  }
  return {
    period,
    direction,
    events,
    mentions,
    quad,
    goldsteinSum: round(goldsteinSum),
    goldsteinMean: events === 0 ? 0 : round(goldsteinSum / events),
    cooperation: cooperationIndex(quad),
  };
}

const DIRECTION_ORDER: Record<Direction, number> = { both: 0, 'a->b': 1, 'b->a': 2 };

/** Rows sorted by period, then `both`, `a->b`, `b->a`; a direction with no events in a period is left out. */
export function buildSeries(aggregates: SeriesAggregate[]): DyadSeriesRow[] {
  const byPeriod = new Map<string, SeriesAggregate[]>();
  for (const a of aggregates) {
    const list = byPeriod.get(a.period) ?? [];
    list.push(a);
    byPeriod.set(a.period, list);
  }
  const out: DyadSeriesRow[] = [];
  for (const [period, parts] of byPeriod) {
    out.push(row(period, 'both', parts));
    for (const p of parts) out.push(row(period, p.direction, [p]));
  }
  return out.sort((x, y) =>
    x.period < y.period ? -1 : x.period > y.period ? 1 : DIRECTION_ORDER[x.direction] - DIRECTION_ORDER[y.direction],
  );
}
