/**
 * The importers' mapping tables (data/importers/*.yaml), loaded once with a schema check: ICEWS country
 * and organisation names, ICEWS sectors to agent kinds, ACLED event types to CAMEO codes; and, from the
 * knowledge, CAMEO actor codes to principals (with time-bounded entries), which the gazetteer reads too.
 */
import worldCountries, { type Country } from 'world-countries';
import { loadDataFile } from '../core/data-file.js';
import { ACTOR_KINDS, type ActorKind } from '../core/model.js';
import { dataPath } from '../core/paths.js';
import { loadCameoActors, type CameoActorsFile, type CodeEntry } from '../knowledge/cameo/index.js';

export { loadCameoActors, type CameoActorsFile, type CodeEntry };

const NAME_MAP = { type: 'object', additionalProperties: { type: 'string', minLength: 2 } } as const;
export const ICEWS_NAMES_SCHEMA = {
  type: 'object',
  required: ['countries', 'organisations'],
  additionalProperties: false,
  properties: { countries: NAME_MAP, organisations: NAME_MAP },
} as const;

export const ICEWS_SECTORS_SCHEMA = {
  type: 'object',
  required: ['rules'],
  additionalProperties: false,
  properties: {
    rules: {
      type: 'array',
      items: {
        type: 'object',
        required: ['kind', 'sectors'],
        additionalProperties: false,
        properties: { kind: { enum: ACTOR_KINDS }, sectors: { type: 'array', items: { type: 'string' } } },
      },
    },
  },
} as const;

const CAMEO_CODE = {
  type: 'object',
  required: ['code'],
  additionalProperties: false,
  properties: { code: { type: 'string', pattern: '^\\d{2,4}$' } },
} as const;
export const ACLED_CAMEO_SCHEMA = {
  type: 'object',
  required: ['event_types', 'sub_event_types'],
  additionalProperties: false,
  properties: {
    event_types: { type: 'object', additionalProperties: CAMEO_CODE },
    sub_event_types: { type: 'object', additionalProperties: CAMEO_CODE },
  },
} as const;

export interface IcewsNamesFile {
  countries: Record<string, string>;
  organisations: Record<string, string>;
}
export interface IcewsSectorsFile {
  rules: { kind: ActorKind; sectors: string[] }[];
}
export interface AcledCameoFile {
  event_types: Record<string, { code: string }>;
  sub_event_types: Record<string, { code: string }>;
}

const cache = new Map<string, unknown>();
function cached<T>(key: string, load: () => T): T {
  if (!cache.has(key)) cache.set(key, load());
  return cache.get(key) as T;
}

export function loadIcewsNames(file = dataPath('importers', 'icews-names.yaml')): IcewsNamesFile {
  return cached(file, () => loadDataFile<IcewsNamesFile>(file, ICEWS_NAMES_SCHEMA));
}
export function loadIcewsSectors(file = dataPath('importers', 'icews-sectors.yaml')): IcewsSectorsFile {
  return cached(file, () => loadDataFile<IcewsSectorsFile>(file, ICEWS_SECTORS_SCHEMA));
}
export function loadAcledCameo(file = dataPath('importers', 'acled-cameo.yaml')): AcledCameoFile {
  return cached(file, () => loadDataFile<AcledCameoFile>(file, ACLED_CAMEO_SCHEMA));
}

// The package's types describe its CommonJS face; under ESM the default export is the array itself.
const countries: Country[] = Array.isArray(worldCountries)
  ? (worldCountries as unknown as Country[])
  : (worldCountries as unknown as { default: Country[] }).default;

/** The principal Dyad uses for a world-countries alpha-3 (Kosovo is `XKX`, the package says `UNK`). */
function principalOfCca3(cca3: string): string {
  return cca3 === 'UNK' ? 'XKX' : cca3;
}

/** Every ISO 3166-1 alpha-3 Dyad knows as a country principal. */
export const COUNTRY_PRINCIPALS: ReadonlySet<string> = new Set(countries.map((c) => principalOfCca3(c.cca3)));

/** Country names (common, official, alternative spellings; folded) → principal, from world-countries. */
export const COUNTRY_BY_NAME: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const c of countries) {
    const p = principalOfCca3(c.cca3);
    for (const n of [c.name.common, c.name.official, ...c.altSpellings]) {
      const k = foldName(n);
      if (!m.has(k)) m.set(k, p);
    }
  }
  return m;
})();

/** Case- and accent-insensitive form of a name, for lookups. */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
