/**
 * The balance view: two dyads of one actor side by side (Serbia–NATO against Serbia–Russia), per
 * period: events, cooperation index and Goldstein mean, and which way the actor leans.
 */
import * as Plot from '@observablehq/plot';
import { api, type BalanceResponse, type BalanceSide } from '../api.js';
import { el } from '../dom.js';
import type { ViewState } from '../state.js';
import { periodsBetween } from './trend.js';

interface Point {
  period: Date;
  label: string;
  dyad: string;
  cooperation: number;
  events: number;
  goldstein: number;
}

export async function renderBalance(main: HTMLElement, s: ViewState): Promise<void> {
  const res = await api.balance(s.a, s.b, s.vs, { by: s.by, from: s.from || undefined, to: s.to || undefined });
  const left = `${s.a}–${s.b}`;
  const right = `${s.a}–${s.vs}`;
  main.append(el('h2', {}, `Balance: ${left} against ${right}`),
    el('form', { class: 'inline', onsubmit: (e: Event) => { e.preventDefault(); } },
      el('label', {}, 'Compare with ', el('input', { id: 'vs', name: 'vs', value: s.vs, list: 'principals', size: 8 }))),
    el('p', { class: 'summary', id: 'lean' }, leanSentence(s.a, res)));
  if (res.rows.length === 0) {
    main.append(el('p', { class: 'empty' }, 'No dated events for either dyad.'));
    return;
  }
  const year = (p: string) => new Date(Date.UTC(Number(p.slice(0, 4)), p.includes('-Q') ? (Number(p.slice(6)) - 1) * 3 : p.length === 7 ? Number(p.slice(5)) - 1 : 0, 1));
  const point = (r: { period: string }, dyad: string, side: BalanceSide): Point =>
    ({ period: year(r.period), label: r.period, dyad, cooperation: side.cooperation, events: side.events, goldstein: side.goldsteinMean });
  // A period with no events on one side has no cooperation to plot there.
  const points: Point[] = res.rows.flatMap((r) => [
    r.first.events ? point(r, left, r.first) : null,
    r.second.events ? point(r, right, r.second) : null,
  ].filter((p): p is Point => p !== null));
  const labels = res.rows.map((r) => r.period).sort();
  const allPeriods = periodsBetween(labels[0]!, labels[labels.length - 1]!, s.by);
  const rowOf = new Map(res.rows.map((r) => [r.period, r]));
  const width = Math.min(main.clientWidth || 900, 1100);
  const dyads = [left, right];
  const chart = Plot.plot({
    width,
    height: 300,
    marginLeft: 44,
    x: { type: 'utc', label: null },
    y: { label: 'cooperation index', domain: [-1, 1], grid: true },
    symbol: { domain: dyads, range: ['circle', 'triangle'], legend: true },
    marks: [
      Plot.ruleY([0]),
      // Each dyad's line runs through every period and breaks where that dyad has no events.
      ...dyads.map((d, i) => Plot.lineY(allPeriods.map((period) => {
        const r = rowOf.get(period);
        const side = r ? (i === 0 ? r.first : r.second) : null;
        return { period: year(period), cooperation: side?.events ? side.cooperation : NaN };
      }), { x: 'period', y: 'cooperation', strokeDasharray: i === 0 ? '0' : '6,3' })),
      Plot.dot(points, { x: 'period', y: 'cooperation', symbol: 'dyad', r: (p: Point) => 3 + Math.sqrt(p.events), fill: 'white', stroke: 'currentColor',
        tip: true, title: (p: Point) => `${p.dyad} ${p.label}: ${p.events} events, cooperation ${p.cooperation.toFixed(2)}, Goldstein ${p.goldstein.toFixed(2)}` }),
    ],
  });
  main.append(el('figure', { class: 'chart', 'aria-label': `Cooperation index per period, ${left} and ${right}` }, chart));

  const table = el('table', { class: 'data balance' },
    el('thead', {}, el('tr', {}, ...['Period', `${left} events`, `${left} coop.`, `${right} events`, `${right} coop.`, 'Leans']
      .map((h) => el('th', { scope: 'col' }, h)))));
  const tbody = el('tbody');
  for (const r of res.rows) {
    tbody.append(el('tr', {}, el('td', {}, r.period),
      el('td', { class: 'num' }, r.first.events), el('td', { class: 'num' }, r.first.events ? r.first.cooperation.toFixed(2) : '–'),
      el('td', { class: 'num' }, r.second.events), el('td', { class: 'num' }, r.second.events ? r.second.cooperation.toFixed(2) : '–'),
      el('td', {}, r.lean)));
  }
  table.append(tbody);
  main.append(table);
}

function leanSentence(actor: string, res: BalanceResponse): string {
  const { first, second, lean } = res.total;
  const tally = `${res.first}: ${first.events} events, net ${first.net}; ${res.second}: ${second.events} events, net ${second.net}`;
  return lean === 'even' ? `Over the period ${actor} leans to neither (${tally}).` : `Over the period ${actor} leans to ${lean} (${tally}).`;
}
