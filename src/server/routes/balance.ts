/** The balance of an actor between two partners (Serbia between NATO and Russia), per period. */
import type { FastifyInstance } from 'fastify';
import { balance, type BalanceQuery } from '../../analysis/index.js';
import { DyadError } from '../../core/errors.js';
import { principalIn } from '../../analysis/index.js';
import type { ServerContext } from '../_context.js';
import { checkRange, defined } from '../_query.js';
import { dayParam, errorResponses, periodParam, principalParam } from '../_schemas.js';

const sideSchema = {
  type: 'object',
  properties: {
    events: { type: 'integer' },
    mentions: { type: 'integer' },
    quad: { type: 'array', items: { type: 'integer' }, minItems: 4, maxItems: 4 },
    goldsteinMean: { type: 'number' },
    cooperation: { type: 'number' },
    net: { type: 'number' },
  },
  required: ['events', 'mentions', 'quad', 'goldsteinMean', 'cooperation', 'net'],
} as const;

/** Register `/api/balance`. */
export function balanceRoutes(app: FastifyInstance, { store }: ServerContext): void {
  app.get<{ Querystring: BalanceQuery }>('/api/balance', {
    schema: {
      summary: "An actor's two dyads side by side per period, and which way it leans",
      description: 'The lean compares net weighted cooperation (material acts weigh twice verbal ones).',
      tags: ['dyads'],
      querystring: {
        type: 'object',
        additionalProperties: false,
        properties: { actor: principalParam, first: principalParam, second: principalParam, by: periodParam, from: dayParam, to: dayParam },
        required: ['actor', 'first', 'second'],
      },
      response: {
        200: {
          type: 'object',
          properties: {
            actor: { type: 'string' },
            first: { type: 'string' },
            second: { type: 'string' },
            by: { type: 'string' },
            rows: {
              type: 'array',
              items: {
                type: 'object',
                properties: { period: { type: 'string' }, first: sideSchema, second: sideSchema, lean: { type: 'string' } },
                required: ['period', 'first', 'second', 'lean'],
              },
            },
            total: {
              type: 'object',
              properties: { first: sideSchema, second: sideSchema, lean: { type: 'string' } },
              required: ['first', 'second', 'lean'],
            },
          },
          required: ['actor', 'first', 'second', 'by', 'rows', 'total'],
        },
        ...errorResponses,
      },
    },
  }, async (req) => {
    const q = req.query;
    const [actor, first, second] = [
      await principalIn(store, q.actor, 'actor'), await principalIn(store, q.first, 'first'), await principalIn(store, q.second, 'second'),
    ];
    if (new Set([actor, first, second]).size < 3) {
      throw new DyadError('BAD_ARGUMENT', 'a balance needs three different principals: the actor and two partners', {
        place: { field: 'querystring.second' },
      });
    }
    checkRange(q.from, q.to);
    const result = await balance(store, defined({ actor, first, second, by: q.by, from: q.from, to: q.to }));
    return { ...result, by: q.by };
  });
}
