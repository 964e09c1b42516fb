/**
 * The JSON-schema formats the API's schemas use, checked by the same functions as the CLI's options
 * (src/core/days.ts): `date` is a day that exists (ajv-formats' own takes `0000-01-01`), and
 * `date-prefix` is a year, a month or a day (`2017`, `2017-03`, `2017-03-08`).
 */
import type { Ajv } from 'ajv';
import { isDatePrefix, isDay } from '../core/days.js';

/**
 * An ajv plugin adding Dyad's formats. Fastify's compiler adds ajv-formats after the plugins it is
 * given unless one of them is named `formatsPlugin`; this one is, so ajv-formats' `date` never
 * replaces ours. An unknown format in a schema fails at start-up, so a schema that needs another
 * format says so at once.
 */
export function formatsPlugin(ajv: Ajv): Ajv {
  ajv.addFormat('date', { type: 'string', validate: isDay });
  ajv.addFormat('date-prefix', { type: 'string', validate: isDatePrefix });
  return ajv;
}
