/**
 * The intergovernmental organisation a CAMEO actor code names (`IGOUNO` → UN, `IGOUNODEVWBK` → WB,
 * `IGOAFRAFU` → AU), read from the CAMEO actor-code table the importers use too (data/importers/cameo-actors.yaml): the
 * code's entries by prefix, then each three-letter group part of the code from the last. Only the
 * organisations the gazetteer knows are given, so a person of the Phoenix dictionary coded for one
 * acts for it ("Secretary-General Boutros Boutros-Ghali" for the UN).
 */
import { loadCameoActors, type CameoActorsFile } from '../cameo/index.js';

/** What an IGO code resolves by: its prefix entries (longest first) and group parts, each to a principal. */
export interface IgoCodes {
  prefixes: readonly [string, string][];
  groups: ReadonlyMap<string, string>;
}

/** The table's IGO entries whose principal `known` holds; entries bounded in time are left out. */
export function igoCodes(known: ReadonlySet<string>, file: CameoActorsFile = loadCameoActors()): IgoCodes {
  const prefixes = file.codes
    .filter((c) => c.code.startsWith('IGO') && !c.from && !c.to && known.has(c.principal))
    .map((c): [string, string] => [c.code, c.principal])
    .sort((a, b) => b[0].length - a[0].length);
  const groups = new Map(file.groups.filter((g) => !g.from && !g.to && known.has(g.principal)).map((g) => [g.code, g.principal]));
  return { prefixes, groups };
}

/** The organisation `code` names, or null (not an IGO code, or one of an organisation not known). */
export function igoPrincipal(igo: IgoCodes, code: string): string | null {
  if (!code.startsWith('IGO')) return null;
  // The most specific group first: `IGOUNODEVWBK` is the World Bank before it is the UN.
  for (let n = code.length - 3; n >= 3; n -= 3) {
    const p = igo.groups.get(code.slice(n, n + 3));
    if (p) return p;
  }
  for (const [prefix, p] of igo.prefixes) if (code.startsWith(prefix)) return p;
  return null;
}
