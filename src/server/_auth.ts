/**
 * Bearer-token checks. Writes always need the token; with `private` every API read does too. Tokens
 * are compared through their sha256 so the comparison takes the same time whatever the guess.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { DyadError } from '../core/errors.js';

const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

/** Returns a checker that throws `UNAUTHORIZED` unless the request carries `token`. */
export function bearerCheck(token: string | undefined): (req: FastifyRequest) => void {
  const want = token ? digest(token) : null;
  return (req) => {
    if (!want) {
      throw new DyadError('UNAUTHORIZED', 'this server takes no writes: it was started without a token', {
        hint: 'Start `dyad serve` with DYAD_TOKEN set, then send `Authorization: Bearer <token>`.',
      });
    }
    const header = req.headers.authorization ?? '';
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!m || !timingSafeEqual(digest(m[1] ?? ''), want)) {
      throw new DyadError('UNAUTHORIZED', header ? 'the bearer token is wrong' : 'this request needs a bearer token', {
        place: { field: 'authorization' },
        hint: 'Send `Authorization: Bearer <token>` with the DYAD_TOKEN the server was started with.',
      });
    }
  };
}
