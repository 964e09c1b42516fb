/** Figures the texts state, with the sentence each comes from. */
import type { FastifyInstance } from 'fastify';
import { principalIn } from '../../analysis/index.js';
import { intervalOverlaps } from '../../pipeline/dates/index.js';
import type { ServerContext } from '../_context.js';
import { checkRange } from '../_query.js';
import { dayParam, errorResponses, indicatorSchema, listOf, principalParam } from '../_schemas.js';

/** Register `/api/indicators`. */
export function indicatorsRoutes(app: FastifyInstance, { store }: ServerContext): void {
  app.get<{ Querystring: { subject?: string; from?: string; to?: string } }>('/api/indicators', {
    schema: {
      summary: 'Indicators, optionally of one subject or within a period',
      description: 'With from/to, only figures whose date shares a day with the period; undated ones are left out.',
      tags: ['indicators'],
      querystring: {
        type: 'object',
        additionalProperties: false,
        properties: { subject: principalParam, from: dayParam, to: dayParam },
      },
      response: { 200: listOf(indicatorSchema), ...errorResponses },
    },
  }, async (req) => {
    const { from, to } = req.query;
    checkRange(from, to);
    const subject = req.query.subject === undefined ? undefined : await principalIn(store, req.query.subject, 'subject');
    const items = await store.indicators(subject);
    return { items: items.filter((i) => intervalOverlaps(i.date, from, to)) };
  });
}
