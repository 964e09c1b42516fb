/**
 * JSON schemas of the grammar's data files (data/patterns/modality.yaml, the instruments of
 * data/patterns/milestones.yaml) and its slot names; data/lang/en.yaml's is in ../language.
 */
import { INSTRUMENTS, MILESTONE_STATUSES, type Instrument, type MilestoneStatus } from '../../core/model.js';

const lemmas = { type: 'array', items: { type: 'string', minLength: 1 } } as const;

/** The places an actor can stand relative to a trigger (see data/patterns/events.yaml). */
export const SLOT_NAMES = [
  'subject', 'object', 'possessive', 'instrument', 'complement',
  'by', 'from', 'to', 'against', 'with', 'of', 'between', 'at', 'as', 'for', 'on', 'over', 'in', 'into', 'near', 'along', 'about',
] as const;
export type SlotName = (typeof SLOT_NAMES)[number];

export interface ModalityFile {
  version: number;
  negators: string[];
  modals: string[];
  conditionals: string[];
  intentions: string[];
  hedges: string[];
  comparatives: string[];
  quantifiers: string[];
  situationNouns: string[];
  aggregates: string[];
  factives: string[];
  actNouns: string[];
  pairNouns: string[];
  officeNouns: string[];
  collectives: string[];
  reportingVerbs: string[];
  denials: string[];
  scheduledFrom?: string[];
  scheduledTimes?: string[];
  refusalNouns?: string[];
  charges?: string[];
  /** "vowed not to return the islands": a pledge that an act will not be done refuses it. */
  refusalVows?: string[];
  /** "postponed the visit", "prevented the demonstration": the noun event these verbs take did not happen. */
  preventers?: string[];
  /** "to let trucks cross": verbs whose bare-verb complement is asserted only as they are. */
  causatives?: string[];
  /** "a businessman who was convicted in 2019": verdicts a relative clause or apposition tells of a person. */
  verdicts?: string[];
}

export const MODALITY_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['version', 'negators', 'modals', 'conditionals', 'intentions', 'hedges', 'comparatives', 'quantifiers', 'situationNouns', 'aggregates', 'factives', 'actNouns', 'pairNouns', 'officeNouns', 'collectives', 'reportingVerbs', 'denials'],
  properties: {
    version: { type: 'integer' },
    negators: lemmas,
    modals: lemmas,
    conditionals: lemmas,
    intentions: lemmas,
    hedges: lemmas,
    comparatives: lemmas,
    quantifiers: lemmas,
    situationNouns: lemmas,
    aggregates: lemmas,
    factives: lemmas,
    actNouns: lemmas,
    pairNouns: lemmas,
    officeNouns: lemmas,
    collectives: lemmas,
    reportingVerbs: lemmas,
    denials: lemmas,
    scheduledFrom: lemmas,
    scheduledTimes: lemmas,
    refusalNouns: lemmas,
    charges: lemmas,
    refusalVows: lemmas,
    preventers: lemmas,
    causatives: lemmas,
    verdicts: lemmas,
  },
} as const;

/** One ladder instrument of data/patterns/milestones.yaml (`instruments`), as read. */
export interface InstrumentData {
  instrument: Instrument;
  /** An organisation code, or `context` where the text names it beside the instrument. */
  org: string;
  names: string[];
  /** Head nouns that refer back to this instrument ("the agreement"). */
  refer?: string[];
  /** The only statuses the instrument takes, where not all. */
  statuses?: MilestoneStatus[];
  /** Words other organisations use too ("accession talks with the OECD"): one named beside it wins over `org`. */
  shared?: boolean;
}

/** The `instruments` list of data/patterns/milestones.yaml. */
export const INSTRUMENTS_SCHEMA = {
  type: 'array',
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['instrument', 'org', 'names'],
    properties: {
      instrument: { enum: [...INSTRUMENTS] },
      org: { type: 'string', minLength: 1 },
      names: { ...lemmas, minItems: 1 },
      refer: lemmas,
      statuses: { type: 'array', items: { enum: [...MILESTONE_STATUSES] }, minItems: 1 },
      shared: { type: 'boolean' },
    },
  },
} as const;
