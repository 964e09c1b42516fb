/**
 * The balance of an actor between two others (Serbia between NATO and Russia): the two dyads side by
 * side per period, and which way the actor leans. The lean compares net weighted cooperation — material
 * acts weigh twice verbal ones, conflict counts against — so that both the tone and the volume of a
 * relationship count: ten cooperative acts with one partner outweigh one with the other.
 */
import type { DyadSeriesRow, Period, Store } from '../store/store.js';
import { MATERIAL_WEIGHT, VERBAL_WEIGHT, cooperationIndex, round } from '../core/cooperation.js';

export interface BalanceQuery {
  /** The actor in the middle (`SRB`). */
  actor: string;
  /** The two partners it is weighed between (`NATO`, `RUS`). */
  first: string;
  second: string;
  by: Period;
  from?: string;
  to?: string;
}

/** One side of a balance row: the actor's dyad with one partner in that period (both directions). */
export interface BalanceSide {
  events: number;
  mentions: number;
  /** Events per quad class 1..4. */
  quad: [number, number, number, number];
  goldsteinMean: number;
  cooperation: number;
  /** Weighted cooperative minus weighted conflictual acts. */
  net: number;
}

export interface BalanceRow {
  period: string;
  first: BalanceSide;
  second: BalanceSide;
  /** The partner the actor leans to in the period, `away from X` when neither is cooperative, or `even`. */
  lean: string;
}

export interface Balance {
  actor: string;
  first: string;
  second: string;
  rows: BalanceRow[];
  /** Over all periods. */
  total: { first: BalanceSide; second: BalanceSide; lean: string };
}

/** Weighted cooperative minus weighted conflictual acts. */
export function netCooperation(quad: readonly [number, number, number, number]): number {
  return VERBAL_WEIGHT * quad[0] + MATERIAL_WEIGHT * quad[1] - VERBAL_WEIGHT * quad[2] - MATERIAL_WEIGHT * quad[3];
}



function side(row: DyadSeriesRow | undefined): BalanceSide {
  if (!row) return { events: 0, mentions: 0, quad: [0, 0, 0, 0], goldsteinMean: 0, cooperation: 0, net: 0 };
  return { events: row.events, mentions: row.mentions, quad: [...row.quad], goldsteinMean: row.goldsteinMean, cooperation: row.cooperation, net: netCooperation(row.quad) };
}

/**
 * The partner with the higher net cooperation, if that net is positive; when neither relationship is
 * cooperative on balance, the actor leans `away from` the one with the lower net; `even` when equal.
 */
function leanOf(first: string, second: string, a: BalanceSide, b: BalanceSide): string {
  if (a.net === b.net) return 'even';
  const [hi, lo] = a.net > b.net ? [first, second] : [second, first];
  return Math.max(a.net, b.net) > 0 ? hi : `away from ${lo}`;
}

function sumSides(rows: BalanceSide[]): BalanceSide {
  const quad: [number, number, number, number] = [0, 0, 0, 0];
  let events = 0;
  let mentions = 0;
  let gsum = 0;
  for (const r of rows) {
    events += r.events;
    mentions += r.mentions;
    gsum += r.goldsteinMean * r.events;
    for (let i = 0; i < 4; i++) quad[i as 0 | 1 | 2 | 3] += r.quad[i as 0 | 1 | 2 | 3];
  }
  return { events, mentions, quad, goldsteinMean: events === 0 ? 0 : round(gsum / events), cooperation: cooperationIndex(quad), net: netCooperation(quad) };
}

/**
 * The actor's two dyads side by side.
 * @example await balance(store, { actor: 'SRB', first: 'NATO', second: 'RUS', by: 'year' })
 */
export async function balance(store: Store, q: BalanceQuery): Promise<Balance> {
  const range = { ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}) };
  const [a, b] = await Promise.all([
    store.dyadSeries({ a: q.actor, b: q.first, by: q.by, ...range }),
    store.dyadSeries({ a: q.actor, b: q.second, by: q.by, ...range }),
  ]);
  const both = (rows: DyadSeriesRow[]) => new Map(rows.filter((r) => r.direction === 'both').map((r) => [r.period, r]));
  const ma = both(a);
  const mb = both(b);
  const periods = [...new Set([...ma.keys(), ...mb.keys()])].sort();
  const actor = q.actor.toUpperCase();
  const first = q.first.toUpperCase();
  const second = q.second.toUpperCase();
  const rows = periods.map((period) => {
    const sa = side(ma.get(period));
    const sb = side(mb.get(period));
    return { period, first: sa, second: sb, lean: leanOf(first, second, sa, sb) };
  });
  const ta = sumSides(rows.map((r) => r.first));
  const tb = sumSides(rows.map((r) => r.second));
  return { actor, first, second, rows, total: { first: ta, second: tb, lean: leanOf(first, second, ta, tb) } };
}
