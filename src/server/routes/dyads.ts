/** A dyad's series per period: counts by quad class, Goldstein mean and sum, cooperation index. */
import type { FastifyInstance } from 'fastify';
import type { Dataset, Period } from '../../store/store.js';
import { dyadTrend, principalIn } from '../../analysis/index.js';
import type { ServerContext } from '../_context.js';
import { checkRange, defined, splitDyad } from '../_query.js';
import { datasetParam, dayParam, errorResponses, periodParam, principalParam, seriesRowSchema } from '../_schemas.js';

interface SeriesQuery {
  by: Period;
  from?: string;
  to?: string;
  dataset?: Dataset;
}

/** Register `/api/dyads/:a/:b/series`. */
export function dyadsRoutes(app: FastifyInstance, { store }: ServerContext): void {
  app.get<{ Params: { a: string; b: string }; Querystring: SeriesQuery }>('/api/dyads/:a/:b/series', {
    schema: {
      summary: "A dyad's series, both directions together and each apart",
      tags: ['dyads'],
      params: { type: 'object', properties: { a: principalParam, b: principalParam }, required: ['a', 'b'] },
      querystring: {
        type: 'object',
        additionalProperties: false,
        properties: { by: periodParam, from: dayParam, to: dayParam, dataset: datasetParam },
      },
      response: {
        200: {
          type: 'object',
          properties: {
            a: { type: 'string' },
            b: { type: 'string' },
            by: { type: 'string' },
            rows: { type: 'array', items: seriesRowSchema },
            unplaced: {
              type: 'integer',
              description: 'Dated events the period size cannot place (by quarter or month: dates that do not lie within one period, such as a year alone); they are not in rows, and 0 by year',
            },
          },
          required: ['a', 'b', 'by', 'rows', 'unplaced'],
        },
        ...errorResponses,
      },
    },
  }, async (req) => {
    const a = await principalIn(store, req.params.a, 'params.a');
    const b = await principalIn(store, req.params.b, 'params.b');
    splitDyad(`${a}:${b}`, 'params.b');
    const q = req.query;
    checkRange(q.from, q.to);
    const { rows, unplaced } = await dyadTrend(store, defined({ a, b, by: q.by, from: q.from, to: q.to, dataset: q.dataset }));
    return { a, b, by: q.by, rows, unplaced };
  });
}
