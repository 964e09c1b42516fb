/**
 * Documents: the list, one document with everything extracted from it (for the document view, which
 * marks each extraction in the text), ingest of a posted document and removal of one (writes: they
 * need the token).
 */
import type { FastifyInstance } from 'fastify';
import { DyadError, isDyadError } from '../../core/errors.js';
import { page } from '../../core/page.js';
import { normalisePublished, readFrontMatter } from '../../ingest/index.js';
import { statedPublished } from '../../pipeline/layout/index.js';
import { documentId, normalise } from '../../pipeline/normalise/index.js';
import { readDocumentBytesAs, withPages, type PageSpan } from '../../read/index.js';
import type { StoredDocument } from '../../store/store.js';
import type { DocumentExtractor, ServerContext } from '../_context.js';
import { publicDocument } from '../_documents.js';
import {
  documentIdParam, documentInfoSchema, errorResponses, indicatorSchema, listOf, milestoneSchema,
  storedDocumentSchema, storedEventSchema,
} from '../_schemas.js';

/** The largest document the API takes (bytes of the request body). */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;
/** The largest document file (PDF, Word…) the API takes. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
/** What `POST /api/documents/file` takes: the format is told from the name and the bytes, not the type. */
const FILE_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'text/html',
  'text/markdown',
  'application/octet-stream',
];

interface FileQuery {
  name: string;
  title?: string;
  published?: string;
}

interface IngestBody {
  text: string;
  title?: string;
  published?: string;
  path?: string;
}

interface IngestQuery {
  title?: string;
  published?: string;
  path?: string;
}

const publishedParam = {
  type: 'string',
  format: 'date-prefix',
  description: 'The document\'s own date: YYYY, YYYY-MM or YYYY-MM-DD; the anchor for relative dates.',
} as const;
const titleParam = { type: 'string', maxLength: 500 } as const;
const pathParam = { type: 'string', maxLength: 1000 } as const;

const extractionSchema = {
  type: 'object',
  properties: {
    events: { type: 'array', items: storedEventSchema },
    milestones: { type: 'array', items: milestoneSchema },
    indicators: { type: 'array', items: indicatorSchema },
  },
  required: ['events', 'milestones', 'indicators'],
} as const;

const ingestResponse = {
  type: 'object',
  properties: {
    status: { type: 'string', enum: ['stored', 'duplicate'] },
    documentId: { type: 'string' },
    extraction: extractionSchema,
    warnings: { type: 'array', items: { type: 'string' } },
  },
  required: ['status', 'documentId', 'extraction', 'warnings'],
} as const;

/**
 * Run the extractor; a fault in its own data files (not in the posted text) is the server's fault,
 * so it becomes a 500 that points at the server's log rather than a 400 that blames the client.
 */
async function extractWith(extractor: DocumentExtractor, text: string, info: Parameters<DocumentExtractor['extract']>[1]) {
  try {
    return await extractor.extract(text, info);
  } catch (err) {
    if (isDyadError(err) && (err.code === 'DATA_SCHEMA' || err.code === 'DATA_PARSE')) {
      throw new DyadError('INTERNAL', 'the extractor could not start: one of its data files is invalid', {
        hint: 'The server log names the file; fix it and post again.',
        cause: err,
      });
    }
    throw err;
  }
}

