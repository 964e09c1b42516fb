/**
 * The API server and the dashboard host. `buildServer` gives a Fastify instance that is not yet
 * listening, so tests drive it with `app.inject` and `dyad serve` calls `listen`.
 */
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { readFileSync } from 'node:fs';
import { isDyadError } from '../core/errors.js';
import { packagePath } from '../core/paths.js';
import type { Store } from '../store/store.js';
import { registerAccess } from './_access.js';
import type { DatasetImporter, DocumentExtractor, ServerContext } from './_context.js';
import './_fastify-types.js';
import { clientErrorResponse, toApiFailure } from './_errors.js';
import { formatsPlugin } from './_formats.js';
import { OpenApiBuilder } from './_openapi.js';
import { registerDashboard } from './_static.js';
import { registerPartialHeader, trackPartial } from './_partial.js';
import { registerAnswerCache } from './_answer-cache.js';
import { registerRoutes } from './routes/index.js';

export interface ServerOptions {
  store: Store;
  /** The bearer token writes need (`DYAD_TOKEN`). Without one the server takes no writes. */
  token?: string | undefined;
  /** Reads need the token too. */
  private?: boolean | undefined;
  /** The API takes no writes (`dyad serve --read-only`): a write is answered 403 `READ_ONLY`. */
  readOnly?: boolean | undefined;
  /** Extracts a posted document; without one `POST /api/documents` answers that it is not available. */
  extractor?: DocumentExtractor | null | undefined;
  /** Imports an uploaded dataset file; without one `POST /api/imports` answers that it is not available. */
  importer?: DatasetImporter | null | undefined;
  /** The built dashboard's folder; default `dist/web` in the package, null for none. */
  webRoot?: string | null | undefined;
  /** Fastify's request log (off by default; `dyad serve --log` turns it on). */
  logger?: boolean | undefined;
}

/**
 * Build the server (routes, schemas, auth, error shape, OpenAPI document, dashboard).
 * @example
 * const app = await buildServer({ store, token: process.env.DYAD_TOKEN });
 * await app.listen({ host: '127.0.0.1', port: 8080 });
 */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    // Unknown parameters are refused (not silently dropped), so a misspelt filter is never ignored.
    // `verbose` keeps the refused value with each schema error, so a bad date's message says why.
    ajv: { customOptions: { removeAdditional: false, allErrors: false, verbose: true }, plugins: [formatsPlugin] },
    bodyLimit: 1024 * 1024,
    // Long enough that an over-long id reaches its schema and gets a 400, not a 404.
    routerOptions: { maxParamLength: 1000 },
    return503OnClosing: true,
    // A request that has not arrived whole in ten minutes (a stalled upload, a slow-loris) is dropped.
    requestTimeout: 600_000,
    // What Fastify answers by itself (a bad percent-encoding, an over-long path, a request Node cannot
    // parse) takes the one error shape too.
    frameworkErrors: (err, _req, res) => {
      const failure = toApiFailure(err);
      const reply = res as unknown as FastifyReply;
      void reply.status(failure.status).type('application/json; charset=utf-8').send(failure.body);
    },
    clientErrorHandler: (err, socket) => {
      if ((err as { code?: string }).code === 'ECONNRESET' || socket.destroyed) return;
      if (socket.writable) socket.write(clientErrorResponse(err as { code?: string }));
      socket.destroy(err);
    },
  });

  const pkg = JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string; description: string };
  const openapi = new OpenApiBuilder({ title: 'Dyad API', version: pkg.version, description: pkg.description });
  app.addHook('onRoute', (route) => openapi.add(route));

  registerPartialHeader(app);
  registerAnswerCache(app, options.store);

  registerAccess(app, options);

  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
    return payload;
  });

  app.setErrorHandler((err, req, reply) => {
    const failure = toApiFailure(err);
    if (failure.status >= 500) {
      // The client hears only that something failed; whoever runs the server must hear what.
      if (options.logger) req.log.error(err);
      else process.stderr.write(`dyad serve: ${req.method} ${req.url.split('?')[0]}: ${describeCause(err)}\n`);
    }
    void reply.status(failure.status).type('application/json; charset=utf-8').send(failure.body);
  });
  app.setNotFoundHandler((req, reply) => {
    void reply.status(404).send({ error: { code: 'NOT_FOUND', message: `no endpoint ${req.method} ${req.url.split('?')[0]}` } });
  });

  const ctx: ServerContext = {
    store: trackPartial(options.store),
    extractor: options.extractor ?? null,
    importer: options.importer ?? null,
  };
  await registerRoutes(app, ctx);
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => openapi.document());
  registerDashboard(app, options.webRoot === undefined ? packagePath('dist', 'web') : options.webRoot);
  await app.ready();
  return app;
}

/** The error and its causes, one per line, as the server's operator needs them. */
function describeCause(err: unknown): string {
  const lines: string[] = [];
  for (let e: unknown = err; e; e = (e as { cause?: unknown }).cause) {
    lines.push(isDyadError(e) ? e.describe() : e instanceof Error ? e.stack ?? e.message : String(e));
    if (lines.length > 5) break;
  }
  return lines.join('\n  caused by: ');
}

export type { Store };
