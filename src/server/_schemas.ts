/**
 * JSON schemas of what the API takes and gives. One source for three jobs: Fastify validates requests
 * with them, serialises responses through them, and the OpenAPI document is built from them. Parameter
 * shapes are tight on purpose (codes by pattern, days by format, bounded limits), so hostile input is
 * refused with a 400 before it reaches a store.
 */
import { DOCUMENT_KINDS } from '../core/model.js';

/**
 * A principal: a code (`SRB`, `NATO`, `XKX`, any case) or a name the gazetteer knows ("Serbia",
 * "North Atlantic Treaty Organization"); routes resolve it with `principalIn`. No `:` (it splits a dyad).
 */
export const principalParam = {
  type: 'string',
  pattern: "^[\\p{L}0-9][\\p{L}\\p{M}0-9 .'’()&_-]{1,99}$",
  description: 'A principal: a code (ISO 3166-1 alpha-3, XKX, or an organisation such as NATO) or a country or organisation name.',
} as const;

/** An ISO day; ajv-formats' `date` also refuses days that do not exist (2015-02-30). */
export const dayParam = { type: 'string', format: 'date', description: 'An ISO day, YYYY-MM-DD.' } as const;

export const MAX_LIMIT = 10_000;
export const limitParam = { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: 1000 } as const;
export const offsetParam = { type: 'integer', minimum: 0, maximum: 100_000_000, default: 0 } as const;
export const quadParam = { type: 'integer', enum: [1, 2, 3, 4], description: 'CAMEO quad class.' } as const;
export const rootParam = { type: 'string', pattern: '^[0-9]{2}$', description: 'Two-digit CAMEO root.' } as const;
export const datasetParam = { type: 'string', enum: ['dyad', 'gdelt', 'gdelt1', 'icews', 'acled'] } as const;
export const periodParam = { type: 'string', enum: ['month', 'quarter', 'year'], default: 'year' } as const;
export const documentIdParam = { type: 'string', pattern: '^[0-9a-f]{64}$', description: 'sha256 of the normalised text.' } as const;
export const eventIdParam = { type: 'string', pattern: '^[A-Za-z0-9:._|-]{1,160}$' } as const;

const nullableString = { type: ['string', 'null'] } as const;

export const dateIntervalSchema = {
  type: ['object', 'null'],
  properties: {
    start: nullableString,
    end: nullableString,
    precision: { type: 'string' },
  },
  required: ['start', 'end', 'precision'],
} as const;

export const evidenceSchema = {
  type: 'object',
  properties: { start: { type: 'integer' }, end: { type: 'integer' }, text: { type: 'string' }, page: { type: 'integer', minimum: 1, description: 'The page of a PDF the evidence starts on.' } },
  required: ['start', 'end', 'text'],
} as const;

const nullableEvidenceSchema = { ...evidenceSchema, type: ['object', 'null'] } as const;

export const actorRefSchema = {
  type: 'object',
  properties: {
    principal: { type: 'string' }, actor: { type: 'string' }, actorId: { type: 'string' },
    sector: { type: 'string', description: 'The part of the principal that acts (police, rebels, legislature…), where the text says.' },
  },
  required: ['principal', 'actor'],
} as const;

export const storedEventSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    source: actorRefSchema,
    target: actorRefSchema,
    code: { type: 'string' },
    root: { type: 'string' },
    quadClass: { type: 'integer', enum: [1, 2, 3, 4] },
    goldstein: { type: 'number' },
    date: dateIntervalSchema,
    evidence: nullableEvidenceSchema,
    rule: { type: 'string' },
    confidence: { type: 'number' },
    dataset: { type: 'string' },
    documentId: nullableString,
    datasetRowId: nullableString,
    sourceUrl: nullableString,
    mentions: { type: 'integer' },
  },
  required: ['id', 'source', 'target', 'code', 'root', 'quadClass', 'goldstein', 'date', 'evidence', 'rule', 'dataset', 'mentions'],
} as const;

export const milestoneSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    actor: { type: 'string' },
    org: { type: 'string' },
    instrument: { type: 'string' },
    status: { type: 'string' },
    date: dateIntervalSchema,
    evidence: evidenceSchema,
    rule: { type: 'string' },
    documentId: nullableString,
  },
  required: ['id', 'actor', 'org', 'instrument', 'status', 'date', 'evidence', 'rule'],
} as const;

export const indicatorSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    subject: { type: 'string' },
    metric: { type: 'string' },
    value: { type: 'number' },
    unit: { type: 'string' },
    qualifier: nullableString,
    date: dateIntervalSchema,
    evidence: evidenceSchema,
    rule: { type: 'string' },
    documentId: nullableString,
  },
  required: ['id', 'subject', 'metric', 'value', 'unit', 'qualifier', 'date', 'evidence', 'rule'],
} as const;

/** A document as clients see it: its file name, never the server's path to it. */
export const documentInfoSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    name: { type: 'string', description: 'The file name it was ingested from (no folders).' },
    published: nullableString,
    language: { type: 'string' },
    title: { type: 'string' },
    kind: {
      type: 'string',
      enum: [...DOCUMENT_KINDS],
      description: 'What kind of document it is: a news report or press release dates its undated acts on its narrative day, a chronology or brief does not. Absent for documents stored before kinds were told apart.',
    },
  },
  required: ['id', 'published'],
} as const;

export const storedDocumentSchema = {
  type: 'object',
  properties: { ...documentInfoSchema.properties, text: { type: 'string' }, ingestedAt: { type: 'string' } },
  required: ['id', 'published', 'text', 'ingestedAt'],
} as const;

export const seriesRowSchema = {
  type: 'object',
  properties: {
    period: { type: 'string' },
    direction: { type: 'string', enum: ['both', 'a->b', 'b->a'] },
    events: { type: 'integer' },
    mentions: { type: 'integer' },
    quad: { type: 'array', items: { type: 'integer' }, minItems: 4, maxItems: 4 },
    goldsteinSum: { type: 'number' },
    goldsteinMean: { type: 'number' },
    cooperation: { type: 'number' },
  },
  required: ['period', 'direction', 'events', 'mentions', 'quad', 'goldsteinSum', 'goldsteinMean', 'cooperation'],
} as const;

export const statsSchema = {
  type: 'object',
  properties: {
    documents: { type: 'integer' },
    events: { type: 'integer' },
    mentions: { type: 'integer' },
    milestones: { type: 'integer' },
    indicators: { type: 'integer' },
    quarantined: { type: 'integer' },
  },
  required: ['documents', 'events', 'mentions', 'milestones', 'indicators', 'quarantined'],
} as const;

/** The one shape every error takes. */
export const errorSchema = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: {
        code: { type: 'string' },
        message: { type: 'string' },
        field: { type: 'string' },
        hint: { type: 'string' },
      },
      required: ['code', 'message'],
    },
  },
  required: ['error'],
} as const;

/** The error responses a route may give, merged into each route's `response`. */
export const errorResponses = {
  400: errorSchema,
  401: errorSchema,
  403: errorSchema,
  404: errorSchema,
  413: errorSchema,
  500: errorSchema,
} as const;

/** A list response: the rows, how many were asked for, and (for lists that page) whether more follow. */
export function listOf(item: object): object {
  return {
    type: 'object',
    properties: {
      items: { type: 'array', items: item },
      limit: { type: 'integer' },
      offset: { type: 'integer' },
      more: { type: 'boolean', description: 'Lists that page (events, documents, principals): whether rows exist past these; ask again with offset + limit for the next ones.' },
    },
    required: ['items'],
  };
}
