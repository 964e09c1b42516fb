/**
 * Which principals are countries (ISO 3166-1 alpha-3 from the world-countries package, and XKX) as
 * opposed to organisations: ladders are climbed by countries, figures are mostly about them.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let codes: Set<string> | undefined;

/** True for a country's principal code (`SRB`, `XKX`), false for an organisation (`NATO`, `EU`). */
export function isCountry(principal: string): boolean {
  if (!codes) {
    const list = require('world-countries') as { cca3: string }[];
    codes = new Set(list.map((c) => c.cca3));
    codes.add('XKX');
  }
  return codes.has(principal);
}
