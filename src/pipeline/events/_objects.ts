/**
 * What an act is about, where CAMEO splits its code by that: an appeal, a demand, an intent, a refusal,
 * a threat or a cut in aid takes the finer code its object names ("urged Nepal to respect
 * human rights" 0243, "threatened sanctions" 1312, "suspended its military aid" 1622). The object
 * is read from the words after the act's verb in its part of the sentence; the kinds of object (their
 * words) and the finer code each gives per coarse code are data (data/patterns/objects.yaml).
 */
import { loadDataFile } from '../../core/data-file.js';
import { DyadError } from '../../core/errors.js';
import { dataPath } from '../../core/paths.js';
import { loadCameo } from '../../knowledge/cameo/index.js';
import type { SentenceView } from '../grammar/index.js';
import type { Coding } from './_patterns.js';

/** How far after the verb its object may be named ("urged the rebels in the north to respect human rights"). */
const OBJECT_REACH = 14;
/** How many times a finer code is read again by its own table (020 → 023 → 0233 at most). */
const MAX_STEPS = 2;

export interface ObjectsFile {
  version: number;
  plain?: string[];
  classes: Record<string, string[]>;
  codes: Record<string, Record<string, string>>;
}

export const OBJECTS_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['version', 'classes', 'codes'],
  properties: {
    version: { type: 'integer' },
    plain: { type: 'array', items: { type: 'string', pattern: '^[a-z][a-z0-9-]*$' } },
    classes: {
      type: 'object',
      propertyNames: { pattern: '^[a-z][a-z-]*$' },
      additionalProperties: { type: 'array', minItems: 1, items: { type: 'string', pattern: "^[a-z][a-z' -]*$" } },
    },
    codes: {
      type: 'object',
      propertyNames: { pattern: '^[0-9]{3,4}$' },
      additionalProperties: {
        type: 'object',
        propertyNames: { pattern: '^[a-z][a-z-]*$' },
        additionalProperties: { type: 'string', pattern: '^[0-9]{3,4}$' },
      },
    },
  },
} as const;

/** One kind of object with the finer code it gives. */
interface Narrowing {
  phrases: readonly (readonly string[])[];
  coding: Coding;
}

/** The compiled tables: by coarse code, the kinds of object in order of preference; and the rules left plain. */
export interface ObjectTables {
  codes: ReadonlyMap<string, readonly Narrowing[]>;
  /** Ids of the rules whose code stands whatever their object ("submit-document"). */
  plain: ReadonlySet<string>;
}

/** Compile the tables, checking that every finer code is CAMEO's and in its coarse code's root. */
export function compileObjects(data: ObjectsFile, file: string): ObjectTables {
  const cameo = loadCameo();
  const classes = new Map<string, string[][]>();
  for (const [name, phrases] of Object.entries(data.classes)) classes.set(name, phrases.map((p) => p.split(' ')));
  const out = new Map<string, Narrowing[]>();
  for (const [coarse, byClass] of Object.entries(data.codes)) {
    const list: Narrowing[] = [];
    for (const [name, code] of Object.entries(byClass)) {
      const phrases = classes.get(name);
      const field = `/codes/${coarse}/${name}`;
      if (!phrases) throw new DyadError('DATA_SCHEMA', `object class '${name}' is not among the classes`, { place: { file, field }, hint: 'Name a class listed under `classes`.' });
      if (!cameo.has(code) || !cameo.has(coarse) || code.slice(0, 2) !== coarse.slice(0, 2) || code === coarse) {
        throw new DyadError('UNKNOWN_CODE', `object class '${name}' of ${coarse}: '${code}' is no finer CAMEO code of its root`, {
          place: { file, field },
          hint: 'Use a code of data/cameo/cameo.yaml in the same root as the coarse code.',
        });
      }
      const entry = cameo.get(code);
      list.push({ phrases, coding: { code, root: entry.root, quadClass: entry.quadClass, goldstein: entry.goldstein } });
    }
    out.set(coarse, list);
  }
  return { codes: out, plain: new Set(data.plain ?? []) };
}

const cache = new Map<string, ObjectTables>();

/** Load data/patterns/objects.yaml (or a given file), cached per path. */
export function loadObjects(file: string = dataPath('patterns', 'objects.yaml')): ObjectTables {
  let t = cache.get(file);
  if (!t) cache.set(file, (t = compileObjects(loadDataFile<ObjectsFile>(file, OBJECTS_SCHEMA), file)));
  return t;
}

/** Does the phrase stand at token k (by lemma or by the word as written)? */
function phraseAt(view: SentenceView, k: number, phrase: readonly string[]): boolean {
  for (let j = 0; j < phrase.length; j++) {
    const w = phrase[j];
    if (view.lemmas[k + j] !== w && view.tokens[k + j]?.lower !== w) return false;
  }
  return true;
}

/**
 * The finer coding of the act coded `code` at token `i`, by the first kind of object (in the table's
 * order) named after it in its part of the sentence; undefined where none is named, no table has the
 * code, or the act's rule (`ruleId`, when a team rule coded it) is one left plain.
 */
export function objectCoding(view: SentenceView, i: number, code: string, ruleId: string | null = null, tables: ObjectTables = loadObjects()): Coding | undefined {
  if (ruleId !== null && tables.plain.has(ruleId)) return undefined;
  let table = tables.codes.get(code);
  if (!table) return undefined;
  // Up to the sentence's end, a hard break (";", a relative pronoun), a second act joined by "and"
  // ("to stop fighting and to resume talks": the object is the first act's) or the reach.
  let end = Math.min(view.tokens.length, i + 1 + OBJECT_REACH);
  for (let k = i + 1; k < end; k++) {
    const next = view.tokens[k + 1];
    const secondAct = (view.lemmas[k] === 'and' || view.lemmas[k] === 'or') && !!next && (next.lower === 'to' || next.pos === 'VERB');
    if (view.hard[k] || view.lemmas[k] === '.' || secondAct) {
      end = k;
      break;
    }
  }
  let found: Coding | undefined;
  for (let step = 0; step < MAX_STEPS && table; step++) {
    const hit = table.find((n) => n.phrases.some((p) => {
      for (let k = i + 1; k + p.length <= end; k++) if (phraseAt(view, k, p)) return true;
      return false;
    }));
    if (!hit) break;
    found = hit.coding;
    table = tables.codes.get(found.code);
  }
  return found;
}
