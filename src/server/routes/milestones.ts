/** Milestones on the ladders: an actor's steps with each organisation, with their evidence. */
import type { FastifyInstance } from 'fastify';
import { principalIn } from '../../analysis/index.js';
import type { ServerContext } from '../_context.js';
import { defined } from '../_query.js';
import { dayParam, errorResponses, listOf, milestoneSchema, principalParam } from '../_schemas.js';

interface MilestonesQuery {
  actor?: string;
  org?: string;
  at?: string;
}

/** Register `/api/milestones`. */
export function milestonesRoutes(app: FastifyInstance, { store }: ServerContext): void {
  app.get<{ Querystring: MilestonesQuery }>('/api/milestones', {
    schema: {
      summary: 'Milestones, by actor and organisation, up to a day',
      tags: ['ladders'],
      querystring: {
        type: 'object',
        additionalProperties: false,
        properties: { actor: principalParam, org: principalParam, at: dayParam },
      },
      response: { 200: listOf(milestoneSchema), ...errorResponses },
    },
  }, async (req) => {
    const { actor, org, at } = req.query;
    return {
      items: await store.milestones(defined({
        actor: actor === undefined ? undefined : await principalIn(store, actor, 'actor'),
        org: org === undefined ? undefined : await principalIn(store, org, 'org'),
        at,
      })),
    };
  });
}
