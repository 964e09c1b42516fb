/**
 * CAMEO actor codes to principals (data/importers/cameo-actors.yaml, with time-bounded entries), loaded
 * once with a schema check: GDELT's importer and export resolve actor codes by it, and the gazetteer
 * the organisation a Phoenix person's IGO code names.
 */
import { loadDataFile } from '../../core/data-file.js';
import type { IsoDay } from '../../core/model.js';
import { dataPath } from '../../core/paths.js';

const DAY = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
const CODE_ENTRY = {
  type: 'object',
  required: ['code', 'principal'],
  additionalProperties: false,
  properties: {
    code: { type: 'string', pattern: '^[A-Z0-9]{3,15}$' },
    principal: { type: 'string', minLength: 2 },
    from: DAY,
    to: DAY,
    note: { type: 'string' },
  },
} as const;

export const CAMEO_ACTORS_SCHEMA = {
  type: 'object',
  required: ['codes', 'groups'],
  additionalProperties: false,
  properties: {
    codes: { type: 'array', items: CODE_ENTRY },
    groups: { type: 'array', items: CODE_ENTRY },
    generic: { type: 'array', items: CODE_ENTRY },
  },
} as const;

/** One entry of the actor-code table. */
export interface CodeEntry {
  code: string;
  principal: string;
  from?: IsoDay;
  to?: IsoDay;
  note?: string;
}

export interface CameoActorsFile {
  codes: CodeEntry[];
  groups: CodeEntry[];
  /**
   * The field's generic codes (`IGO`, `NGO`): an actor of that kind with no organisation or state of
   * its own. The text coders name it so; the importers leave such actors out, as before.
   */
  generic?: CodeEntry[];
}

const cache = new Map<string, CameoActorsFile>();

/** The table at `file` (the bundled one by default), read once. */
export function loadCameoActors(file = dataPath('importers', 'cameo-actors.yaml')): CameoActorsFile {
  let table = cache.get(file);
  if (!table) cache.set(file, (table = loadDataFile<CameoActorsFile>(file, CAMEO_ACTORS_SCHEMA)));
  return table;
}
