/**
 * The view's state lives in the URL's query string (dyad, from, to, quad, view, event, doc, vs, by),
 * so any view can be shared by copying the address.
 */

export const VIEWS = ['trend', 'timeline', 'ladder', 'balance', 'indicators', 'documents', 'add'] as const;
export type View = (typeof VIEWS)[number];
export type Period = 'year' | 'quarter' | 'month';

export interface ViewState {
  view: View;
  a: string;
  b: string;
  from: string;
  to: string;
  /** Quad classes shown; all four when none is given. */
  quad: number[];
  /** The event whose evidence is open. */
  event: string;
  /** The document open in the document view. */
  doc: string;
  /** The third principal of the balance view (a–b against a–vs). */
  vs: string;
  by: Period;
  /** Events of one source only (`dyad` = extracted from documents); '' for all. */
  dataset: string;
}

const DATASETS = ['dyad', 'gdelt', 'gdelt1', 'icews', 'acled'];
const CODE = /^[A-Za-z0-9][A-Za-z0-9:._-]{0,63}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export const DEFAULTS: ViewState = {
  view: 'trend', a: 'SRB', b: 'NATO', from: '', to: '', quad: [1, 2, 3, 4], event: '', doc: '', vs: 'RUS', by: 'year', dataset: '',
};

/** Read the state from a query string; anything malformed falls back to the default. */
export function parseState(search: string): ViewState {
  const q = new URLSearchParams(search);
  const s: ViewState = { ...DEFAULTS, quad: [...DEFAULTS.quad] };
  const view = q.get('view');
  if (view && (VIEWS as readonly string[]).includes(view)) s.view = view as View;
  const [a, b] = (q.get('dyad') ?? '').split(':');
  if (a && b && CODE.test(a) && CODE.test(b)) {
    s.a = a.toUpperCase();
    s.b = b.toUpperCase();
  }
  for (const k of ['from', 'to'] as const) {
    const v = q.get(k);
    if (v && DAY.test(v)) s[k] = v;
  }
  const quad = (q.get('quad') ?? '').split(',').map(Number).filter((n) => n >= 1 && n <= 4);
  if (quad.length) s.quad = [...new Set(quad)].sort();
  const event = q.get('event');
  if (event && /^[A-Za-z0-9:._|-]{1,160}$/.test(event)) s.event = event;
  const doc = q.get('doc');
  if (doc && /^[0-9a-f]{64}$/.test(doc)) s.doc = doc;
  const vs = q.get('vs');
  if (vs && CODE.test(vs)) s.vs = vs.toUpperCase();
  const by = q.get('by');
  if (by === 'year' || by === 'quarter' || by === 'month') s.by = by;
  const dataset = q.get('dataset');
  if (dataset && DATASETS.includes(dataset)) s.dataset = dataset;
  return s;
}

/** The query string for a state, leaving out what is default. */
export function stateQuery(s: ViewState): string {
  const q = new URLSearchParams();
  q.set('view', s.view);
  q.set('dyad', `${s.a}:${s.b}`);
  if (s.from) q.set('from', s.from);
  if (s.to) q.set('to', s.to);
  if (s.quad.length && s.quad.length < 4) q.set('quad', s.quad.join(','));
  if (s.by !== DEFAULTS.by) q.set('by', s.by);
  if (s.dataset) q.set('dataset', s.dataset);
  if (s.view === 'balance' || s.vs !== DEFAULTS.vs) q.set('vs', s.vs);
  if (s.doc) q.set('doc', s.doc);
  if (s.event) q.set('event', s.event);
  return `?${q.toString()}`;
}
