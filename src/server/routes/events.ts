/** Events by dyad, actor, period, CAMEO root and quad class, and the evidence behind one event. */
import type { FastifyInstance } from 'fastify';
import { DyadError } from '../../core/errors.js';
import type { QuadClass } from '../../core/model.js';
import { page } from '../../core/page.js';
import type { Dataset, EventFilter } from '../../store/store.js';
import { principalIn } from '../../analysis/index.js';
import type { ServerContext } from '../_context.js';
import { publicDocument } from '../_documents.js';
import { checkRange, defined, splitDyad } from '../_query.js';
import {
  datasetParam, dayParam, documentIdParam, documentInfoSchema, errorResponses, eventIdParam, evidenceSchema,
  limitParam, listOf, offsetParam, principalParam, quadParam, rootParam, storedEventSchema,
} from '../_schemas.js';

interface EventsQuery {
  dyad?: string;
  actor?: string;
  from?: string;
  to?: string;
  root?: string;
  quad?: QuadClass;
  dataset?: Dataset;
  document?: string;
  limit: number;
  offset: number;
}

const dyadPattern = principalParam.pattern.slice(1, -1);

/** Register `/api/events` and `/api/events/:id/evidence`. */
export function eventsRoutes(app: FastifyInstance, { store }: ServerContext): void {
  app.get<{ Querystring: EventsQuery }>('/api/events', {
    schema: {
      summary: 'Events, filtered',
      tags: ['events'],
      querystring: {
        type: 'object',
        additionalProperties: false,
        properties: {
          dyad: { type: 'string', pattern: `^${dyadPattern}:${dyadPattern}$`, description: 'Two principals, A:B; either direction.' },
          actor: principalParam,
          from: dayParam,
          to: dayParam,
          root: rootParam,
          quad: quadParam,
          dataset: datasetParam,
          document: documentIdParam,
          limit: limitParam,
          offset: offsetParam,
        },
      },
      response: { 200: listOf(storedEventSchema), ...errorResponses },
    },
  }, async (req) => {
    const q = req.query;
    checkRange(q.from, q.to);
    const pair = q.dyad ? splitDyad(q.dyad) : undefined;
    const filter: EventFilter = defined({
      dyad: pair ? [await principalIn(store, pair[0], 'dyad'), await principalIn(store, pair[1], 'dyad')] : undefined,
      actor: q.actor === undefined ? undefined : await principalIn(store, q.actor, 'actor'),
      from: q.from,
      to: q.to,
      root: q.root,
      quad: q.quad,
      dataset: q.dataset,
      documentId: q.document,
      offset: q.offset,
    });
    const { rows, more } = await page(q.limit, (n) => store.events({ ...filter, limit: n }));
    return { items: rows, limit: q.limit, offset: q.offset, more };
  });

  app.get<{ Params: { id: string } }>('/api/events/:id/evidence', {
    schema: {
      summary: 'The event and every sentence that tells it, with its document',
      tags: ['events'],
      params: { type: 'object', properties: { id: eventIdParam }, required: ['id'] },
      response: {
        200: {
          type: 'object',
          properties: {
            event: storedEventSchema,
            mentions: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  eventId: { type: 'string' },
                  documentId: { type: 'string' },
                  evidence: evidenceSchema,
                  rule: { type: 'string' },
                  document: documentInfoSchema,
                },
                required: ['eventId', 'documentId', 'evidence', 'rule', 'document'],
              },
            },
          },
          required: ['event', 'mentions'],
        },
        ...errorResponses,
      },
    },
  }, async (req) => {
    const record = await store.evidence(req.params.id);
    if (!record) throw new DyadError('NOT_FOUND', `no event '${req.params.id}'`, { place: { field: 'params.id' } });
    return { ...record, mentions: record.mentions.map((m) => ({ ...m, document: publicDocument(m.document) })) };
  });
}
