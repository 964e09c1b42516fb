/**
 * Countries from the maintained country-data package (world-countries): common, official and native
 * names, alternative spellings (two-letter codes dropped), English demonyms and the capital.
 */
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import type { CountryEntry } from './_types.js';

const require = createRequire(import.meta.url);

/** Every country of the package, keyed by its alpha-3 code. */
export function packageCountries(ignoreNames: ReadonlySet<string>): Map<string, CountryEntry> {
  const list = require('world-countries') as Country[];
  const out = new Map<string, CountryEntry>();
  for (const c of list) {
    const aliases = new Set<string>([c.name.official]);
    for (const n of Object.values(c.name.native ?? {})) {
      aliases.add(n.common);
      aliases.add(n.official);
    }
    // Two-letter alternative spellings are ISO codes ("RS", "IN"), which read as words in text.
    for (const a of c.altSpellings) if (a.length > 2) aliases.add(a);
    aliases.delete(c.name.common);
    for (const n of ignoreNames) aliases.delete(n);
    const eng = c.demonyms?.['eng'];
    const demonyms = new Set<string>();
    for (const d of [eng?.m, eng?.f]) {
      for (const part of (d ?? '').split(/,\s*|\s+or\s+/)) if (part.trim()) demonyms.add(part.trim());
    }
    out.set(c.cca3, {
      type: 'country',
      id: c.cca3,
      name: c.name.common,
      aliases: [...aliases],
      demonyms: [...demonyms],
      // Capitals stand for governments only for UN members; a territory's town is just a town.
      capital: c.unMember ? (c.capital[0] ?? null) : null,
      unMember: c.unMember,
    });
  }
  return out;
}
