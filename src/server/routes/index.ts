/** Every API route, registered on one app. */
import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../_context.js';
import { balanceRoutes } from './balance.js';
import { cameoRoutes } from './cameo.js';
import { documentsRoutes } from './documents.js';
import { dyadsRoutes } from './dyads.js';
import { eventsRoutes } from './events.js';
import { importsRoutes } from './imports.js';
import { indicatorsRoutes } from './indicators.js';
import { laddersRoutes } from './ladders.js';
import { metaRoutes } from './meta.js';
import { milestonesRoutes } from './milestones.js';
import { reportsRoutes } from './reports.js';

/** Register every API route on `app`. */
export async function registerRoutes(app: FastifyInstance, ctx: ServerContext): Promise<void> {
  metaRoutes(app, ctx);
  cameoRoutes(app);
  eventsRoutes(app, ctx);
  dyadsRoutes(app, ctx);
  balanceRoutes(app, ctx);
  documentsRoutes(app, ctx);
  milestonesRoutes(app, ctx);
  laddersRoutes(app, ctx);
  indicatorsRoutes(app, ctx);
  reportsRoutes(app, ctx);
  await importsRoutes(app, ctx);
}
