/**
 * Agents: the words that name a part of a country ("police", "lawmakers", "rebels"), read from the
 * Phoenix agent dictionary and given Dyad's sectors by `data/actors/agents.yaml`. The actors stage
 * joins them to a country ("Kenyan police") or, for the contextual sectors, resolves them alone by
 * their context ("In Kenya, police fired…").
 */
import { loadDataFile } from '../../core/data-file.js';
import { DyadError } from '../../core/errors.js';
import { dataPath } from '../../core/paths.js';
import { loadPetrarchDictionaries, type AgentEntry } from '../petrarch/index.js';
import { fold } from './_fold.js';
import type { OrganisationKind } from './_types.js';

/** What `data/actors/agents.yaml` holds. */
export interface AgentsFile {
  sectors: Record<string, { sector: string; kind: 'body' | 'group' }>;
  contextual: string[];
  /** Words of a contextual sector that never resolve alone ("the envoy" is as often another state's). */
  notAlone: string[];
  ignore: string[];
  /** Phrases the Phoenix file lacks, under the code it would give them ("opposition groups" under OPP). */
  forms?: Record<string, string[]>;
  /** The code whose sector a country's people named by a plural demonym take ("Bolivians"). */
  people?: string;
}

export const AGENTS_SCHEMA = {
  type: 'object',
  required: ['sectors', 'contextual', 'notAlone', 'ignore'],
  additionalProperties: false,
  properties: {
    sectors: {
      type: 'object',
      propertyNames: { pattern: '^[A-Z]{3}$' },
      additionalProperties: {
        type: 'object',
        required: ['sector', 'kind'],
        additionalProperties: false,
        properties: { sector: { type: 'string', pattern: '^[a-z][a-z-]*$' }, kind: { enum: ['body', 'group'] } },
      },
    },
    contextual: { type: 'array', items: { type: 'string', pattern: '^[a-z][a-z-]*$' } },
    notAlone: { type: 'array', items: { type: 'string', minLength: 1 } },
    ignore: { type: 'array', items: { type: 'string', minLength: 1 } },
    people: { type: 'string', pattern: '^[A-Z]{3}$' },
    forms: {
      type: 'object',
      propertyNames: { pattern: '^[A-Z]{3}$' },
      additionalProperties: { type: 'array', items: { type: 'string', pattern: "^[a-z][a-z' -]*$" } },
    },
  },
} as const;

/** An agent phrase as the actors stage matches it. */
export interface AgentWord {
  /** Lower-case words joined by single spaces ("riot police"). */
  form: string;
  sector: string;
  kind: OrganisationKind;
}

/** The agents the gazetteer knows: phrases to match, and the sector of any folded form. */
export interface Agents {
  words: AgentWord[];
  /** Folded form → sector, for every mapped Phoenix phrase (ignored ones included). */
  sectorOf: Map<string, string>;
  /** Sectors whose words alone resolve by context. */
  contextual: Set<string>;
  /** Folded words of those sectors that do not. */
  notAlone: Set<string>;
  /** The sector of a country's people named by a plural demonym ("Bolivians"); none: read as the country. */
  people?: string | undefined;
}

/** A phrase of plain words (letters, hyphens, apostrophes): abbreviations and aircraft types are left out. */
const PLAIN_WORD = /^[A-Z][A-Z'-]*$/;

/** Map Phoenix agent entries to Dyad's sectors (first part of a compound code); later entries win a shared phrase. */
export function agentsOf(entries: readonly AgentEntry[], file: AgentsFile, path = 'agents.yaml'): Agents {
  const known = new Set(Object.values(file.sectors).map((s) => s.sector));
  const unknown = file.contextual.find((s) => !known.has(s));
  if (unknown !== undefined) {
    throw new DyadError('DATA_SCHEMA', `contextual sector '${unknown}' is no sector of the file`, {
      place: { file: path, field: 'contextual' },
      hint: 'List only sectors that some code under `sectors` maps to.',
    });
  }
  const ignore = new Set(file.ignore.map(fold));
  const sectorOf = new Map<string, string>();
  const words = new Map<string, AgentWord>();
  for (const e of entries) {
    // `IGO~` and the like qualify an actor's code rather than name a part of a country.
    if (e.place !== 'after') continue;
    const mapped = file.sectors[e.code.slice(0, 3)];
    if (!mapped || !e.phrase.every((w) => PLAIN_WORD.test(w))) continue;
    const form = e.phrase.join(' ').toLowerCase();
    const key = fold(form);
    sectorOf.set(key, mapped.sector);
    if (ignore.has(key)) continue;
    words.set(key, { form, sector: mapped.sector, kind: mapped.kind });
  }
  // The file's own phrases, read as the Phoenix file's would be; a phrase Phoenix has keeps its code.
  for (const [code, forms] of Object.entries(file.forms ?? {})) {
    const mapped = file.sectors[code];
    if (!mapped) {
      throw new DyadError('DATA_SCHEMA', `forms are listed under '${code}', which is no code of the file's sectors`, {
        place: { file: path, field: `forms.${code}` },
        hint: 'List forms only under a code that `sectors` maps.',
      });
    }
    for (const form of forms) {
      const key = fold(form);
      if (sectorOf.has(key)) continue;
      sectorOf.set(key, mapped.sector);
      if (!ignore.has(key)) words.set(key, { form, sector: mapped.sector, kind: mapped.kind });
    }
  }
  const people = file.people === undefined ? undefined : file.sectors[file.people]?.sector;
  if (file.people !== undefined && people === undefined) {
    throw new DyadError('DATA_SCHEMA', `people is '${file.people}', which is no code of the file's sectors`, {
      place: { file: path, field: 'people' },
      hint: 'Name a code that `sectors` maps.',
    });
  }
  return { words: [...words.values()], sectorOf, contextual: new Set(file.contextual), notAlone: new Set(file.notAlone.map(fold)), people };
}

/** The bundled agents: Phoenix's agent dictionary read through the dictionary cache, mapped by agents.yaml. */
export function loadAgents(): Agents {
  const path = dataPath('actors', 'agents.yaml');
  const file = loadDataFile<AgentsFile>(path, AGENTS_SCHEMA);
  const dicts = loadPetrarchDictionaries({}, { kinds: ['agents'] });
  return agentsOf(dicts.agents.flat(), file, path);
}
