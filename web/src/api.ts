/** The dashboard's calls to the API, and its one error shape. */
import type { Balance } from '../../src/analysis/balance.js';
import type { DateInterval } from '../../src/core/model.js';
import type { PublicDocumentInfo } from '../../src/server/_documents.js';
import type {
  DyadSeriesRow, EvidenceRecord, StoredDocument, StoredEvent, StoredIndicator, StoredMilestone,
} from '../../src/store/store.js';

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly field?: string, readonly hint?: string) {
    super(message);
  }
}

type Params = Record<string, string | number | undefined | null>;

function query(params: Params): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** Where the token is kept: for this browser tab's session only. */
export const TOKEN_KEY = 'dyad-token';

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  // A private server needs the token for reads too: send it whenever the user has given one.
  const token = sessionStorage.getItem(TOKEN_KEY);
  const auth: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  const res = await fetch(path, { ...init, headers: { accept: 'application/json', ...auth, ...(init.headers ?? {}) } });
  const body = (await res.json().catch(() => null)) as unknown;
  if (!res.ok) {
    const e = (body as { error?: { code?: string; message?: string; field?: string; hint?: string } } | null)?.error;
    throw new ApiError(res.status, e?.code ?? 'INTERNAL', e?.message ?? `${res.status} ${res.statusText}`, e?.field, e?.hint);
  }
  return body as T;
}

/** A file from the API (a report): its bytes and the name the server gives it. */
export async function download(path: string, params: Params = {}): Promise<{ blob: Blob; filename: string }> {
  const token = sessionStorage.getItem(TOKEN_KEY);
  const res = await fetch(`${path}${query(params)}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string; field?: string; hint?: string } } | null;
    const e = body?.error;
    throw new ApiError(res.status, e?.code ?? 'INTERNAL', e?.message ?? `${res.status} ${res.statusText}`, e?.field, e?.hint);
  }
  const filename = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'report';
  return { blob: await res.blob(), filename };
}

export const get = <T>(path: string, params: Params = {}): Promise<T> => request<T>(`${path}${query(params)}`);

export interface List<T> {
  items: T[];
}

export interface SeriesResponse {
  a: string;
  b: string;
  by: string;
  rows: DyadSeriesRow[];
  /** Dated events the period size cannot place (a year alone, by quarter or month): not in rows. */
  unplaced: number;
}

/** An event's evidence as the API gives it: each mention's document by title and file name. */
export type PublicEvidence = Omit<EvidenceRecord, 'mentions'> & {
  mentions: (Omit<EvidenceRecord['mentions'][number], 'document'> & { document: PublicDocumentInfo })[];
};

export interface DocumentWithExtraction {
  document: PublicDocumentInfo<StoredDocument>;
  extraction: { events: StoredEvent[]; milestones: StoredMilestone[]; indicators: StoredIndicator[] };
}

export interface IngestResult {
  status: 'stored' | 'duplicate';
  documentId: string;
  extraction: DocumentWithExtraction['extraction'];
  warnings: string[];
}

/** A milestone as the ladder reads it: the day it is placed on, its date as stated, and its sentence. */
export interface LadderMilestone {
  day: string;
  date: DateInterval | null;
  instrument: string;
  status: string;
  evidence: { start: number; end: number; text: string; page?: number } | null;
  documentId: string | null;
}

export interface LadderStep extends LadderMilestone {
  rung: string;
  level: number;
}

export interface LadderView {
  org: string;
  ladder: string;
  rungs: { id: string; name: string }[];
  rung: string;
  rungName: string;
  level: number;
  since: string | null;
  history: LadderStep[];
  side: LadderMilestone[];
  undated: number;
}

export interface LaddersResponse {
  actor: string;
  at: string;
  ladders: LadderView[];
}

export type { BalanceSide } from '../../src/analysis/balance.js';

/** `/api/balance`: the analysis' balance and the period size asked for. */
export type BalanceResponse = Balance & { by: string };

let cameoNames: Promise<Map<string, string>> | null = null;

/** CAMEO code → name, fetched once. */
export function cameoName(code: string): Promise<string> {
  cameoNames ??= get<List<{ code: string; name: string }>>('/api/cameo')
    .then(({ items }) => new Map(items.map((c) => [c.code, c.name])))
    .catch(() => new Map());
  return cameoNames.then((m) => m.get(code) ?? m.get(code.slice(0, 2)) ?? '');
}

export const api = {
  principals: (q?: string) => get<List<{ principal: string; name: string; events: number }>>('/api/principals', { q }),
  series: (a: string, b: string, p: Params) => get<SeriesResponse>(`/api/dyads/${enc(a)}/${enc(b)}/series`, p),
  events: (p: Params) => get<List<StoredEvent>>('/api/events', p),
  evidence: (id: string) => get<PublicEvidence>(`/api/events/${enc(id)}/evidence`),
  milestones: (p: Params) => get<List<StoredMilestone>>('/api/milestones', p),
  indicators: (p: Params = {}) => get<List<StoredIndicator>>('/api/indicators', p),
  documents: () => get<List<PublicDocumentInfo>>('/api/documents', { limit: 500 }),
  document: (id: string) => get<DocumentWithExtraction>(`/api/documents/${enc(id)}`),
  ladders: (actor: string, at?: string) => get<LaddersResponse>(`/api/ladders/${enc(actor)}`, { at }),
  balance: (actor: string, first: string, second: string, p: Params) => get<BalanceResponse>('/api/balance', { actor, first, second, ...p }),
  ingest: (token: string, body: { text: string; title?: string; published?: string }) =>
    request<IngestResult>('/api/documents', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    }),
  /** A document file as it is (PDF, Word, a web page): the server reads it. */
  ingestFile: (token: string, file: Blob, query: { name: string; title?: string; published?: string }) =>
    request<IngestResult>(`/api/documents/file?${new URLSearchParams(query).toString()}`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${token}` },
      body: file,
    }),
};

function enc(s: string): string {
  return encodeURIComponent(s);
}
