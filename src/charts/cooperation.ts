/**
 * The cooperation index per period of one or more dyads (the balance view: Serbia–NATO against
 * Serbia–Russia), each dyad with its own symbol and line style, a dot's size by its events.
 */
import * as Plot from '@observablehq/plot';
import { periodDate, periodsBetween, type ChartPeriod } from './periods.js';

/** One period of one dyad. */
export interface CooperationPoint {
  period: string;
  events: number;
  cooperation: number;
  goldsteinMean: number;
}

/** A dyad's line: its label (`SRB–NATO`) and its periods (a period with no events breaks the line). */
export interface CooperationSeries {
  label: string;
  points: readonly CooperationPoint[];
}

export interface CooperationChartOptions {
  by: ChartPeriod;
  width: number;
  document: Document;
  /** Period labels the axis must reach even without events there. */
  span?: readonly string[];
}

const SYMBOLS = ['circle', 'triangle', 'square', 'diamond'];
const DASHES = ['0', '6,3', '2,2', '8,2,2,2'];

interface Dot extends CooperationPoint {
  date: Date;
  dyad: string;
}

/** Cooperation index per period, one line and symbol per dyad. */
export function cooperationChart(series: readonly CooperationSeries[], o: CooperationChartOptions): ReturnType<typeof Plot.plot> {
  const labels = [...series.flatMap((s) => s.points.map((p) => p.period)), ...(o.span ?? [])].sort();
  const allPeriods = labels.length ? periodsBetween(labels[0]!, labels[labels.length - 1]!, o.by) : [];
  const dyads = series.map((s) => s.label);
  // A period with no events on one side has no cooperation to plot there.
  const dots: Dot[] = series.flatMap((s) => s.points.filter((p) => p.events > 0).map((p) => ({ ...p, date: periodDate(p.period), dyad: s.label })));
  return Plot.plot({
    document: o.document,
    width: o.width,
    height: 300,
    marginLeft: 44,
    x: { type: 'utc', label: null },
    y: { label: 'cooperation index', domain: [-1, 1], grid: true },
    symbol: { domain: dyads, range: dyads.map((_, i) => SYMBOLS[i % SYMBOLS.length]!), legend: true },
    marks: [
      Plot.ruleY([0]),
      // Each dyad's line runs through every period and breaks where that dyad has no events.
      ...series.map((s, i) => {
        const at = new Map(s.points.map((p) => [p.period, p]));
        return Plot.lineY(allPeriods.map((period) => {
          const p = at.get(period);
          return { period: periodDate(period), cooperation: p?.events ? p.cooperation : NaN };
        }), { x: 'period', y: 'cooperation', strokeDasharray: DASHES[i % DASHES.length]! });
      }),
      Plot.dot(dots, { x: 'date', y: 'cooperation', symbol: 'dyad', r: (p: Dot) => 3 + Math.sqrt(p.events), fill: 'white', stroke: 'currentColor',
        tip: true, title: (p: Dot) => `${p.dyad} ${p.period}: ${p.events} events, cooperation ${p.cooperation.toFixed(2)}, Goldstein ${p.goldsteinMean.toFixed(2)}` }),
    ],
  });
}
