/**
 * The dashboard: reads its state from the URL, renders the chosen view, and keeps the URL in step with
 * every choice (dyad, period, quad classes, view, open event) so a view can be shared by its address.
 */
import { api, ApiError, cameoName, TOKEN_KEY } from './api.js';
import { clear, el } from './dom.js';
import { closeEvidence, eventEvidence, showEvidence, type EvidenceRequest } from './evidence.js';
import { saveReport } from './report.js';
import { parseState, stateQuery, type View, type ViewState } from './state.js';
import { renderAdd } from './views/add.js';
import { renderBalance } from './views/balance.js';
import { renderDocuments } from './views/documents.js';
import { renderIndicators } from './views/indicators.js';
import { renderLadder } from './views/ladder.js';
import { renderTimeline } from './views/timeline.js';
import { renderTrend } from './views/trend.js';
import type { StoredEvent } from '../../src/store/store.js';

const main = document.getElementById('main') as HTMLElement;
const form = document.getElementById('filters') as HTMLFormElement;
let state: ViewState = parseState(location.search);
let renderSeq = 0;

function input(id: string): HTMLInputElement {
  return document.getElementById(id) as HTMLInputElement;
}

function fillForm(s: ViewState): void {
  input('pick-a').value = s.a;
  input('pick-b').value = s.b;
  input('from').value = s.from;
  input('to').value = s.to;
  (document.getElementById('by') as HTMLSelectElement).value = s.by;
  (document.getElementById('dataset') as HTMLSelectElement).value = s.dataset;
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name=quad]')) box.checked = s.quad.includes(Number(box.value));
}

function go(next: ViewState, replace = false): void {
  state = next;
  const url = `${location.pathname}${stateQuery(state)}`;
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  void render();
}

function openEvent(ev: StoredEvent): void {
  state = { ...state, event: ev.id };
  history.pushState(null, '', `${location.pathname}${stateQuery(state)}`);
  void cameoName(ev.code).then((name) => showEvidence(eventEvidence(ev, name), closeEvent));
}

function closeEvent(): void {
  if (!state.event) return;
  state = { ...state, event: '' };
  history.pushState(null, '', `${location.pathname}${stateQuery(state)}`);
}

function openEvidence(req: EvidenceRequest): void {
  void showEvidence(req, () => undefined);
}

async function render(): Promise<void> {
  const seq = ++renderSeq;
  fillForm(state);
  for (const a of document.querySelectorAll<HTMLAnchorElement>('#views a')) {
    const view = a.dataset['view'] as View;
    a.href = stateQuery({ ...state, view, event: '', doc: '' });
    if (view === state.view) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  document.title = `Dyad — ${state.a}–${state.b} · ${state.view}`;
  const target = el('div', { class: `view view-${state.view}` });
  clear(main);
  main.append(target);
  closeEvidence();
  try {
    switch (state.view) {
      case 'trend': await renderTrend(target, state); break;
      case 'timeline': await renderTimeline(target, state, { openEvent, openEvidence }); break;
      case 'ladder': await renderLadder(target, state, openEvidence); break;
      case 'balance': await renderBalance(target, state); break;
      case 'indicators': await renderIndicators(target, state, openEvidence); break;
      case 'documents': await renderDocuments(target, state); break;
      case 'add': renderAdd(target, (id) => {
        state = { ...state, doc: id };
        history.replaceState(null, '', `${location.pathname}${stateQuery(state)}`);
      }); break;
    }
    if (seq !== renderSeq) return;
    if (state.event) {
      const rec = await api.evidence(state.event);
      void showEvidence(eventEvidence(rec.event, await cameoName(rec.event.code)), closeEvent);
    }
  } catch (e) {
    if (seq !== renderSeq) return;
    if (e instanceof ApiError && e.status === 401) {
      target.append(tokenForm(e.message));
      main.dataset['ready'] = String(seq);
      return;
    }
    target.append(el('p', { class: 'error', role: 'alert' },
      e instanceof ApiError ? `${e.message}${e.hint ? ` — ${e.hint}` : ''}` : 'The server could not be reached.'));
  }
  main.dataset['ready'] = String(seq);
}

/** A private server asks for the token before it shows anything. */
function tokenForm(message: string): HTMLFormElement {
  const input = el('input', { id: 'read-token', type: 'password', autocomplete: 'off', required: true });
  return el('form', { class: 'token', onsubmit: (e: Event) => {
    e.preventDefault();
    sessionStorage.setItem(TOKEN_KEY, input.value);
    void render();
    void loadPrincipals();
  } },
  el('p', { role: 'alert' }, `${message}. This server is private: give its token to read it.`),
  el('label', {}, 'Token ', input), ' ', el('button', { type: 'submit' }, 'Open'));
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  const code = (id: string, fallback: string) => (input(id).value.trim().toUpperCase() || fallback);
  const quad = [...form.querySelectorAll<HTMLInputElement>('input[name=quad]:checked')].map((b) => Number(b.value));
  const by = (document.getElementById('by') as HTMLSelectElement).value;
  go({ ...state, a: code('pick-a', state.a), b: code('pick-b', state.b), from: input('from').value, to: input('to').value,
    by: by === 'month' || by === 'quarter' ? by : 'year',
    dataset: (document.getElementById('dataset') as HTMLSelectElement).value,
    quad: quad.length ? quad : [1, 2, 3, 4], event: '', doc: '' });
});

document.getElementById('report')?.addEventListener('submit', (e) => {
  e.preventDefault();
  const format = (document.getElementById('report-format') as HTMLSelectElement).value;
  void saveReport(state, format, document.getElementById('report-status') as HTMLElement);
});

document.getElementById('views')?.addEventListener('click', (e) => {
  const a = (e.target as HTMLElement).closest<HTMLAnchorElement>('a[data-view]');
  if (!a || e.ctrlKey || e.metaKey || e.shiftKey) return;
  e.preventDefault();
  go({ ...state, view: a.dataset['view'] as View, event: '', doc: '' });
});

main.addEventListener('change', (e) => {
  const t = e.target as HTMLInputElement;
  if (t.id === 'vs' && t.value.trim()) go({ ...state, vs: t.value.trim().toUpperCase() });
});

document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') closeEvidence(closeEvent);
});

window.addEventListener('popstate', () => {
  state = parseState(location.search);
  void render();
});

function loadPrincipals(): Promise<void> {
  return api.principals().then(({ items }) => {
    const list = document.getElementById('principals');
    list?.replaceChildren(...items.map((p) => el('option', { value: p.principal }, `${p.name} (${p.events} events)`)));
  }).catch(() => undefined);
}

void loadPrincipals();

history.replaceState(null, '', `${location.pathname}${stateQuery(state)}`);
void render();
