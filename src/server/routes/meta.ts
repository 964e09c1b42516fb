/** Health, store counts and the principals a picker offers. */
import type { FastifyInstance } from 'fastify';
import { foldName } from '../../core/closest.js';
import { loadGazetteer } from '../../knowledge/gazetteer/index.js';
import type { ServerContext } from '../_context.js';
import { errorResponses, listOf, statsSchema } from '../_schemas.js';

interface PrincipalsQuery {
  q?: string;
  limit: number;
}

/** Register `/api/health`, `/api/stats` and `/api/principals`. */
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
          q: { type: 'string', maxLength: 64, description: 'Keep principals whose code or name contains this (any case, any accents).' },
          limit: { type: 'integer', minimum: 1, maximum: 5000, default: 500 },
        },
      },
      response: {
        200: listOf({
          type: 'object',
          properties: { principal: { type: 'string' }, name: { type: 'string' }, events: { type: 'integer' } },
          required: ['principal', 'name', 'events'],
        }),
        ...errorResponses,
      },
    },
  }, async (req) => {
    // Folded without accents, so `serb` finds Serbia and `cote` finds Côte d'Ivoire.
    const q = req.query.q ? foldName(req.query.q) : '';
    const named = (await store.principals()).map((p) => ({ ...p, name: nameOf(p.principal) }));
    const found = q ? named.filter((p) => foldName(p.principal).includes(q) || foldName(p.name).includes(q)) : named;
    return { items: found.slice(0, req.query.limit), limit: req.query.limit, offset: 0, more: found.length > req.query.limit };
  });
}

/** The gazetteer's name for a principal code, or the code itself; the gazetteer loads on first use. */
function nameOf(code: string): string {
  return loadGazetteer().byId(code)?.name ?? code;
}
