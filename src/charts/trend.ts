/**
 * A dyad's trend charts: events per period by quad class, each direction in its own panel, and the
 * Goldstein mean per period in both directions. Quad classes differ by shape and line style as well as
 * colour.
 */
import * as Plot from '@observablehq/plot';
import type { DyadSeriesRow } from '../store/store.js';
import { countTicks, formatNumber, withEvents } from './counts.js';
import { periodDate, periodsBetween, type ChartPeriod } from './periods.js';
import { QUADS } from './quad.js';

export interface TrendChartOptions {
  a: string;
  b: string;
  by: ChartPeriod;
  /** Quad classes drawn (1..4). */
  quads: readonly number[];
  width: number;
  /** The document the chart is built in: the page's in a browser, a server-side DOM's elsewhere. */
  document: Document;
  /** Period labels the axis must reach even without events there (a report's first and last year). */
  span?: readonly string[];
}

interface QuadPoint {
  period: string;
  direction: string;
  quad: string;
  events: number;
}

/** `SRB → NATO` for a direction. */
export function directionName(d: string, a: string, b: string): string {
  return d === 'a->b' ? `${a} → ${b}` : d === 'b->a' ? `${b} → ${a}` : 'both';
}

function periodsOf(rows: readonly DyadSeriesRow[], by: ChartPeriod, span: readonly string[] = []): string[] {
  // Labels of one period size sort in time order.
  const labels = [...rows.map((r) => r.period), ...span].sort();
  return labels.length ? periodsBetween(labels[0]!, labels[labels.length - 1]!, by) : [];
}

/** Events per period by quad class, one panel per direction. */
export function quadChart(rows: readonly DyadSeriesRow[], o: TrendChartOptions): ReturnType<typeof Plot.plot> {
  const shown = QUADS.filter((q) => o.quads.includes(q.quad));
  const periods = periodsOf(rows, o.by, o.span);
  const byKey = new Map(rows.filter((r) => r.direction !== 'both').map((r) => [`${r.direction} ${r.period}`, r]));
  const points: QuadPoint[] = (['a->b', 'b->a'] as const).flatMap((d) => periods.flatMap((period) => {
    const r = byKey.get(`${d} ${period}`);
    return shown.map((q) => ({ period, direction: directionName(d, o.a, o.b), quad: q.label, events: r?.quad[q.quad - 1] ?? 0 }));
  }));
  const domain = shown.map((q) => q.label);
  const ticks = countTicks(Math.max(0, ...points.map((p) => p.events)));
  return Plot.plot({
    document: o.document,
    width: o.width,
    height: 420,
    marginLeft: 40,
    marginRight: 90,
    x: { type: 'utc', label: null },
    // Whole-number ticks: a count axis never shows half an event.
    y: { label: 'events', grid: true, domain: [0, ticks[ticks.length - 1]!], ticks, tickFormat: formatNumber },
    fy: { label: null, padding: 0.2 },
    color: { domain, range: shown.map((q) => q.color) },
    symbol: { domain, range: shown.map((q) => q.symbol), legend: true },
    marks: [
      // One line mark per quad class: a dash pattern is a constant of its mark, not a channel.
      ...shown.map((q) => Plot.lineY(points.filter((d) => d.quad === q.label), {
        x: (d: QuadPoint) => periodDate(d.period), y: 'events', fy: 'direction', stroke: 'quad', strokeDasharray: q.dash })),
      // Markers only where something happened: the line already says zero for an empty period.
      Plot.dot(withEvents(points, (d) => d.events), { x: (d: QuadPoint) => periodDate(d.period), y: 'events', fy: 'direction', symbol: 'quad', stroke: 'quad',
        fill: 'white', r: 4, tip: true, title: (d: QuadPoint) => `${d.direction} ${d.period}: ${formatNumber(d.events)} ${d.quad.toLowerCase()}` }),
    ],
  });
}

/** The Goldstein mean per period in each direction; a period without events breaks the line. */
export function goldsteinChart(rows: readonly DyadSeriesRow[], o: Omit<TrendChartOptions, 'quads'>): ReturnType<typeof Plot.plot> {
  const periods = periodsOf(rows, o.by, o.span);
  const directed = rows.filter((r) => r.direction !== 'both');
  const byKey = new Map(directed.map((r) => [`${r.direction} ${r.period}`, r]));
  return Plot.plot({
    document: o.document,
    width: o.width,
    height: 220,
    marginLeft: 40,
    marginRight: 90,
    x: { type: 'utc', label: null },
    y: { label: 'Goldstein mean', domain: [-10, 10], grid: true },
    symbol: { legend: true },
    marks: [
      Plot.ruleY([0]),
      ...(['a->b', 'b->a'] as const).map((d, i) => Plot.lineY(
        periods.map((period) => ({ period, mean: byKey.get(`${d} ${period}`)?.goldsteinMean ?? NaN })),
        { x: (p: { period: string }) => periodDate(p.period), y: 'mean', strokeDasharray: i === 0 ? '0' : '5,3' })),
      Plot.dot(directed, { x: (r: DyadSeriesRow) => periodDate(r.period), y: 'goldsteinMean',
        symbol: (r: DyadSeriesRow) => directionName(r.direction, o.a, o.b), fill: 'currentColor', r: 4, tip: true,
        title: (r: DyadSeriesRow) => `${directionName(r.direction, o.a, o.b)} ${r.period}: Goldstein mean ${r.goldsteinMean.toFixed(2)}, sum ${r.goldsteinSum.toFixed(1)}` }),
    ],
  });
}
