/**
 * The milestone vocabulary (data/patterns/milestones.yaml) compiled for matching: instrument names
 * as token sequences in a map keyed by their first token, and status maps by lemma.
 */
import { loadDataFile } from '../../core/data-file.js';
import type { Instrument, MilestoneStatus } from '../../core/model.js';
import { dataPath } from '../../core/paths.js';
import { MILESTONE_VOCABULARY_SCHEMA, type MilestoneVocabularyFile } from './_schema.js';

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

export interface MilestoneVocabulary {
  /** Names keyed by their first word (lower case), longest first. */
  names: ReadonlyMap<string, readonly InstrumentName[]>;
  verbs: ReadonlyMap<string, MilestoneStatus>;
  nouns: ReadonlyMap<string, MilestoneStatus>;
  byInstrument: ReadonlyMap<Instrument, ReadonlyMap<string, MilestoneStatus>>;
  legislatureWords: ReadonlySet<string>;
  legislatureVerbs: ReadonlyMap<string, MilestoneStatus>;
  membershipVerbs: ReadonlyMap<string, MilestoneStatus>;
  membershipNouns: ReadonlyMap<string, MilestoneStatus>;
  memberNouns: ReadonlySet<string>;
}

/** Split a name the way the segmenter splits text: words, and punctuation on its own. */
export function nameWords(name: string): string[] {
  return name.split(/\s+|(?=[-–,()])|(?<=[-–,()])/u).filter((w) => w.length > 0);
}

const lowerMap = <T>(o: Record<string, T>): Map<string, T> =>
  new Map(Object.entries(o).map(([k, v]) => [k.toLowerCase(), v]));

/** Compile parsed vocabulary data. */
export function compileMilestoneVocabulary(d: MilestoneVocabularyFile): MilestoneVocabulary {
  const names = new Map<string, InstrumentName[]>();
  for (const inst of d.instruments) {
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
  const byInstrument = new Map<Instrument, Map<string, MilestoneStatus>>();
  for (const [inst, m] of Object.entries(d.statuses.byInstrument)) {
    if (m) byInstrument.set(inst as Instrument, lowerMap(m));
  }
  return {
    names,
    verbs: lowerMap(d.statuses.verbs),
    nouns: lowerMap(d.statuses.nouns),
    byInstrument,
    legislatureWords: new Set(d.statuses.legislature.words.map((w) => w.toLowerCase())),
    legislatureVerbs: lowerMap(d.statuses.legislature.verbs),
    membershipVerbs: lowerMap(d.membership.verbs),
    membershipNouns: lowerMap(d.membership.nouns),
    memberNouns: new Set(d.membership.memberNouns.map((w) => w.toLowerCase())),
  };
}

const DEFAULT_FILE = dataPath('patterns', 'milestones.yaml');
const cache = new Map<string, MilestoneVocabulary>();

/** Load and compile data/patterns/milestones.yaml (cached per path). */
export function loadMilestoneVocabulary(file: string = DEFAULT_FILE): MilestoneVocabulary {
  let v = cache.get(file);
  if (!v) {
    v = compileMilestoneVocabulary(loadDataFile<MilestoneVocabularyFile>(file, MILESTONE_VOCABULARY_SCHEMA));
    cache.set(file, v);
  }
  return v;
}
