/**
 * ICEWS actors (a name, a sector list, a country name) → principal and kind. The country decides the
 * principal; an actor without one (IGOs, regions) is looked up by name, or by the organisation named
 * in parentheses ("Secretariat (Organization of American States)"). Tables: data/importers/icews-*.yaml.
 */
import type { ActorKind } from '../../core/model.js';
import { COUNTRY_BY_NAME, foldName, loadIcewsNames, loadIcewsSectors } from '../_tables.js';

export interface IcewsActor {
  principal: string;
  kind: ActorKind;
}

export class IcewsActorResolver {
  private readonly countries = new Map<string, string>(COUNTRY_BY_NAME);
  private readonly orgs = new Map<string, string>();
  private readonly sectorKind = new Map<string, ActorKind>();
  private readonly memo = new Map<string, IcewsActor>();

  constructor() {
    const names = loadIcewsNames();
    for (const [n, p] of Object.entries(names.countries)) this.countries.set(foldName(n), p);
    for (const [n, p] of Object.entries(names.organisations)) this.orgs.set(foldName(n), p);
    // Rules are listed by precedence: the first rule naming a sector gives its kind.
    for (const r of loadIcewsSectors().rules) {
      for (const s of r.sectors) if (!this.sectorKind.has(foldName(s))) this.sectorKind.set(foldName(s), r.kind);
    }
  }

  /** The principal of a country name, or null when it names no known country. */
  countryPrincipal(country: string): string | null {
    return this.countries.get(foldName(country)) ?? null;
  }

  resolve(name: string, sectors: string, country: string): IcewsActor {
    const key = `${name}\t${sectors}\t${country}`;
    let hit = this.memo.get(key);
    if (!hit) {
      hit = this.compute(name, sectors, country);
      this.memo.set(key, hit);
    }
    return hit;
  }

  private compute(name: string, sectors: string, country: string): IcewsActor {
    const org = this.orgs.get(foldName(name)) ?? this.orgs.get(foldName(/\(([^)]+)\)\s*$/.exec(name)?.[1] ?? ''));
    const principal = (country ? this.countryPrincipal(country) : null) ?? org ?? '';
    return { principal, kind: this.kindOf(name, sectors, country, org !== undefined) };
  }

  private kindOf(name: string, sectors: string, country: string, isOrg: boolean): ActorKind {
    const list = sectors.split(',').map((s) => foldName(s)).filter(Boolean);
    let best: ActorKind | undefined;
    let rank = Infinity;
    const order = [...new Set(this.sectorKind.values())];
    for (const s of list) {
      const k = this.sectorKind.get(s);
      if (k && order.indexOf(k) < rank) {
        best = k;
        rank = order.indexOf(k);
      }
    }
    if (best) return best;
    if (isOrg) return 'organisation';
    return country && foldName(name) === foldName(country) ? 'country' : 'group';
  }
}
