/**
 * Serves the built dashboard (`dist/web`): its files by path, `index.html` for every other page path
 * so views can be shared as URLs. Paths are resolved inside the folder and refused outside it.
 */
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { DyadError } from '../core/errors.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/**
 * The dashboard's policy: scripts only from this origin (so markup in a document can never run),
 * inline styles allowed because the charts set them on SVG.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

/**
 * The path of a request URL as a file system would read it: percent-decoded, runs of slashes as one,
 * `.` and `..` segments resolved (never above the root).
 * @example sitePath('//x/../%61pi/events?limit=1') // '/api/events'
 */
export function sitePath(url: string): string {
  const raw = url.split('?')[0] ?? '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    throw new DyadError('BAD_ARGUMENT', 'the path is not valid percent-encoding', { place: { field: 'path' } });
  }
  const out: string[] = [];
  for (const segment of decoded.split(/[/\\]+/)) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') out.pop();
    else out.push(segment);
  }
  return `/${out.join('/')}`;
}

/** Register `GET /*` for the dashboard in `root`; without a built dashboard, say how to build it. */
export function registerDashboard(app: FastifyInstance, root: string | null): void {
  const base = root ? resolve(root) : null;
  const built = base !== null && existsSync(join(base, 'index.html'));

  app.get('/*', { schema: { hide: true }, config: { public: true } }, async (req, reply) => {
    const path = sitePath(req.url);
    // Whatever spelling reached this catch-all (`/API/events`, `//api/events`, `/x/../api/events`),
    // an API path is never a dashboard page: answer as the API does for a path it does not have.
    if (/^\/api(\/|$)/i.test(path)) {
      throw new DyadError('NOT_FOUND', `no API endpoint ${path}`, { hint: 'See /api/openapi.json.' });
    }
    if (!built || !base) {
      throw new DyadError('NOT_FOUND', 'the dashboard is not built', { hint: 'Run `npm run build` first.' });
    }
    let file = resolve(base, `.${path}`);
    if (file !== base && !file.startsWith(base + sep)) {
      throw new DyadError('NOT_FOUND', 'no such file', { place: { field: 'path' } });
    }
    const isFile = existsSync(file) && statSync(file).isFile();
    if (!isFile) {
      // A page path (no extension) is a view of the single-page app; a missing asset is a 404.
      if (extname(path)) throw new DyadError('NOT_FOUND', `no such file ${path}`, { place: { field: 'path' } });
      file = join(base, 'index.html');
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    reply.header('content-type', type);
    reply.header('cache-control', file.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
    if (type.startsWith('text/html')) reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    return reply.send(await readFile(file));
  });
}
