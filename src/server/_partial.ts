/**
 * A store answer that came from only some shards must never look whole. The server hands its routes a
 * store wrapped here: every query result is checked for the engine's partial mark, the request in whose
 * async context it ran is noted, and `onSend` says so in the `Dyad-Partial` header, naming the shards
 * that did not answer (or `true` when the engine did not say which).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { isPartialResult, type Store } from '../store/store.js';

interface PartialMarks {
  partial: boolean;
  shards: Set<string>;
}

const current = new AsyncLocalStorage<PartialMarks>();
const marksOf = new WeakMap<FastifyRequest, PartialMarks>();

/** The header that carries the mark. */
export const PARTIAL_HEADER = 'dyad-partial';

function unavailableShards(store: Store): string[] {
  const meta = (store as { lastQuery?: { unavailableShards?: unknown } }).lastQuery;
  const shards = meta?.unavailableShards;
  return Array.isArray(shards) ? shards.filter((s): s is string => typeof s === 'string') : [];
}

/** `store` with every method's result checked for the partial mark of the request it serves. */
export function trackPartial(store: Store): Store {
  return new Proxy(store, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== 'function') return value;
      // A synchronous method (`generation()`) stays synchronous: only answers that come as promises
      // can carry a partial mark.
      return (...args: unknown[]) => {
        const result: unknown = (value as (...a: unknown[]) => unknown).apply(target, args);
        if (!(result instanceof Promise)) return result;
        return result.then((answer: unknown) => {
          const marks = current.getStore();
          if (marks && isPartialResult(answer)) {
            marks.partial = true;
            for (const shard of unavailableShards(target)) marks.shards.add(shard);
          }
          return answer;
        });
      };
    },
  });
}

/** Give each request its marks and report them in the response header. */
export function registerPartialHeader(app: FastifyInstance): void {
  app.addHook('onRequest', (req, _reply, done) => {
    const marks: PartialMarks = { partial: false, shards: new Set() };
    marksOf.set(req, marks);
    current.run(marks, done);
  });
  app.addHook('onSend', async (req, reply, payload) => {
    const marks = marksOf.get(req);
    if (marks?.partial) reply.header(PARTIAL_HEADER, marks.shards.size > 0 ? [...marks.shards].join(',') : 'true');
    return payload;
  });
}
