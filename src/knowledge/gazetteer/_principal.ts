/**
 * A principal from what a person types: a code (`SRB`, `nato`), a country's name in any of its forms
 * ("Serbia", "Republic of Serbia", "Yugoslavia") or an organisation's ("North Atlantic Treaty
 * Organization", a mission such as "KFOR" stands for NATO). An unknown one is an error that offers the
 * closest names, so a typo never reads as "no events".
 */
import { closest, foldName } from '../../core/closest.js';
import { DyadError } from '../../core/errors.js';
import { loadGazetteer, type Gazetteer } from './gazetteer.js';

const organisationIndex = new WeakMap<Gazetteer, Map<string, string>>();

/** Folded organisation names and aliases → the principal they act for. */
function organisationsByName(g: Gazetteer): Map<string, string> {
  let idx = organisationIndex.get(g);
  if (!idx) {
    idx = new Map();
    for (const o of g.organisations.values()) {
      for (const n of [o.id, o.name, ...o.aliases]) if (!idx.has(foldName(n))) idx.set(foldName(n), o.principal);
    }
    organisationIndex.set(g, idx);
  }
  return idx;
}

/**
 * The principal `value` names, or undefined. `known` holds codes the store has that the gazetteer
 * may not (an imported dataset's own actors).
 */
export function principalByName(g: Gazetteer, value: string, known: ReadonlySet<string> = new Set()): string | undefined {
  const v = value.trim();
  if (!v) return undefined;
  const code = v.toUpperCase();
  if (g.countries.has(code)) return code;
  const org = g.organisations.get(code);
  if (org) return org.principal;
  return g.countryByName(v)?.id ?? organisationsByName(g).get(foldName(v)) ?? (known.has(code) ? code : undefined);
}

/** "Serbia (SRB)" for each of the closest country and organisation names and codes to `value`. */
export function closestPrincipals(g: Gazetteer, value: string, n = 3): string[] {
  const label = new Map<string, string>();
  for (const c of g.countries.values()) {
    label.set(c.name, `${c.name} (${c.id})`);
    label.set(c.id, `${c.name} (${c.id})`);
  }
  for (const o of g.organisations.values()) {
    if (o.principal !== o.id) continue;
    label.set(o.name, `${o.name} (${o.id})`);
    label.set(o.id, `${o.name} (${o.id})`);
  }
  return [...new Set(closest(value.trim(), label.keys(), n * 2).map((k) => label.get(k) ?? k))].slice(0, n);
}

/**
 * The principal `value` names; `UNKNOWN_ACTOR` naming `field` and the closest names when none.
 * @example resolvePrincipal(g, 'Serbia', '--actor') // 'SRB'
 */
export function resolvePrincipal(g: Gazetteer, value: string, field: string, known?: ReadonlySet<string>): string {
  const principal = principalByName(g, value, known);
  if (principal) return principal;
  const near = closestPrincipals(g, value);
  throw new DyadError('UNKNOWN_ACTOR', `'${value}' is not a country or organisation Dyad knows`, {
    place: { field },
    hint: near.length
      ? `Closest: ${near.join(', ')}. Give a name or a code (SRB, NATO).`
      : 'Give a country or organisation by name or code (Serbia or SRB, NATO).',
  });
}

/**
 * The principal `value` names, by the package's gazetteer; a code it does not know is looked for among
 * `storeCodes` (asked only then: an imported dataset may hold actors of its own).
 * @example await principalOf('Serbia', '--actor', async () => (await store.principals()).map((p) => p.principal))
 */
export async function principalOf(value: string, field: string, storeCodes: () => Promise<Iterable<string>>): Promise<string> {
  const g = loadGazetteer();
  return principalByName(g, value) ?? resolvePrincipal(g, value, field, new Set(await storeCodes()));
}
