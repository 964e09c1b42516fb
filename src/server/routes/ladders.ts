/**
 * Where an actor stands on each organisation's ladder at a day, and the steps that brought it there,
 * each with its sentence; the ladder's rungs come along so a client can draw the step chart.
 */
import type { FastifyInstance } from 'fastify';
import { ladderStandings } from '../../analysis/index.js';
import { DyadError } from '../../core/errors.js';
import { loadLadders } from '../../knowledge/ladders/index.js';
import { principalIn } from '../../analysis/index.js';
import type { ServerContext } from '../_context.js';
import { dateIntervalSchema, dayParam, errorResponses, evidenceSchema, principalParam } from '../_schemas.js';

interface LadderQuery {
  org?: string;
  at?: string;
}

const nullableString = { type: ['string', 'null'] } as const;

const standingSchema = {
  type: 'object',
  properties: {
    org: { type: 'string' },
    ladder: { type: 'string' },
    rungs: {
      type: 'array',
      items: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } }, required: ['id', 'name'] },
    },
    rung: { type: 'string' },
    rungName: { type: 'string' },
    level: { type: 'integer' },
    since: nullableString,
    history: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          day: { type: 'string' },
          date: dateIntervalSchema,
          rung: { type: 'string' },
          level: { type: 'integer' },
          instrument: { type: 'string' },
          status: { type: 'string' },
          evidence: { ...evidenceSchema, type: ['object', 'null'] },
          documentId: nullableString,
        },
        required: ['day', 'date', 'rung', 'level', 'instrument', 'status', 'evidence', 'documentId'],
      },
    },
    side: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          instrument: { type: 'string' },
          status: { type: 'string' },
          day: { type: 'string' },
          date: dateIntervalSchema,
          evidence: { ...evidenceSchema, type: ['object', 'null'] },
          documentId: nullableString,
        },
        required: ['instrument', 'status', 'day', 'date', 'evidence', 'documentId'],
      },
    },
    undated: { type: 'integer' },
  },
  required: ['org', 'ladder', 'rungs', 'rung', 'rungName', 'level', 'since', 'history', 'side', 'undated'],
} as const;

/** Register `/api/ladders/:actor`. */
export function laddersRoutes(app: FastifyInstance, { store }: ServerContext): void {
  app.get<{ Params: { actor: string }; Querystring: LadderQuery }>('/api/ladders/:actor', {
    schema: {
      summary: "An actor's position on each ladder at a day (default today), with its history",
      tags: ['ladders'],
      params: { type: 'object', properties: { actor: principalParam }, required: ['actor'] },
      querystring: { type: 'object', additionalProperties: false, properties: { org: principalParam, at: dayParam } },
      response: {
        200: {
          type: 'object',
          properties: { actor: { type: 'string' }, at: { type: 'string' }, ladders: { type: 'array', items: standingSchema } },
          required: ['actor', 'at', 'ladders'],
        },
        ...errorResponses,
      },
    },
  }, async (req) => {
    const ladders = loadLadders();
    const actor = await principalIn(store, req.params.actor, 'params.actor');
    const org = req.query.org === undefined ? undefined : await principalIn(store, req.query.org, 'org');
    if (org && !ladders.has(org)) {
      throw new DyadError('BAD_ARGUMENT', `no ladder for '${org}'`, {
        place: { field: 'querystring.org' },
        hint: `Ladders exist for ${ladders.all().map((l) => l.org).join(', ')}.`,
      });
    }
    const at = req.query.at ?? new Date().toISOString().slice(0, 10);
    const standings = await ladderStandings(store, { actor, at, ladders, ...(org ? { org } : {}) });
    return {
      actor,
      at,
      ladders: standings.map((s) => {
        const rungs = ladders.get(s.org).rungs.map((r) => ({ id: r.id, name: r.name }));
        const level = (id: string) => rungs.findIndex((r) => r.id === id);
        return { ...s, rungs, history: s.history.map((h) => ({ ...h, level: level(h.rung) })) };
      }),
    };
  });
}
