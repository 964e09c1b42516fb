/**
 * Import of an uploaded dataset file (GDELT, ICEWS, ACLED; plain, .gz or .zip): a write, so it needs
 * the token. The body is streamed to a temporary file, never held in memory, then handed to the
 * importer, which streams it into the store.
 */
import type { FastifyInstance } from 'fastify';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DyadError } from '../../core/errors.js';
import type { ServerContext } from '../_context.js';
import { errorResponses } from '../_schemas.js';

/** The largest file the API takes; bigger ones belong on the command line (`dyad import`). */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024 * 1024;

const STREAMED_TYPES = ['application/octet-stream', 'text/csv', 'text/tab-separated-values', 'application/gzip', 'application/zip'];

interface ImportQuery {
  format: string;
  name: string;
}

function byteLimit(max: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen += chunk.length;
      if (seen > max) done(new DyadError('INPUT_TOO_LARGE', `the upload is larger than ${max} bytes`, { place: { field: 'body' } }));
      else done(null, chunk);
    },
  });
}

/** Register `POST /api/imports` in its own scope, where bodies stay streams. */
export async function importsRoutes(app: FastifyInstance, { store, importer }: ServerContext): Promise<void> {
  await app.register(async (scope) => {
    // Only here is the body left as a stream; every other route keeps Fastify's parsers.
    scope.addContentTypeParser(STREAMED_TYPES, (_req, payload, done) => done(null, payload));
    scope.addContentTypeParser('text/plain', (_req, payload, done) => done(null, payload));

    scope.post<{ Querystring: ImportQuery; Body: Readable }>('/api/imports', {
      config: { write: true },
      schema: {
        summary: 'Import a dataset file (needs the token)',
        description: 'The body is the file as it is (plain, .gz or .zip); `name` is its file name, which tells a ' +
          'GDELT export from a mentions file and a zip from a plain file.',
        tags: ['imports'],
        consumes: STREAMED_TYPES,
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            format: { type: 'string', enum: ['auto', 'gdelt', 'gdelt1', 'icews', 'acled'], default: 'auto', description: 'The dataset format; auto detects it.' },
            name: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,200}$', description: 'The file name.' },
          },
          required: ['name'],
        },
        response: {
          200: {
            type: 'object',
            properties: {
              format: { type: 'string' },
              rows: { type: 'integer' },
              inserted: { type: 'integer' },
              duplicates: { type: 'integer' },
              quarantined: { type: 'integer' },
            },
            required: ['format', 'rows', 'inserted', 'duplicates', 'quarantined'],
          },
          ...errorResponses,
        },
      },
    }, async (req) => {
      if (!importer) throw new DyadError('INTERNAL', 'this server was started without an importer');
      const dir = await mkdtemp(join(tmpdir(), 'dyad-upload-'));
      try {
        const file = join(dir, basename(req.query.name));
        await pipeline(req.body, byteLimit(MAX_IMPORT_BYTES), createWriteStream(file));
        const result = await importer({ file, format: req.query.format, store });
        return { format: result.format, rows: result.rows, inserted: result.inserted, duplicates: result.duplicates, quarantined: result.quarantined };
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
  });
}
