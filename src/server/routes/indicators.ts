/** Figures the texts state, with the sentence each comes from. */
import type { FastifyInstance } from 'fastify';
import { principalIn } from '../../analysis/index.js';
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
  }, async (req) => {
    const subject = req.query.subject === undefined ? undefined : await principalIn(store, req.query.subject, 'subject');
    return { items: await store.indicators(subject) };
  });
}
