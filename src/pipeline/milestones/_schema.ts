/** JSON schema of data/patterns/milestones.yaml (instrument and status vocabulary). */
import { INSTRUMENTS, MILESTONE_STATUSES, type Instrument, type MilestoneStatus } from '../../core/model.js';

export interface InstrumentData {
  instrument: Instrument;
  /** An organisation code, or `context` where the text names it beside the instrument. */
  org: string;
  names: string[];
  /** Head nouns that refer back to this instrument ("the agreement"). */
  refer?: string[];
  /** The only statuses the instrument takes, where not all. */
  statuses?: MilestoneStatus[];
}

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
  };
}

const status = { enum: [...MILESTONE_STATUSES] } as const;
const statusMap = { type: 'object', additionalProperties: status } as const;
const words = { type: 'array', items: { type: 'string', minLength: 1 } } as const;

export const MILESTONE_VOCABULARY_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['version', 'instruments', 'statuses', 'membership'],
  properties: {
    version: { type: 'integer' },
    instruments: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['instrument', 'org', 'names'],
        properties: {
          instrument: { enum: [...INSTRUMENTS] },
          org: { type: 'string', minLength: 1 },
          names: { ...words, minItems: 1 },
          refer: words,
          statuses: { type: 'array', items: status, minItems: 1 },
        },
      },
    },
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
      required: ['verbs', 'nouns', 'memberNouns', 'lesserMembers', 'orgNouns', 'lapse', 'refusals', 'prepositions', 'lodge', 'bids'],
      properties: {
        verbs: statusMap, nouns: statusMap, memberNouns: words, lesserMembers: words, orgNouns: words, lapse: words, refusals: words, lodge: words, bids: words,
        prepositions: { type: 'object', additionalProperties: { type: 'string', minLength: 1 } },
      },
    },
  },
} as const;
