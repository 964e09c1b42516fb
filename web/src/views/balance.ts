/**
 * The balance view: two dyads of one actor side by side (Serbia–NATO against Serbia–Russia), per
 * period: events, cooperation index and Goldstein mean, and which way the actor leans.
 */
import { api, type BalanceResponse, type BalanceSide } from '../api.js';
import { el } from '../dom.js';
import type { ViewState } from '../state.js';
import { cooperationChart, formatNumber, formatSigned } from '../../../src/charts/index.js';

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
  const width = Math.min(main.clientWidth || 900, 1100);
  const points = (pick: (r: BalanceResponse['rows'][number]) => BalanceSide) =>
    res.rows.map((r) => ({ period: r.period, events: pick(r).events, cooperation: pick(r).cooperation, goldsteinMean: pick(r).goldsteinMean }));
  const chart = cooperationChart([
    { label: left, points: points((r) => r.first) },
    { label: right, points: points((r) => r.second) },
  ], { by: s.by, width, document });
  main.append(el('figure', { class: 'chart', 'aria-label': `Cooperation index per period, ${left} and ${right}` }, chart));

  // The net (weighted cooperative minus conflictual acts) is what decides "leans": it is shown beside it.
  const table = el('table', { class: 'data balance' },
    el('caption', { class: 'note' }, 'Net: cooperative acts minus conflictual ones, material acts counting twice verbal ones; the actor leans to the higher positive net.'),
    el('thead', {}, el('tr', {}, ...['Period', `${left} events`, `${left} coop.`, `${left} net`, `${right} events`, `${right} coop.`, `${right} net`, 'Leans']
      .map((h, i) => el('th', { scope: 'col', class: i > 0 && i < 7 ? 'num' : null }, h)))));
  const tbody = el('tbody');
  // A true minus sign, as in the net column.
  const coop = (x: BalanceSide) => (x.events ? x.cooperation.toFixed(2).replace('-', '−') : '–');
  const cells = (x: BalanceSide) => [el('td', { class: 'num' }, formatNumber(x.events)),
    el('td', { class: 'num' }, coop(x)), el('td', { class: 'num net' }, x.events ? formatSigned(x.net) : '–')];
  for (const r of res.rows) {
    tbody.append(el('tr', {}, el('td', {}, r.period), ...cells(r.first), ...cells(r.second), el('td', {}, r.lean)));
  }
  table.append(tbody, el('tfoot', {}, el('tr', {}, el('th', { scope: 'row' }, 'All periods'), ...cells(res.total.first), ...cells(res.total.second),
    el('td', {}, res.total.lean))));
  main.append(table);
}

function leanSentence(actor: string, res: BalanceResponse): string {
  const { first, second, lean } = res.total;
  const tally = `${res.first}: ${formatNumber(first.events)} events, net ${formatSigned(first.net)}; ${res.second}: ${formatNumber(second.events)} events, net ${formatSigned(second.net)}`;
  return lean === 'even' ? `Over the period ${actor} leans to neither (${tally}).` : `Over the period ${actor} leans to ${lean} (${tally}).`;
}
