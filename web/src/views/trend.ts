/**
 * The trend view: a dyad's events per period by quad class, each direction in its own panel, and its
 * Goldstein mean per period in both directions. Quad classes differ by shape and line style as well as
 * colour; a table under the charts gives the same numbers as text.
 */
import * as Plot from '@observablehq/plot';
import { api } from '../api.js';
import { el } from '../dom.js';
import { QUADS } from '../quad.js';
import type { ViewState } from '../state.js';
import type { DyadSeriesRow } from '../../../src/store/store.js';

interface QuadPoint {
  period: string;
  direction: string;
  quad: string;
  events: number;
}

function periodDate(period: string): Date {
  const [y, rest] = period.split('-');
  const year = Number(y);
  if (!rest) return new Date(Date.UTC(year, 0, 1));
  if (rest.startsWith('Q')) return new Date(Date.UTC(year, (Number(rest.slice(1)) - 1) * 3, 1));
  return new Date(Date.UTC(year, Number(rest) - 1, 1));
}

/** Every period label from the first to the last, so a period without events counts as zero, not as a gap bridged by a line. */
export function periodsBetween(first: string, last: string, by: 'year' | 'quarter' | 'month'): string[] {
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

export async function renderTrend(main: HTMLElement, s: ViewState): Promise<void> {
  const { rows } = await api.series(s.a, s.b, { by: s.by, from: s.from || undefined, to: s.to || undefined, dataset: s.dataset || undefined });
  const shown = QUADS.filter((q) => s.quad.includes(q.quad));
  const dirName = (d: string) => (d === 'a->b' ? `${s.a} → ${s.b}` : d === 'b->a' ? `${s.b} → ${s.a}` : 'both');
  const directed = rows.filter((r) => r.direction !== 'both');
  // Labels of one period size sort in time order.
  const labels = rows.map((r) => r.period).sort();
  const periods = labels.length ? periodsBetween(labels[0]!, labels[labels.length - 1]!, s.by) : [];
  const byKey = new Map(directed.map((r) => [`${r.direction} ${r.period}`, r]));
  const points: QuadPoint[] = (['a->b', 'b->a'] as const).flatMap((d) => periods.flatMap((period) => {
    const r = byKey.get(`${d} ${period}`);
    return shown.map((q) => ({ period, direction: dirName(d), quad: q.label, events: r?.quad[q.quad - 1] ?? 0 }));
  }));

  main.append(el('h2', {}, `${s.a} – ${s.b}: events by ${s.by}`));
  if (rows.length === 0) {
    main.append(el('p', { class: 'empty' }, `No dated events between ${s.a} and ${s.b}${s.from || s.to ? ' in this period' : ''}.`));
    return;
  }
  const width = Math.min(main.clientWidth || 900, 1100);
  const domain = shown.map((q) => q.label);
  const quadChart = Plot.plot({
    width,
    height: 420,
    marginLeft: 40,
    marginRight: 90,
    x: { type: 'utc', label: null },
    y: { label: 'events', grid: true, zero: true },
    fy: { label: null, padding: 0.2 },
    color: { domain, range: shown.map((q) => q.color) },
    symbol: { domain, range: shown.map((q) => q.symbol), legend: true },
    marks: [
      // One line mark per quad class: a dash pattern is a constant of its mark, not a channel.
      ...shown.map((q) => Plot.lineY(points.filter((d) => d.quad === q.label), {
        x: (d: QuadPoint) => periodDate(d.period), y: 'events', fy: 'direction', stroke: 'quad', strokeDasharray: q.dash })),
      Plot.dot(points, { x: (d: QuadPoint) => periodDate(d.period), y: 'events', fy: 'direction', symbol: 'quad', stroke: 'quad',
        fill: 'white', r: 4, tip: true, title: (d: QuadPoint) => `${d.direction} ${d.period}: ${d.events} ${d.quad.toLowerCase()}` }),
    ],
  });
  main.append(el('figure', { class: 'chart', 'aria-label': `Events per ${s.by} by quad class, each direction` }, quadChart));

  const goldstein = Plot.plot({
    width,
    height: 220,
    marginLeft: 40,
    marginRight: 90,
    x: { type: 'utc', label: null },
    y: { label: 'Goldstein mean', domain: [-10, 10], grid: true },
    symbol: { legend: true },
    marks: [
      Plot.ruleY([0]),
      // A period without events has no mean: the line breaks there instead of bridging it.
      ...(['a->b', 'b->a'] as const).map((d, i) => Plot.lineY(
        periods.map((period) => ({ period, mean: byKey.get(`${d} ${period}`)?.goldsteinMean ?? NaN })),
        { x: (p: { period: string }) => periodDate(p.period), y: 'mean', strokeDasharray: i === 0 ? '0' : '5,3' })),
      Plot.dot(directed, { x: (r: DyadSeriesRow) => periodDate(r.period), y: 'goldsteinMean',
        symbol: (r: DyadSeriesRow) => dirName(r.direction), fill: 'currentColor', r: 4, tip: true,
        title: (r: DyadSeriesRow) => `${dirName(r.direction)} ${r.period}: Goldstein mean ${r.goldsteinMean.toFixed(2)}, sum ${r.goldsteinSum.toFixed(1)}` }),
    ],
  });
  main.append(el('figure', { class: 'chart', 'aria-label': `Goldstein mean per ${s.by}, both directions` }, goldstein));

  const table = el('table', { class: 'data' },
    el('caption', {}, 'The same numbers as text'),
    el('thead', {}, el('tr', {}, ...['Period', 'Direction', 'Events', ...shown.map((q) => `${q.glyph} ${q.short}`), 'Goldstein mean', 'Cooperation']
      .map((h) => el('th', { scope: 'col' }, h)))));
  const tbody = el('tbody');
  for (const r of rows) {
    tbody.append(el('tr', {}, el('td', {}, r.period), el('td', {}, dirName(r.direction)), el('td', { class: 'num' }, r.events),
      ...shown.map((q) => el('td', { class: 'num' }, r.quad[q.quad - 1] ?? 0)),
      el('td', { class: 'num' }, r.goldsteinMean.toFixed(2)), el('td', { class: 'num' }, r.cooperation.toFixed(2))));
  }
  table.append(tbody);
  main.append(el('details', {}, el('summary', {}, 'Table'), table));
}
