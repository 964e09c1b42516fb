/**
 * Answers that can be served again: every successful GET of the API carries an ETag made of this
 * server run and the store's generation (a number every write moves), so a client that asks again with
 * `If-None-Match` gets 304 while nothing was written; and the latest answers are kept in memory, keyed
 * by their URL, and served without asking the store until the next write. Only for stores that count
 * their writes (`Store.generation`); a ClickHouse store, which others may write, is asked every time.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Store } from '../store/store.js';
import { PARTIAL_HEADER } from './_partial.js';

/** Bytes of answers kept at most, and the largest one kept. */
const MAX_BYTES = 64 * 1024 * 1024;
const MAX_ENTRY = 2 * 1024 * 1024;

interface Entry {
  payload: string;
  type: string;
}

/** What a request noted on its way in. */
const seen = new WeakMap<FastifyRequest, { generation: number; hit: boolean }>();

/** Keep and serve answers while the store's generation holds. */
export function registerAnswerCache(app: FastifyInstance, store: Store): void {
  const generationOf = store.generation?.bind(store);
  if (!generationOf) return;
  const run = randomBytes(6).toString('base64url');
  const etagOf = (generation: number) => `W/"${run}-${generation}"`;
  const answers = new Map<string, Entry>();
  let answersGeneration = -1;
  let bytes = 0;

  const cacheable = (req: FastifyRequest) => req.method === 'GET' && req.url.startsWith('/api/');

  // preHandler: after the access checks and the schema's validation, so only a request that would be
  // answered is answered from here.
  app.addHook('preHandler', async (req: FastifyRequest, reply: FastifyReply) => {
    if (!cacheable(req)) return;
    const generation = generationOf();
    seen.set(req, { generation, hit: false });
    const etag = etagOf(generation);
    void reply.header('etag', etag).header('cache-control', 'no-cache');
    if (matches(req.headers['if-none-match'], etag)) {
      seen.set(req, { generation, hit: true });
      return reply.code(304).send();
    }
    if (answersGeneration !== generation) {
      answers.clear();
      bytes = 0;
      answersGeneration = generation;
    }
    const hit = answers.get(req.url);
    if (!hit) return;
    // Most recently used last: the first entries are the ones to drop.
    answers.delete(req.url);
    answers.set(req.url, hit);
    seen.set(req, { generation, hit: true });
    return reply.type(hit.type).send(hit.payload);
  });

  app.addHook('onSend', async (req, reply, payload) => {
    const mark = seen.get(req);
    if (!mark || mark.hit) return payload;
    // A failure (a document not found) is not an answer to keep or to revalidate.
    if (reply.statusCode !== 200) {
      reply.removeHeader('etag');
      reply.removeHeader('cache-control');
      return payload;
    }
    if (typeof payload !== 'string') return payload;
    // An answer that began before a write may hold it or not: it keeps the ETag it started with (which
    // no longer matches) and is not kept.
    if (reply.getHeader(PARTIAL_HEADER) !== undefined || generationOf() !== mark.generation || mark.generation !== answersGeneration) return payload;
    const size = Buffer.byteLength(payload);
    if (size > MAX_ENTRY) return payload;
    const old = answers.get(req.url);
    if (old) bytes -= Buffer.byteLength(old.payload);
    answers.set(req.url, { payload, type: String(reply.getHeader('content-type') ?? 'application/json; charset=utf-8') });
    bytes += size;
    for (const [url, e] of answers) {
      if (bytes <= MAX_BYTES) break;
      answers.delete(url);
      bytes -= Buffer.byteLength(e.payload);
    }
    return payload;
  });
}

/** Whether an `If-None-Match` header names `etag` (or `*`). */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((t) => {
    const tag = t.trim();
    return tag === '*' || tag === etag || tag === etag.slice(2);
  });
}
