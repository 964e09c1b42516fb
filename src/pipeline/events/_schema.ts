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
  unless?: string[];
  before?: string[];
  source?: SlotName[];
  target?: SlotName[];
  passive?: 'swap' | 'keep' | 'never';
  domestic?: boolean;
  places?: boolean;
  confidence?: number;
}

export interface EventPatternFile {
  version: number;
  /** By root, the code of stating the intent to do it ("ready to hold talks" → 036). */
  intents?: Record<string, string>;
  /** The code of a decided refusal of a cooperative act ("decided not to open chapters"). */
  refusal?: string;
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
    intents: {
      type: 'object',
      propertyNames: { pattern: '^[0-9]{2}$' },
      additionalProperties: { type: 'string', pattern: '^[0-9]{3,4}$' },
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
          unless: lemmas,
          before: lemmas,
          source: slots,
          target: slots,
          passive: { enum: ['swap', 'keep', 'never'] },
          domestic: { type: 'boolean' },
          places: { type: 'boolean' },
          confidence: { type: 'number', minimum: 0, maximum: 1 },
        },
      },
    },
  },
} as const;
