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
  /**
   * By a word's first code unit (below 128; one slot for all others), whether some name's first word
   * starts so: most words of a sentence are turned away by it without a map look-up.
   */
  nameInitials: Uint8Array;
  verbs: ReadonlyMap<string, MilestoneStatus>;
  nouns: ReadonlyMap<string, MilestoneStatus>;
  byInstrument: ReadonlyMap<Instrument, ReadonlyMap<string, MilestoneStatus>>;
  legislatureWords: ReadonlySet<string>;
  legislatureVerbs: ReadonlyMap<string, MilestoneStatus>;
  membershipVerbs: ReadonlyMap<string, MilestoneStatus>;
  membershipNouns: ReadonlyMap<string, MilestoneStatus>;
  memberNouns: ReadonlySet<string>;
  /** Verbs of renewing a membership, and of refusing to: a renewal denied is leaving. */
  lapse: ReadonlySet<string>;
  refusals: ReadonlySet<string>;
  /** Nouns standing for the organisation the text is about ("left the organisation"). */
  orgNouns: ReadonlySet<string>;
  /** Members of a lesser kind ("associate member"). */
  lesserMembers: ReadonlySet<string>;
  /** Verb lemma → particle → status ("ask for" → applied). */
  phrasal: ReadonlyMap<string, ReadonlyMap<string, MilestoneStatus>>;
  /** Verbs that after the instrument give its status ("accession talks began"). */
  intransitive: ReadonlyMap<string, MilestoneStatus>;
  /** Words of a people's vote (voters, referendum). */
  popular: ReadonlySet<string>;
  /** Nouns of work on an instrument that is no step yet ("the preparation of"). */
  preparatory: ReadonlySet<string>;
  /** Verbs of deciding, and the statuses a decision to reach is not yet ("decided to open"). */
  decisionVerbs: ReadonlySet<string>;
  decidedStatuses: ReadonlySet<MilestoneStatus>;
  /** Verbs taking a stand on a step named by a noun ("vetoed X's accession"). */
  attitudes: ReadonlySet<string>;
  /** Verbs whose subject receives the step ("Serbia obtained observer status"). */
  receiving: ReadonlySet<string>;
  /** Membership verbs whose organisation follows a preposition ("acceded to"). */
  membershipPrepositions: ReadonlyMap<string, string>;
  /** Verbs that hand in an application ("submitted its application"). */
  lodge: ReadonlySet<string>;
  /** Nouns of asking to join ("its bid to join NATO"). */
  bids: ReadonlySet<string>;
  /** Head noun → the instruments it may refer back to ("agreement" → SAA, SOFA). */
  refer: ReadonlyMap<string, readonly Instrument[]>;
  /** The statuses an instrument may take, where restricted. */
  allowed: ReadonlyMap<Instrument, ReadonlySet<MilestoneStatus>>;
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
  const refer = new Map<string, Instrument[]>();
  const allowed = new Map<Instrument, Set<MilestoneStatus>>();
  for (const inst of d.instruments) {
    for (const head of inst.refer ?? []) refer.set(head.toLowerCase(), [...(refer.get(head.toLowerCase()) ?? []), inst.instrument]);
    if (inst.statuses) allowed.set(inst.instrument, new Set(inst.statuses));
  }
  const phrasal = new Map<string, Map<string, MilestoneStatus>>();
  for (const [words, st] of Object.entries(d.statuses.phrasal)) {
    const [verb = '', particle = ''] = words.toLowerCase().split(' ');
    phrasal.set(verb, (phrasal.get(verb) ?? new Map<string, MilestoneStatus>()).set(particle, st));
  }
  const byInstrument = new Map<Instrument, Map<string, MilestoneStatus>>();
  for (const [inst, m] of Object.entries(d.statuses.byInstrument)) {
    if (m) byInstrument.set(inst as Instrument, lowerMap(m));
  }
  return {
    names,
    nameInitials: initialsOf(names.keys()),
    verbs: lowerMap(d.statuses.verbs),
    nouns: lowerMap(d.statuses.nouns),
    byInstrument,
    legislatureWords: new Set(d.statuses.legislature.words.map((w) => w.toLowerCase())),
    legislatureVerbs: lowerMap(d.statuses.legislature.verbs),
    membershipVerbs: lowerMap(d.membership.verbs),
    membershipNouns: lowerMap(d.membership.nouns),
    memberNouns: new Set(d.membership.memberNouns.map((w) => w.toLowerCase())),
    lapse: new Set(d.membership.lapse.map((w) => w.toLowerCase())),
    refusals: new Set(d.membership.refusals.map((w) => w.toLowerCase())),
    orgNouns: new Set(d.membership.orgNouns.map((w) => w.toLowerCase())),
    lesserMembers: new Set(d.membership.lesserMembers.map((w) => w.toLowerCase())),
    phrasal,
    intransitive: lowerMap(d.statuses.intransitive),
    popular: new Set(d.statuses.popular.map((w) => w.toLowerCase())),
    preparatory: new Set(d.statuses.preparatory.map((w) => w.toLowerCase())),
    decisionVerbs: new Set(d.statuses.decisions.verbs.map((w) => w.toLowerCase())),
    decidedStatuses: new Set(d.statuses.decisions.statuses),
    attitudes: new Set(d.statuses.attitudes.map((w) => w.toLowerCase())),
    receiving: new Set(d.statuses.receiving.map((w) => w.toLowerCase())),
    membershipPrepositions: lowerMap(d.membership.prepositions),
    lodge: new Set(d.membership.lodge.map((w) => w.toLowerCase())),
    bids: new Set(d.membership.bids.map((w) => w.toLowerCase())),
    refer,
    allowed,
  };
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
