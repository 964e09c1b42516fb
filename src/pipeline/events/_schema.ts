/** JSON schema of the events stage's data file (data/patterns/events.yaml). */

import { SLOT_NAMES, type SlotName } from '../grammar/index.js';

export { SLOT_NAMES, type SlotName };

const lemmas = { type: 'array', items: { type: 'string', minLength: 1 } } as const;

export interface EventRuleData {
  id: string;
  verbs?: string[];
  nouns?: string[];
  code: string;
  after?: string[];
  /** A second word that must follow as well: "gave the ambassador two days to leave". */
  also?: string[];
  unless?: string[];
  before?: string[];
  notBefore?: string[];
  source?: SlotName[];
  target?: SlotName[];
  passive?: 'swap' | 'keep' | 'never';
  domestic?: boolean;
  places?: boolean;
  reciprocal?: boolean;
  /** Going to someone's occasion ("attended the ceremony"): coordinated sources are not each other's other side. */
  host?: boolean;
  confidence?: number;
}

/** One kind of statement: the words that say it, and the tables that code the act said. */
export interface StatementData {
  id: string;
  /** Lemmas that govern the act's verb: "vowed to impose", "demanded that Minsk free", "urged Iran to return". */
  governors?: string[];
  /** The act in the future ("will meet"; "would meet" under a reporting verb) is this statement. */
  future?: boolean;
  /** Modals that make a reported act this statement: "said Sudan must return …". */
  modals?: string[];
  /** The governor's object (or the subject that must) is the target: the one appealed to, the one demanded of. */
  addressee?: boolean;
  /** Only with one addressed is the act this statement: "wants Peru to pay" is an appeal, "wants to pay" an intention. */
  addressed?: boolean;
  /** The act said may be in any tense: a denial is of what was done ("denied that its troops had crossed"). */
  reports?: boolean;
  /**
   * Governors that take the act as a noun, directly or after a preposition: "offered mediation",
   * "called for the withdrawal of …" (`call for`), "insisted on talks" (`insist on`).
   */
  nouns?: string[];
  /** Nouns that name the statement after a light verb (`lightVerbs`): "made an offer of mediation". */
  named?: string[];
  /** Names of `statementCodes` tables, tried in order. */
  read: string[];
}

export interface EventPatternFile {
  version: number;
  /** By sector, the head nouns that name it: "Turkish troops" act for Turkey's military. */
  sectors?: Record<string, string[]>;
  /** Tables from an act's code (or a prefix of it) to the code of a statement about it. */
  statementCodes?: Record<string, Record<string, string>>;
  /** Statements that are acts of their own (CAMEO's reading): the frames an act is said under. */
  statements?: StatementData[];
  /** Nouns that name an act, with the act's code: what a statement's noun object is ("the withdrawal" 087). */
  actNouns?: Record<string, string>;
  /** By an act noun's code, the words before it that make the code finer: "military aid" 072, not aid 070. */
  actKinds?: Record<string, Record<string, string>>;
  /** By a dissent's code (141–145), the words after it that name its aim, with the digit CAMEO adds for it: "for independence" 4. */
  aims?: { codes: string[]; words: Record<string, string> };
  /** Verbs whose infinitive carries an act noun to a statement unchanged: "pledged to double its aid". */
  actCarriers?: string[];
  /** Verbs that say a statement their noun object names: "made an offer of mediation", "issued a call for". */
  lightVerbs?: string[];
  /** The code of a decided refusal of a cooperative act ("decided not to open chapters"). */
  refusal?: string;
  /** The code of a hostile act promised not to be done ("pledged that it will not violate …", "vowed not to attack"). */
  restraint?: string;
  rules: EventRuleData[];
}

const slots = { type: 'array', items: { enum: [...SLOT_NAMES] }, minItems: 1 } as const;

export const EVENT_PATTERNS_SCHEMA = {
  type: 'object',
  required: ['version', 'rules'],
  additionalProperties: false,
  properties: {
    version: { type: 'integer' },
    refusal: { type: 'string', pattern: '^[0-9]{3,4}$' },
    restraint: { type: 'string', pattern: '^[0-9]{3,4}$' },
    sectors: { type: 'object', propertyNames: { pattern: '^[a-z]+$' }, additionalProperties: lemmas },
    statementCodes: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        propertyNames: { pattern: '^[0-9]{2,4}$' },
        additionalProperties: { type: 'string', pattern: '^[0-9]{3,4}$' },
      },
    },
    actNouns: {
      type: 'object',
      propertyNames: { pattern: '^[a-z][a-z-]*$' },
      additionalProperties: { type: 'string', pattern: '^[0-9]{3,4}$' },
    },
    actKinds: {
      type: 'object',
      propertyNames: { pattern: '^[0-9]{3,4}$' },
      additionalProperties: {
        type: 'object',
        propertyNames: { pattern: '^[a-z][a-z-]*$' },
        additionalProperties: { type: 'string', pattern: '^[0-9]{3,4}$' },
      },
    },
    aims: {
      type: 'object',
      required: ['codes', 'words'],
      additionalProperties: false,
      properties: {
        codes: { type: 'array', items: { type: 'string', pattern: '^[0-9]{3}$' } },
        words: { type: 'object', propertyNames: { pattern: '^[a-z][a-z-]*$' }, additionalProperties: { type: 'string', pattern: '^[1-9]$' } },
      },
    },
    actCarriers: lemmas,
    lightVerbs: lemmas,
    statements: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'read'],
        additionalProperties: false,
        properties: {
          id: { type: 'string', pattern: '^[a-z0-9-]+$' },
          governors: lemmas,
          future: { type: 'boolean' },
          modals: lemmas,
          addressee: { type: 'boolean' },
          addressed: { type: 'boolean' },
          reports: { type: 'boolean' },
          named: lemmas,
          nouns: { type: 'array', items: { type: 'string', pattern: '^[a-z]+( [a-z]+)?$' } },
          read: { type: 'array', items: { type: 'string' }, minItems: 1 },
        },
      },
    },
    rules: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'code'],
        additionalProperties: false,
        anyOf: [{ required: ['verbs'] }, { required: ['nouns'] }],
        properties: {
          id: { type: 'string', pattern: '^[a-z0-9-]+$' },
          verbs: lemmas,
          nouns: lemmas,
          code: { type: 'string', pattern: '^[0-9]{3,4}$' },
          after: lemmas,
          also: lemmas,
          unless: lemmas,
          before: lemmas,
          notBefore: lemmas,
          source: slots,
          target: slots,
          passive: { enum: ['swap', 'keep', 'never'] },
          domestic: { type: 'boolean' },
          places: { type: 'boolean' },
          reciprocal: { type: 'boolean' },
          host: { type: 'boolean' },
          confidence: { type: 'number', minimum: 0, maximum: 1 },
        },
      },
    },
  },
} as const;
