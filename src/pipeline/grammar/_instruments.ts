/**
 * Finds the ladder instruments a sentence names ("the Partnership for Peace Framework Document",
 * "IPAP"): their names are the `instruments` of data/patterns/milestones.yaml, compiled as token
 * sequences keyed by their first token. The grammar stage puts them on each sentence's view.
 */
import { loadDataFile } from '../../core/data-file.js';
import type { Instrument } from '../../core/model.js';
import { dataPath } from '../../core/paths.js';
import type { Token } from '../types.js';
import { INSTRUMENTS_SCHEMA, type InstrumentData } from './_schema.js';

/** An instrument named in a sentence, by token indices (inclusive). */
export interface InstrumentMention {
  instrument: Instrument;
  org: string | null;
  first: number;
  last: number;
}

/** One instrument name as tokens. */
export interface InstrumentName {
  instrument: Instrument;
  /** null where the organisation is named beside the instrument ("observer at the CSTO"). */
  org: string | null;
  /** Lower-cased tokens of the name. */
  words: string[];
  /** Acronyms (all capitals) match with their case. */
  exact: string[] | null;
}

export interface InstrumentNames {
  /** Names keyed by their first word (lower case), longest first. */
  names: ReadonlyMap<string, readonly InstrumentName[]>;
  /**
   * By a word's first code unit (below 128; one slot for all others), whether some name's first word
   * starts so: most words of a sentence are turned away by it without a map look-up.
   */
  nameInitials: Uint8Array;
}

/** Split a name the way the segmenter splits text: words, and punctuation on its own. */
export function nameWords(name: string): string[] {
  return name.split(/\s+|(?=[-–,()])|(?<=[-–,()])/u).filter((w) => w.length > 0);
}

/**
 * The first code units that `words` start with, as a table (all units from 128 on share one slot):
 * most words of a sentence are turned away by `mayStart` without hashing them into a map.
 */
export function initialsOf(words: Iterable<string>): Uint8Array {
  const table = new Uint8Array(129);
  for (const w of words) table[Math.min(w.charCodeAt(0), 128)] = 1;
  return table;
}

/** May `word` be one of the words `initials` was made of? (False only where it surely is not.) */
export function mayStart(initials: Uint8Array, word: string): boolean {
  return initials[Math.min(word.charCodeAt(0), 128)] !== 0;
}

/** Compile the instruments' names for matching. */
export function compileInstrumentNames(instruments: readonly InstrumentData[]): InstrumentNames {
  const names = new Map<string, InstrumentName[]>();
  for (const inst of instruments) {
    for (const name of inst.names) {
      const ws = nameWords(name);
      const acronym = /^[A-Z][A-Za-z]*[A-Z]$/.test(name) && !name.includes(' ');
      const entry: InstrumentName = {
        instrument: inst.instrument,
        org: inst.org === 'context' ? null : inst.org,
        words: ws.map((w) => w.toLowerCase()),
        exact: acronym ? ws : null,
      };
      const key = entry.words[0] ?? '';
      const list = names.get(key) ?? [];
      list.push(entry);
      names.set(key, list);
    }
  }
  for (const list of names.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { names, nameInitials: initialsOf(names.keys()) };
}

/** The file's instruments only: the rest of it is the milestones stage's to check. */
const INSTRUMENTS_FILE_SCHEMA = { type: 'object', required: ['instruments'], properties: { instruments: INSTRUMENTS_SCHEMA } } as const;
const DEFAULT_FILE = dataPath('patterns', 'milestones.yaml');
const cache = new Map<string, InstrumentNames>();

/** Load and compile the instrument names of data/patterns/milestones.yaml (cached per path). */
export function loadInstrumentNames(file: string = DEFAULT_FILE): InstrumentNames {
  let v = cache.get(file);
  if (!v) {
    v = compileInstrumentNames(loadDataFile<{ instruments: InstrumentData[] }>(file, INSTRUMENTS_FILE_SCHEMA).instruments);
    cache.set(file, v);
  }
  return v;
}

/** Every instrument named in the tokens, longest name first, no overlaps. */
export function findInstruments(tokens: readonly Token[], vocab: InstrumentNames = loadInstrumentNames()): InstrumentMention[] {
  const out: InstrumentMention[] = [];
  const initials = vocab.nameInitials;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || !mayStart(initials, t.lower)) continue;
    const candidates = vocab.names.get(t.lower);
    if (!candidates) continue;
    for (const c of candidates) {
      let ok = true;
      for (let k = 0; k < c.words.length; k++) {
        const tk = tokens[i + k];
        if (!tk || tk.lower !== c.words[k] || (c.exact && tk.text !== c.exact[k])) {
          ok = false;
          break;
        }
      }
      if (ok) {
        out.push({ instrument: c.instrument, org: c.org, first: i, last: i + c.words.length - 1 });
        i += c.words.length - 1;
        break;
      }
    }
  }
  return out;
}
