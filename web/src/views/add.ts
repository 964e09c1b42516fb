/**
 * Paste or upload a document, send it with the token, and see what was extracted from it. Text and
 * Markdown files are read into the text box; PDF, Word and web pages are sent as they are and read by
 * the server. The token is kept for the browser session only.
 */
import { api, ApiError, TOKEN_KEY } from '../api.js';
import { el } from '../dom.js';
import { renderDocument } from './documents.js';


export function renderAdd(main: HTMLElement, onStored: (documentId: string) => void): void {
  const token = el('input', { id: 'token', name: 'token', type: 'password', autocomplete: 'off', required: true, value: sessionStorage.getItem(TOKEN_KEY) ?? '' });
  const title = el('input', { id: 'doc-title', name: 'title', maxlength: 500 });
  const published = el('input', { id: 'doc-published', name: 'published', placeholder: 'YYYY-MM-DD', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?', size: 10 });
  const text = el('textarea', { id: 'doc-text-input', name: 'text', rows: 14, required: true });
  const file = el('input', { id: 'doc-file', name: 'file', type: 'file', accept: '.txt,.md,.pdf,.docx,.html,.htm,text/plain,text/markdown,text/html,application/pdf' });
  // A PDF, Word file or web page waiting to be sent as it is.
  let converted: File | null = null;
  const status = el('p', { class: 'status', role: 'status' });
  const result = el('div', { id: 'add-result' });
  file.addEventListener('change', () => {
    const f = file.files?.[0];
    converted = null;
    text.required = true;
    text.disabled = false;
    if (!f) return;
    if (!title.value) title.value = f.name.replace(/\.[^.]+$/, '');
    if (/\.(pdf|docx|html?)$/i.test(f.name)) {
      converted = f;
      text.value = '';
      text.required = false;
      text.disabled = true;
      status.textContent = `${f.name} will be read by the server.`;
      return;
    }
    void f.text().then((t) => {
      text.value = t;
    });
  });
  const form = el('form', { class: 'add', onsubmit: (e: Event) => {
    e.preventDefault();
    void submit();
  } },
  el('label', {}, 'Token ', token),
  el('label', {}, 'Title ', title),
  el('label', {}, 'Published ', published),
  el('label', {}, 'File ', file),
  el('label', { class: 'wide' }, 'Text', text),
  el('button', { type: 'submit' }, 'Extract and store'),
  status);

  async function submit(): Promise<void> {
    sessionStorage.setItem(TOKEN_KEY, token.value);
    status.textContent = 'Extracting…';
    result.replaceChildren();
    try {
      const extra = { ...(title.value ? { title: title.value } : {}), ...(published.value ? { published: published.value } : {}) };
      const res = converted
        ? await api.ingestFile(token.value, converted, { name: converted.name, ...extra })
        : await api.ingest(token.value, { text: text.value, ...extra });
      status.textContent = res.status === 'duplicate' ? 'Already stored: showing what was extracted then.' : 'Stored.';
      if (res.warnings.length) result.append(el('ul', { class: 'warnings' }, ...res.warnings.map((w) => el('li', {}, w))));
      renderDocument(result, await api.document(res.documentId));
      onStored(res.documentId);
    } catch (e) {
      status.textContent = e instanceof ApiError ? `${e.message}${e.hint ? ` — ${e.hint}` : ''}` : `The server could not be reached (${String(e)}).`;
    }
  }

  main.append(el('h2', {}, 'Add a document'),
    el('p', {}, 'Paste a text or choose a file (text, Markdown, PDF, Word, a web page); it is extracted and stored, and its events, milestones and indicators are marked below.'),
    form, result);
}
