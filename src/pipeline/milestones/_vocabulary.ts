/**
 * The milestone vocabulary (data/patterns/milestones.yaml) compiled for matching: status maps by
 * lemma, and what each instrument may be referred back by and the statuses it takes. (The
 * instruments' names are the grammar stage's to find: grammar/_instruments.ts.)
 */
import { loadDataFile } from '../../core/data-file.js';
import type { Instrument, MilestoneStatus } from '../../core/model.js';
import { dataPath } from '../../core/paths.js';
import { MILESTONE_VOCABULARY_SCHEMA, type MilestoneVocabularyFile, type StepEvent } from './_schema.js';

export interface MilestoneVocabulary {
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
  /** Verbs an organisation does to a member ("suspended Mali"): the object takes the step, or the passive's subject. */
  given: ReadonlySet<string>;
  /** Head noun → the instruments it may refer back to ("agreement" → SAA, SOFA). */
  refer: ReadonlyMap<string, readonly Instrument[]>;
  /** The statuses an instrument may take, where restricted. */
  allowed: ReadonlyMap<Instrument, ReadonlySet<MilestoneStatus>>;
  /** Instruments whose words other organisations use too: the organisation named beside one wins. */
  shared: ReadonlySet<Instrument>;
  /** Status → the event the step is, where no rule read one ("Application lodged."). */
  steps: ReadonlyMap<MilestoneStatus, StepEvent>;
}

const lowerMap = <T>(o: Record<string, T>): Map<string, T> =>
  new Map(Object.entries(o).map(([k, v]) => [k.toLowerCase(), v]));

/** Compile parsed vocabulary data. */
export function compileMilestoneVocabulary(d: MilestoneVocabularyFile): MilestoneVocabulary {
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
    given: new Set(d.membership.given.map((w) => w.toLowerCase())),
    refer,
    allowed,
    shared: new Set(d.instruments.filter((i) => i.shared).map((i) => i.instrument)),
    steps: new Map(Object.entries(d.steps ?? {}) as [MilestoneStatus, StepEvent][]),
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
