/**
 * Documents: the list, and one document with every extraction marked in its text (events by quad
 * class, milestones, indicators), each mark listed below with a link to it.
 */
import { api, type DocumentWithExtraction } from '../api.js';
import { el, markedText, type MarkSpan } from '../dom.js';
import { formatInterval, quadLook } from '../quad.js';
import type { ViewState } from '../state.js';

export async function renderDocuments(main: HTMLElement, s: ViewState): Promise<void> {
  if (s.doc) {
    renderDocument(main, await api.document(s.doc));
    return;
  }
  const { items } = await api.documents();
  main.append(el('h2', {}, 'Documents'));
  if (items.length === 0) {
    main.append(el('p', { class: 'empty' }, 'No documents stored.'));
    return;
  }
  const list = el('ul', { class: 'documents' });
  for (const d of items) {
    list.append(el('li', {}, el('a', { href: `?view=documents&dyad=${s.a}:${s.b}&doc=${d.id}` }, d.title ?? d.name ?? d.id.slice(0, 12)),
      d.published ? ` · ${d.published}` : ''));
  }
  main.append(list);
}

/** One document with its extractions marked. */
export function renderDocument(main: HTMLElement, { document: doc, extraction }: DocumentWithExtraction): void {
  const spans: MarkSpan[] = [];
  const index = el('ol', { class: 'extractions' });
  const add = (id: string, start: number, end: number, kind: string, label: string) => {
    spans.push({ start, end, kind, label, id });
    index.append(el('li', { class: kind }, el('a', { href: `#${id}`, onclick: (e: Event) => focusMark(e, id) }, label)));
  };
  extraction.events.forEach((e, n) => {
    if (!e.evidence) return;
    const look = quadLook(e.quadClass);
    add(`x-ev-${n}`, e.evidence.start, e.evidence.end, `ev q${e.quadClass}`,
      `${look.glyph} ${formatInterval(e.date)} ${e.source.principal} → ${e.target.principal} CAMEO ${e.code} (${look.label}; rule ${e.rule})`);
  });
  extraction.milestones.forEach((m, n) => add(`x-ms-${n}`, m.evidence.start, m.evidence.end, 'ms',
    `⚑ ${formatInterval(m.date)} ${m.actor} – ${m.org}: ${m.instrument} ${m.status} (rule ${m.rule})`));
  extraction.indicators.forEach((i, n) => add(`x-in-${n}`, i.evidence.start, i.evidence.end, 'in',
    `# ${i.subject} ${i.metric}: ${i.qualifier ? `${i.qualifier} ` : ''}${i.value} ${i.unit} (rule ${i.rule})`));

  main.append(
    el('h2', {}, doc.title ?? doc.name ?? 'Untitled document'),
    el('p', { class: 'doc-meta' }, doc.published ? `Published ${doc.published} · ` : '',
      `${extraction.events.length} events, ${extraction.milestones.length} milestones, ${extraction.indicators.length} indicators`),
    el('p', { class: 'legend' }, el('mark', { class: 'ev' }, 'event'), ' ', el('mark', { class: 'ms' }, 'milestone'), ' ',
      el('mark', { class: 'in' }, 'indicator'), ' — marks are also underlined (events), boxed (milestones) or dotted (indicators).'),
    el('div', { class: 'doc-layout' },
      el('div', { class: 'doc-text', id: 'doc-text', role: 'document' }, markedText(doc.text, spans)),
      el('nav', { class: 'doc-index', 'aria-label': 'Extractions' }, el('h3', {}, 'Extractions'), index)),
  );
}

function focusMark(e: Event, id: string): void {
  e.preventDefault();
  const mark = document.getElementById(id);
  mark?.scrollIntoView({ block: 'center' });
  mark?.focus();
}
