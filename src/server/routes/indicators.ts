/** Figures the texts state, with the sentence each comes from. */
import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../_context.js';
import { errorResponses, indicatorSchema, listOf, principalParam } from '../_schemas.js';

/** Register `/api/indicators`. */
export function indicatorsRoutes(app: FastifyInstance, { store }: ServerContext): void {
  app.get<{ Querystring: { subject?: string } }>('/api/indicators', {
    schema: {
      summary: 'Indicators, optionally of one subject',
      tags: ['indicators'],
      querystring: { type: 'object', additionalProperties: false, properties: { subject: principalParam } },
      response: { 200: listOf(indicatorSchema), ...errorResponses },
    },
  }, async (req) => ({ items: await store.indicators(req.query.subject) }));
}
