/**
 * A partial answer (a cluster shard down, partial answers allowed) is never served as a whole one:
 * the response says so in its Dyad-Partial header, naming the missing shard. The store here is the real
 * DuckDB fixture store, with its events() answers marked the way the ClickHouse engine marks them when
 * a shard does not answer (the engine's own test stops a real shard: src/store/clickhouse).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../src/server/index.js';
import { PARTIAL_RESULT, type Store } from '../src/store/store.js';
import { fixtureStore, type Fixture } from './server-fixture.js';

let fx: Fixture;
let app: FastifyInstance;

/** The fixture store whose events() answers come marked partial, with shard 2 reported missing. */
function withShardDown(store: Store): Store {
  return new Proxy(store, {
    get(target, prop) {
      if (prop === 'lastQuery') return { partial: true, unavailableShards: ['127.0.0.1:9102'] };
      const value: unknown = Reflect.get(target, prop, target);
      if (prop !== 'events' || typeof value !== 'function') {
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      }
      return async (...args: unknown[]) => {
        const rows = (await (value as (...a: unknown[]) => Promise<object>).apply(target, args)) as object;
        Object.defineProperty(rows, PARTIAL_RESULT, { value: true });
        return rows;
      };
    },
  });
}

before(async () => {
  fx = await fixtureStore();
  app = await buildServer({ store: withShardDown(fx.store), webRoot: null });
});

after(async () => {
  await app.close();
  await fx.close();
});

test('a partial answer carries the Dyad-Partial header naming the shard that did not answer', async () => {
  const res = await app.inject({ method: 'GET', url: '/api/events?dyad=SRB:NATO' });
  assert.equal(res.statusCode, 200);
  assert.equal(res.headers['dyad-partial'], '127.0.0.1:9102');
});

test('a whole answer from the same server carries no partial mark', async () => {
  const res = await app.inject({ method: 'GET', url: '/api/indicators' });
  assert.equal(res.statusCode, 200);
  assert.equal(res.headers['dyad-partial'], undefined);
});
