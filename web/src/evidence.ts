/**
 * The evidence panel: the document with the sentence highlighted, and the rule that coded it. Used by
 * the timeline (an event), the ladder (a milestone) and the indicators (a figure).
 */
import { api, ApiError } from './api.js';
import { clear, el, markedText } from './dom.js';
import { formatInterval, quadLook } from './quad.js';
import type { StoredEvent } from '../../src/store/store.js';

export interface EvidenceRequest {
  title: string;
  /** Lines of "what was coded": field and value. */
  facts: [string, string][];
  documentId: string | null;
  start: number;
  end: number;
  /** The page of a PDF the evidence is on. */
  page: number | null;
  /** For imported rows: where the row came from. */
  sourceUrl?: string | null;
}

let lastFocus: HTMLElement | null = null;

export function closeEvidence(onClose?: () => void): void {
  const panel = document.getElementById('evidence');
  if (!panel || panel.hidden) return;
  panel.hidden = true;
  clear(panel);
  lastFocus?.focus();
  onClose?.();
}

/** Open the panel for one piece of evidence, fetching its document. */
export async function showEvidence(req: EvidenceRequest, onClose: () => void): Promise<void> {
  const panel = document.getElementById('evidence');
  if (!panel) return;
  if (document.activeElement instanceof HTMLElement && !panel.contains(document.activeElement)) lastFocus = document.activeElement;
  clear(panel);
  panel.hidden = false;
  const close = el('button', { type: 'button', class: 'close', 'aria-label': 'Close evidence', onclick: () => closeEvidence(onClose) }, '×');
  const facts = el('dl', { class: 'facts' });
  for (const [k, v] of req.facts) facts.append(el('dt', {}, k), el('dd', {}, v));
  const heading = el('h2', { id: 'evidence-title', tabindex: '-1' }, req.title);
  panel.append(close, heading, facts);
  heading.focus();

  if (!req.documentId) {
    panel.append(el('p', {}, 'Imported from a dataset: no document text is stored for it.'));
    if (req.sourceUrl) panel.append(el('p', {}, 'Source: ', el('a', { href: req.sourceUrl, rel: 'noopener noreferrer', target: '_blank' }, req.sourceUrl)));
    return;
  }
  const body = el('div', { class: 'doc-text', role: 'document' }, 'Loading the document…');
  panel.append(body);
  try {
    const { document: doc } = await api.document(req.documentId);
    const meta = el('p', { class: 'doc-meta' },
      el('strong', {}, doc.title ?? doc.name ?? 'Untitled document'),
      doc.published ? ` · published ${doc.published}` : '',
      req.page === null ? '' : ` · p. ${req.page}`,
      ' · ',
      el('a', { href: `?view=documents&doc=${doc.id}` }, 'open the document view'));
    body.replaceWith(meta, body);
    clear(body);
    body.append(markedText(doc.text, [{ start: req.start, end: req.end, kind: 'hl', label: 'the evidence', id: 'evidence-mark' }]));
    document.getElementById('evidence-mark')?.scrollIntoView({ block: 'center' });
  } catch (e) {
    clear(body);
    body.append(el('p', { class: 'error' }, e instanceof ApiError ? e.message : 'The document could not be loaded.'));
  }
}

/** What an event's evidence panel shows. */
export function eventEvidence(ev: StoredEvent, codeName = ''): EvidenceRequest {
  const facts: [string, string][] = [
    ['Who', `${ev.source.actor} (${ev.source.principal}) → ${ev.target.actor} (${ev.target.principal})`],
    ['When', formatInterval(ev.date)],
    ['CAMEO', `${ev.code}${codeName ? ` ${codeName}` : ''} (root ${ev.root})`],
    ['Quad class', `${quadLook(ev.quadClass).glyph} ${quadLook(ev.quadClass).label}`],
    ['Goldstein', ev.goldstein.toFixed(1)],
    ['Rule', ev.rule],
    ['Confidence', ev.confidence.toFixed(2)],
    ['Dataset', ev.datasetRowId ? `${ev.dataset} row ${ev.datasetRowId}` : ev.dataset],
    ['Mentions', String(ev.mentions)],
  ];
  return {
    title: `${ev.source.principal} → ${ev.target.principal}: ${ev.code}`,
    facts,
    documentId: ev.documentId,
    start: ev.evidence?.start ?? 0,
    end: ev.evidence?.end ?? 0,
    page: ev.evidence?.page ?? null,
    sourceUrl: ev.sourceUrl,
  };
}
