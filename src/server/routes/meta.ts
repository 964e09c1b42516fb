/** Health, store counts and the principals a picker offers. */
import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../_context.js';
import { errorResponses, listOf, statsSchema } from '../_schemas.js';

interface PrincipalsQuery {
  q?: string;
  limit: number;
}

export function metaRoutes(app: FastifyInstance, { store }: ServerContext): void {
  app.get('/api/health', {
    schema: {
      summary: 'Is the server up, and on which store engine',
      tags: ['meta'],
      response: {
        200: { type: 'object', properties: { ok: { type: 'boolean' }, engine: { type: 'string' } }, required: ['ok', 'engine'] },
        ...errorResponses,
      },
    },
  }, async () => ({ ok: true, engine: store.engine }));

  app.get('/api/stats', {
    schema: { summary: 'What the store holds', tags: ['meta'], response: { 200: statsSchema, ...errorResponses } },
  }, async () => store.stats());

  app.get<{ Querystring: PrincipalsQuery }>('/api/principals', {
    schema: {
      summary: 'Principals that appear in events, most frequent first, for pickers',
      tags: ['meta'],
      querystring: {
        type: 'object',
        additionalProperties: false,
        properties: {
          q: { type: 'string', maxLength: 64, description: 'Keep codes containing this (any case).' },
          limit: { type: 'integer', minimum: 1, maximum: 5000, default: 500 },
        },
      },
      response: {
        200: listOf({
          type: 'object',
          properties: { principal: { type: 'string' }, events: { type: 'integer' } },
          required: ['principal', 'events'],
        }),
        ...errorResponses,
      },
    },
  }, async (req) => {
    const q = req.query.q?.toUpperCase();
    const all = await store.principals();
    const items = (q ? all.filter((p) => p.principal.toUpperCase().includes(q)) : all).slice(0, req.query.limit);
    return { items, limit: req.query.limit, offset: 0 };
  });
}
