/**
 * The trend view: a dyad's events per period by quad class, each direction in its own panel, and its
 * Goldstein mean per period in both directions. Quad classes differ by shape and line style as well as
 * colour; a table under the charts gives the same numbers as text. By quarter or month, a note says how
 * many events are dated too coarsely to be drawn.
 */
import { api } from '../api.js';
import { el } from '../dom.js';
import { QUADS } from '../quad.js';
import type { ViewState } from '../state.js';
import { unplacedNote } from '../../../src/analysis/trend.js';
import { directionName, formatNumber, goldsteinChart, quadChart } from '../../../src/charts/index.js';

export async function renderTrend(main: HTMLElement, s: ViewState): Promise<void> {
  const { rows, unplaced } = await api.series(s.a, s.b, { by: s.by, from: s.from || undefined, to: s.to || undefined, dataset: s.dataset || undefined });
  const shown = QUADS.filter((q) => s.quad.includes(q.quad));
  const dirName = (d: string) => directionName(d, s.a, s.b);
  main.append(el('h2', {}, `${s.a} – ${s.b}: events by ${s.by}`));
  const note = unplacedNote(unplaced, s.by);
  if (note) main.append(el('p', { class: 'note unplaced' }, note));
  if (rows.length === 0) {
    main.append(el('p', { class: 'empty' }, `No ${note ? `events dated to a ${s.by}` : 'dated events'} between ${s.a} and ${s.b}${s.from || s.to ? ' in this period' : ''}.`));
    return;
  }
  const width = Math.min(main.clientWidth || 900, 1100);
  const quadChartEl = quadChart(rows, { a: s.a, b: s.b, by: s.by, quads: s.quad, width, document });
  main.append(el('figure', { class: 'chart', 'aria-label': `Events per ${s.by} by quad class, each direction` }, quadChartEl));

  const goldstein = goldsteinChart(rows, { a: s.a, b: s.b, by: s.by, width, document });
  main.append(el('figure', { class: 'chart', 'aria-label': `Goldstein mean per ${s.by}, both directions` }, goldstein));

  const table = el('table', { class: 'data' },
    el('caption', {}, 'The same numbers as text'),
    el('thead', {}, el('tr', {}, ...['Period', 'Direction', 'Events', ...shown.map((q) => `${q.glyph} ${q.short}`), 'Goldstein mean', 'Cooperation']
      .map((h) => el('th', { scope: 'col' }, h)))));
  const tbody = el('tbody');
  for (const r of rows) {
    tbody.append(el('tr', {}, el('td', {}, r.period), el('td', {}, dirName(r.direction)), el('td', { class: 'num' }, formatNumber(r.events)),
      ...shown.map((q) => el('td', { class: 'num' }, formatNumber(r.quad[q.quad - 1] ?? 0))),
      el('td', { class: 'num' }, r.goldsteinMean.toFixed(2)), el('td', { class: 'num' }, r.cooperation.toFixed(2))));
  }
  table.append(tbody);
  main.append(el('details', {}, el('summary', {}, 'Table'), table));
}
