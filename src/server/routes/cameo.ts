/** The CAMEO codebook, so clients can name the codes events carry. */
import type { FastifyInstance } from 'fastify';
import { loadCameo } from '../../knowledge/cameo/index.js';
import { errorResponses, listOf } from '../_schemas.js';

/** Register `/api/cameo`. */
export function cameoRoutes(app: FastifyInstance): void {
  app.get('/api/cameo', {
    schema: {
      summary: 'Every CAMEO code with its name, quad class and Goldstein value',
      tags: ['meta'],
      response: {
        200: listOf({
          type: 'object',
          properties: {
            code: { type: 'string' },
            root: { type: 'string' },
            name: { type: 'string' },
            quadClass: { type: 'integer' },
            goldstein: { type: 'number' },
          },
          required: ['code', 'root', 'name', 'quadClass', 'goldstein'],
        }),
        ...errorResponses,
      },
    },
  }, async (_req, reply) => {
    // The codebook changes only with a release: let browsers keep it for the session.
    void reply.header('cache-control', 'public, max-age=3600');
    return { items: loadCameo().all() };
  });
}
