/**
 * Who may call a route. Access is decided on the route the router matched (its config), never on the
 * raw URL: `/%61pi/events` and `/api/events` are the same route to the router, so they must be the
 * same route to the guard. Writes always need the token; on a private server every route that is not
 * marked `public` (only the dashboard's files are) needs it too, and so do unmatched requests.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DyadError } from '../core/errors.js';
import { bearerCheck } from './_auth.js';

export interface AccessOptions {
  /** The bearer token writes need; without one the server takes no writes. */
  token?: string | undefined;
  /** Reads need the token too. */
  private?: boolean | undefined;
  /** The server takes no writes at all, whatever the token. */
  readOnly?: boolean | undefined;
}

/** `write`, `read` or `public`: what the matched route's config says. */
export function accessOf(req: FastifyRequest): 'write' | 'read' | 'public' {
  const config = req.routeOptions.config;
  if (config.write === true) return 'write';
  return config.public === true ? 'public' : 'read';
}

/** Add the hook that checks the token before any route runs. */
export function registerAccess(app: FastifyInstance, options: AccessOptions): void {
  const check = bearerCheck(options.token);
  app.addHook('onRequest', async (req) => {
    const access = accessOf(req);
    if (access === 'write' && options.readOnly) throw readOnlyError();
    if (access === 'write' || (options.private && access === 'read')) check(req);
  });
}

function readOnlyError(): DyadError {
  return new DyadError('READ_ONLY', 'this server is read-only: its API takes no writes', {
    hint: 'Start `dyad serve` without --read-only to take writes; on the machine that runs it, `dyad ingest` and `dyad import` write through the server.',
  });
}
