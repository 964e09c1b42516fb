/** JSON schema of data/patterns/milestones.yaml (instrument and status vocabulary). */
import { INSTRUMENTS, MILESTONE_STATUSES, type Instrument, type MilestoneStatus } from '../../core/model.js';
import { INSTRUMENTS_SCHEMA, type InstrumentData } from '../grammar/index.js';

export interface MilestoneVocabularyFile {
  version: number;
  instruments: InstrumentData[];
  statuses: {
    verbs: Record<string, MilestoneStatus>;
    nouns: Record<string, MilestoneStatus>;
    byInstrument: Partial<Record<Instrument, Record<string, MilestoneStatus>>>;
    phrasal: Record<string, MilestoneStatus>;
    intransitive: Record<string, MilestoneStatus>;
    legislature: { words: string[]; verbs: Record<string, MilestoneStatus> };
    popular: string[];
    preparatory: string[];
    receiving: string[];
    attitudes: string[];
    decisions: { verbs: string[]; statuses: MilestoneStatus[] };
  };
  membership: {
    verbs: Record<string, MilestoneStatus>;
    nouns: Record<string, MilestoneStatus>;
    memberNouns: string[];
    lesserMembers: string[];
    orgNouns: string[];
    lapse: string[];
    refusals: string[];
    prepositions: Record<string, string>;
    lodge: string[];
    bids: string[];
    given: string[];
  };
  /** The event a step is, where no rule read one: its CAMEO code and who does it. */
  steps?: Partial<Record<MilestoneStatus, StepEvent>>;
}

/** The act a step is: its CAMEO code, done by the state reaching it or the organisation granting it. */
export interface StepEvent {
  code: string;
  from: 'actor' | 'org';
}

const status = { enum: [...MILESTONE_STATUSES] } as const;
const statusMap = { type: 'object', additionalProperties: status } as const;
const words = { type: 'array', items: { type: 'string', minLength: 1 } } as const;
const stepEvent = {
  type: 'object',
  additionalProperties: false,
  required: ['code', 'from'],
  properties: { code: { type: 'string', pattern: '^[0-9]{3,4}$' }, from: { enum: ['actor', 'org'] } },
} as const;

export const MILESTONE_VOCABULARY_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['version', 'instruments', 'statuses', 'membership'],
  properties: {
    version: { type: 'integer' },
    instruments: INSTRUMENTS_SCHEMA,
    statuses: {
      type: 'object',
      additionalProperties: false,
      required: ['verbs', 'nouns', 'byInstrument', 'phrasal', 'intransitive', 'legislature', 'popular', 'preparatory', 'receiving', 'attitudes', 'decisions'],
      properties: {
        verbs: statusMap,
        nouns: statusMap,
        popular: words,
        preparatory: words,
        intransitive: statusMap,
        receiving: words,
        attitudes: words,
        decisions: {
          type: 'object',
          additionalProperties: false,
          required: ['verbs', 'statuses'],
          properties: { verbs: words, statuses: { type: 'array', items: status } },
        },
        phrasal: { type: 'object', propertyNames: { pattern: '^\\S+ \\S+$' }, additionalProperties: status },
        byInstrument: {
          type: 'object',
          additionalProperties: false,
          properties: Object.fromEntries(INSTRUMENTS.map((i) => [i, statusMap])),
        },
        legislature: {
          type: 'object',
          additionalProperties: false,
          required: ['words', 'verbs'],
          properties: { words, verbs: statusMap },
        },
      },
    },
    membership: {
      type: 'object',
      additionalProperties: false,
      required: ['verbs', 'nouns', 'memberNouns', 'lesserMembers', 'orgNouns', 'lapse', 'refusals', 'prepositions', 'lodge', 'bids', 'given'],
      properties: {
        verbs: statusMap, nouns: statusMap, memberNouns: words, lesserMembers: words, orgNouns: words, lapse: words, refusals: words, lodge: words, bids: words, given: words,
        prepositions: { type: 'object', additionalProperties: { type: 'string', minLength: 1 } },
      },
    },
    steps: {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(MILESTONE_STATUSES.map((st) => [st, stepEvent])),
    },
  },
} as const;
