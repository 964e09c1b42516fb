/** Indicators: the figures the texts state, each with its source sentence. */
import { api } from '../api.js';
import { el } from '../dom.js';
import type { EvidenceRequest } from '../evidence.js';
import { formatInterval } from '../quad.js';
import type { ViewState } from '../state.js';
import { formatNumber } from '../../../src/charts/index.js';
import type { StoredIndicator } from '../../../src/store/store.js';

/** `circa 10 %`, `1,200,000 people`: the figure as the text states it, grouped for reading. */
function valueText(i: StoredIndicator): string {
  return `${i.qualifier ? `${i.qualifier} ` : ''}${formatNumber(i.value)}${i.unit === '%' ? '' : ' '}${i.unit}`.trim();
}

export function indicatorEvidence(i: StoredIndicator): EvidenceRequest {
  return {
    title: `${i.subject}: ${i.metric}`,
    facts: [['Value', valueText(i)], ['When', formatInterval(i.date)], ['Rule', i.rule]],
    documentId: i.documentId,
    start: i.evidence.start,
    end: i.evidence.end,
    page: i.evidence.page ?? null,
  };
}

export async function renderIndicators(main: HTMLElement, s: ViewState, openEvidence: (r: EvidenceRequest) => void): Promise<void> {
  // The period applies here as everywhere: a figure stated for 2009 is not one of 2015.
  const { items } = await api.indicators({ from: s.from || undefined, to: s.to || undefined });
  const mine = items.filter((i) => i.subject === s.a || i.subject === s.b);
  const rest = items.filter((i) => !mine.includes(i));
  const period = s.from && s.to ? ` from ${s.from} to ${s.to}` : s.from ? ` from ${s.from}` : s.to ? ` until ${s.to}` : '';
  main.append(el('h2', {}, `Indicators${period}`));
  if (period) main.append(el('p', { class: 'summary' }, 'Figures whose date falls in the period; undated figures are listed when no period is chosen.'));
  if (items.length === 0) {
    main.append(el('p', { class: 'empty' }, period ? 'No indicators in this period.' : 'No indicators stored.'));
    return;
  }
  for (const [title, list] of [[`${s.a} and ${s.b}`, mine], ['Others', rest]] as const) {
    if (list.length === 0) continue;
    const tbody = el('tbody');
    for (const i of list) {
      tbody.append(el('tr', {},
        el('td', {}, i.subject), el('td', {}, i.metric),
        el('td', { class: 'num' }, valueText(i)),
        el('td', {}, formatInterval(i.date)),
        el('td', {}, el('button', { type: 'button', class: 'link', onclick: () => openEvidence(indicatorEvidence(i)) }, 'source'))));
    }
    main.append(el('table', { class: 'data' }, el('caption', {}, title),
      el('thead', {}, el('tr', {}, ...['Subject', 'Metric', 'Value', 'When', 'Source'].map((h) => el('th', { scope: 'col', class: h === 'Value' ? 'num' : null }, h)))), tbody));
  }
}
