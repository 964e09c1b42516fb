/** Milestones on the ladders: an actor's steps with each organisation, with their evidence. */
import type { FastifyInstance } from 'fastify';
import { principalIn } from '../../analysis/index.js';
import { intervalOverlaps } from '../../pipeline/dates/index.js';
import type { ServerContext } from '../_context.js';
import { checkRange, defined } from '../_query.js';
import { dayParam, errorResponses, listOf, milestoneSchema, principalParam } from '../_schemas.js';

interface MilestonesQuery {
  actor?: string;
  org?: string;
  at?: string;
  from?: string;
  to?: string;
}

/** Register `/api/milestones`. */
export function milestonesRoutes(app: FastifyInstance, { store }: ServerContext): void {
  app.get<{ Querystring: MilestonesQuery }>('/api/milestones', {
    schema: {
      summary: 'Milestones, by actor and organisation, up to a day or within a period',
      description: 'With from/to, only milestones whose date shares a day with the period; undated ones are left out.',
      tags: ['ladders'],
      querystring: {
        type: 'object',
        additionalProperties: false,
        properties: { actor: principalParam, org: principalParam, at: dayParam, from: dayParam, to: dayParam },
      },
      response: { 200: listOf(milestoneSchema), ...errorResponses },
    },
  }, async (req) => {
    const { actor, org, at, from, to } = req.query;
    checkRange(from, to);
    const items = await store.milestones(defined({
      actor: actor === undefined ? undefined : await principalIn(store, actor, 'actor'),
      org: org === undefined ? undefined : await principalIn(store, org, 'org'),
      at,
    }));
    return { items: items.filter((m) => intervalOverlaps(m.date, from, to)) };
  });
}
