/**
 * Answers that can be served again: ETags tied to the store's generation with 304s, and an in-memory
 * copy of recent answers, both made stale by any write, so `/api/stats` and every read are always current.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import type { Extraction } from '../src/core/model.js';
import { buildServer } from '../src/server/index.js';
import type { Store } from '../src/store/store.js';
import { fixtureStore, type Fixture } from './server-fixture.js';

let fx: Fixture;
let app: FastifyInstance;
/** How often each store method was asked. */
const asked = new Map<string, number>();

before(async () => {
  fx = await fixtureStore();
  const counted = new Proxy(fx.store, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        asked.set(String(prop), (asked.get(String(prop)) ?? 0) + 1);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  }) as Store;
  app = await buildServer({ store: counted, token: 'k', webRoot: null });
});
after(async () => {
  await app.close();
  await fx.close();
});

const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });

function newDocument(n: number): Parameters<Store['putDocument']> {
  const id = `cache-doc-${n}`.padEnd(64, '0');
  const text = `Chile praised Norway on 20 March 2016 (${n}).`;
  const extraction: Extraction = {
    document: { id, published: '2016-03-21' },
    events: [{
      id: `cache-e${n}`, source: { principal: 'CHL', actor: 'Chile' }, target: { principal: 'NOR', actor: 'Norway' },
      code: '051', root: '05', quadClass: 1, goldstein: 3.4, date: { start: '2016-03-20', end: '2016-03-20', precision: 'day' },
      evidence: { start: 0, end: 20, text: text.slice(0, 20) }, rule: 'praise', confidence: 0.9,
    }],
    milestones: [],
    indicators: [],
    warnings: [],
  };
  return [{ id, published: '2016-03-21', text, ingestedAt: '2026-01-01T00:00:00Z' }, extraction];
}

test('an answer asked again while nothing was written comes from memory, and If-None-Match gets 304', async () => {
  const first = await get('/api/events?dyad=SRB:NATO');
  assert.equal(first.statusCode, 200);
  const etag = first.headers['etag'];
  assert.ok(typeof etag === 'string' && etag.length > 4);
  const before = asked.get('events') ?? 0;
  const second = await get('/api/events?dyad=SRB:NATO');
  assert.equal(second.statusCode, 200);
  assert.equal(second.body, first.body);
  assert.equal(second.headers['etag'], etag);
  assert.match(String(second.headers['content-type']), /application\/json/);
  assert.equal(asked.get('events') ?? 0, before, 'the second answer did not ask the store');
  const revalidated = await get('/api/events?dyad=SRB:NATO', { 'if-none-match': String(etag) });
  assert.equal(revalidated.statusCode, 304);
  assert.equal(revalidated.body, '');
  // A different question is asked of the store.
  const other = await get('/api/events?dyad=SRB:RUS');
  assert.equal(other.statusCode, 200);
  assert.equal(asked.get('events'), before + 1);
  // Errors are never kept: the same bad request is refused again, with no ETag.
  const bad = await get('/api/events?dyad=SRB');
  assert.equal(bad.statusCode, 400);
  assert.equal(bad.headers['etag'], undefined);
  const missing = await get(`/api/documents/${'0'.repeat(64)}`);
  assert.equal(missing.statusCode, 404);
  assert.equal(missing.headers['etag'], undefined);
});

test('a write makes every kept answer and ETag stale: /api/stats counts it at once', async () => {
  const stats0 = (await get('/api/stats')).json() as { documents: number; events: number };
  const events0 = await get('/api/events?dyad=CHL:NOR');
  assert.equal((events0.json() as { items: unknown[] }).items.length, 0);
  const etag0 = String(events0.headers['etag']);

  const put = await fx.store.putDocument(...newDocument(1));
  assert.equal(put.status, 'stored');

  const stats1 = (await get('/api/stats')).json() as { documents: number; events: number };
  assert.deepEqual([stats1.documents, stats1.events], [stats0.documents + 1, stats0.events + 1]);
  const events1 = await get('/api/events?dyad=CHL:NOR', { 'if-none-match': etag0 });
  assert.equal(events1.statusCode, 200, 'the old ETag no longer matches');
  assert.equal((events1.json() as { items: unknown[] }).items.length, 1);
  assert.notEqual(events1.headers['etag'], etag0);
});
