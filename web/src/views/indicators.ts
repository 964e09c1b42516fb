/** Indicators: the figures the texts state, each with its source sentence. */
import { api } from '../api.js';
import { el } from '../dom.js';
import type { EvidenceRequest } from '../evidence.js';
import { formatInterval } from '../quad.js';
import type { ViewState } from '../state.js';
import type { StoredIndicator } from '../../../src/store/store.js';

export function indicatorEvidence(i: StoredIndicator): EvidenceRequest {
  return {
    title: `${i.subject}: ${i.metric}`,
    facts: [['Value', `${i.qualifier ? `${i.qualifier} ` : ''}${i.value} ${i.unit}`], ['When', formatInterval(i.date)], ['Rule', i.rule]],
    documentId: i.documentId,
    start: i.evidence.start,
    end: i.evidence.end,
  };
}

export async function renderIndicators(main: HTMLElement, s: ViewState, openEvidence: (r: EvidenceRequest) => void): Promise<void> {
  const { items } = await api.indicators();
  const mine = items.filter((i) => i.subject === s.a || i.subject === s.b);
  const rest = items.filter((i) => !mine.includes(i));
  main.append(el('h2', {}, 'Indicators'));
  if (items.length === 0) {
    main.append(el('p', { class: 'empty' }, 'No indicators stored.'));
    return;
  }
  for (const [title, list] of [[`${s.a} and ${s.b}`, mine], ['Others', rest]] as const) {
    if (list.length === 0) continue;
    const tbody = el('tbody');
    for (const i of list) {
      tbody.append(el('tr', {},
        el('td', {}, i.subject), el('td', {}, i.metric),
        el('td', { class: 'num' }, `${i.qualifier ? `${i.qualifier} ` : ''}${i.value} ${i.unit}`),
        el('td', {}, formatInterval(i.date)),
        el('td', {}, el('button', { type: 'button', class: 'link', onclick: () => openEvidence(indicatorEvidence(i)) }, 'source'))));
    }
    main.append(el('table', { class: 'data' }, el('caption', {}, title),
      el('thead', {}, el('tr', {}, ...['Subject', 'Metric', 'Value', 'When', 'Source'].map((h) => el('th', { scope: 'col' }, h)))), tbody));
  }
}