/** Register `/api/documents` (list, one with its extraction, and the post that ingests one). */
export function documentsRoutes(app: FastifyInstance, { store, extractor }: ServerContext): void {
  app.get<{ Querystring: { limit: number; offset: number } }>('/api/documents', {
    schema: {
      summary: 'Stored documents',
      tags: ['documents'],
      querystring: {
        type: 'object',
        additionalProperties: false,
        properties: {
          limit: { type: 'integer', minimum: 1, maximum: 10_000, default: 100 },
          offset: { type: 'integer', minimum: 0, maximum: 100_000_000, default: 0 },
        },
      },
      response: { 200: listOf(documentInfoSchema), ...errorResponses },
    },
  }, async (req) => {
    const { rows, more } = await page(req.query.limit, (n) => store.listDocuments(n, req.query.offset));
    return { items: rows.map(publicDocument), limit: req.query.limit, offset: req.query.offset, more };
  });

  app.get<{ Params: { id: string } }>('/api/documents/:id', {
    schema: {
      summary: 'A document, its text, and everything extracted from it',
      tags: ['documents'],
      params: { type: 'object', properties: { id: documentIdParam }, required: ['id'] },
      response: {
        200: { type: 'object', properties: { document: storedDocumentSchema, extraction: extractionSchema }, required: ['document', 'extraction'] },
        ...errorResponses,
      },
    },
  }, async (req) => {
    const id = req.params.id;
    const document = await store.getDocument(id);
    if (!document) throw new DyadError('NOT_FOUND', `no document '${id}'`, { place: { field: 'params.id' } });
    return { document: publicDocument(document), extraction: await extractionOf(id) };
  });

  app.delete<{ Params: { id: string } }>('/api/documents/:id', {
    config: { write: true },
    schema: {
      summary: 'Remove a document and what only it told (needs the token)',
      description: 'Its mentions, the events and milestones no other document tells, and its indicators go; ' +
        'events other documents tell too stay, one mention fewer. Nothing else changes.',
      tags: ['documents'],
      params: { type: 'object', properties: { id: documentIdParam }, required: ['id'] },
      response: {
        200: {
          type: 'object',
          properties: {
            removed: {
              type: 'object',
              properties: {
                documentId: { type: 'string' },
                events: { type: 'integer' },
                mentions: { type: 'integer' },
                milestones: { type: 'integer' },
                indicators: { type: 'integer' },
              },
              required: ['documentId', 'events', 'mentions', 'milestones', 'indicators'],
            },
          },
          required: ['removed'],
        },
        ...errorResponses,
      },
    },
  }, async (req) => {
    const removed = await store.removeDocument(req.params.id);
    if (!removed) throw new DyadError('NOT_FOUND', `no document '${req.params.id}'`, { place: { field: 'params.id' } });
    return { removed };
  });

  /**
   * Everything extracted from document `id`. An event first told by another document is shown with
   * this document's own mention (its sentence here and the rule that fired here), so offsets always
   * point into this text.
   */
  async function extractionOf(id: string) {
    const [events, milestones, indicators] = await Promise.all([
      store.events({ documentId: id, limit: 10_000 }),
      store.milestones({}),
      store.indicators(),
    ]);
    const here = await Promise.all(events.map(async (e) => {
      if (e.documentId === id) return e;
      const mention = (await store.evidence(e.id))?.mentions.find((m) => m.documentId === id);
      return mention ? { ...e, documentId: id, evidence: mention.evidence, rule: mention.rule } : e;
    }));
    return {
      events: here,
      milestones: milestones.filter((m) => m.documentId === id),
      indicators: indicators.filter((i) => i.documentId === id),
    };
  }

  /**
   * Extract a document's text and store it, as `dyad ingest` does: a document already stored is
   * recognised before it is extracted again. A PDF's pages give each evidence its page.
   */
  async function storeText(text: string, info: { published: string | null; title?: string; path?: string }, pages: PageSpan[] | null) {
    if (!extractor) throw new DyadError('INTERNAL', 'this server was started without an extractor');
    const id = documentId(normalise(text).text);
    if (await store.hasDocument(id)) {
      return { status: 'duplicate' as const, documentId: id, extraction: withPages(await extractionOf(id), pages), warnings: [] };
    }
    const extraction = await extractWith(extractor, text, info);
    // A date the text states for itself ("Updated: …") stands when the request gave none.
    const doc: StoredDocument = { ...extraction.document, ...info, published: info.published ?? extraction.document.published ?? null, text, ingestedAt: new Date().toISOString() };
    const put = await store.putDocument(doc, extraction);
    return {
      status: put.status,
      documentId: put.documentId,
      extraction: withPages(await extractionOf(put.documentId), pages),
      warnings: extraction.warnings,
    };
  }

  app.post<{ Body: IngestBody | string; Querystring: IngestQuery }>('/api/documents', {
    config: { write: true },
    bodyLimit: MAX_DOCUMENT_BYTES,
    // The validator coerces types (right for query strings); a body's fields must already be strings.
    preValidation: async (req) => {
      const body = req.body as Record<string, unknown> | string | null;
      if (body === null || typeof body !== 'object') return;
      for (const field of ['text', 'title', 'published', 'path']) {
        if (field in body && typeof body[field] !== 'string') {
          throw new DyadError('BAD_ARGUMENT', `body.${field} must be a string`, { place: { field: `body.${field}` } });
        }
      }
    },
    schema: {
      summary: 'Extract a document and store it (needs the token)',
      description: 'Send JSON {text, title?, published?, path?}, or the text itself as text/plain with title, ' +
        'published and path in the query string. A document already stored is reported as a duplicate.',
      tags: ['documents'],
      consumes: ['application/json', 'text/plain'],
      querystring: {
        type: 'object',
        additionalProperties: false,
        properties: { title: titleParam, published: publishedParam, path: pathParam },
      },
      body: {
        oneOf: [
          {
            type: 'object',
            additionalProperties: false,
            properties: { text: { type: 'string' }, title: titleParam, published: publishedParam, path: pathParam },
            required: ['text'],
          },
          { type: 'string' },
        ],
      },
      response: { 200: ingestResponse, ...errorResponses },
    },
  }, async (req) => {
    const body = typeof req.body === 'string' ? { text: req.body, ...req.query } : { ...req.query, ...req.body };
    let text = body.text.replace(/^\uFEFF/, '');
    let title = body.title;
    let published = body.published ?? null;
    if (text.includes('\u0000')) {
      throw new DyadError('INPUT_BINARY', 'the document holds NUL characters: it is not text', { place: { field: 'body.text' } });
    }
    // A Markdown note sent whole: its front matter gives the title and date, as `dyad ingest` reads it.
    if (/^---\r?\n/.test(text)) {
      const fm = readFrontMatter(text, body.path ?? 'posted document');
      text = fm.text;
      title ??= fm.title ?? undefined;
      published ??= fm.published;
    }
    if (text.trim() === '') throw new DyadError('INPUT_EMPTY', 'the document is empty', { place: { field: 'body.text' } });
    return storeText(text, { published: normalisePublished(published), ...(title ? { title } : {}), ...(body.path ? { path: body.path } : {}) }, null);
  });
  // A file as it is (PDF, Word, a web page, text): in its own scope, where these bodies stay bytes.
  void app.register(async (scope) => {
    scope.addContentTypeParser(FILE_TYPES, { parseAs: 'buffer', bodyLimit: MAX_FILE_BYTES }, (_req, body, done) => done(null, body));
    scope.post<{ Body: Buffer; Querystring: FileQuery }>('/api/documents/file', {
      config: { write: true },
      bodyLimit: MAX_FILE_BYTES,
      schema: {
        summary: 'Extract a document file (PDF, Word, HTML, text) and store it (needs the token)',
        description: 'The body is the file as it is; `name` is its file name, whose extension (with the file\'s first bytes) ' +
          'tells its format. Evidence of a PDF names its page.',
        tags: ['documents'],
        consumes: FILE_TYPES,
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { name: { type: 'string', pattern: '^[^/\\\\]{1,200}$', description: 'The file name, e.g. brief.pdf.' }, title: titleParam, published: publishedParam },
          required: ['name'],
        },
        response: { 200: ingestResponse, ...errorResponses },
      },
    }, async (req) => {
      const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      if (bytes.length === 0) throw new DyadError('INPUT_EMPTY', 'the file is empty', { place: { field: 'body' } });
      const doc = await readDocumentBytesAs(bytes, req.query.name, { statedDate: statedPublished });
      const title = req.query.title ?? doc.title ?? undefined;
      const published = normalisePublished(req.query.published ?? doc.published);
      return storeText(doc.text, { published, ...(title ? { title } : {}), path: req.query.name }, doc.pages);
    });
  });
}
