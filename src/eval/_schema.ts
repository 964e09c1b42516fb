/**
 * JSON schema of a gold file (../shared/spec/gold-format.md). Extra fields (a `note`) are allowed,
 * as the format does not forbid them; required fields and their types are checked strictly, so a
 * mistyped gold file is reported with its line instead of scoring wrongly.
 */
import { INSTRUMENTS, MILESTONE_STATUSES } from '../core/model.js';

const prefix = '\\d{4}(-\\d{2}(-\\d{2})?)?';
const goldDate = { type: ['string', 'null'], pattern: `^(${prefix}|(${prefix})?/(${prefix})?)$` };
const code = { type: 'string', pattern: '^\\d{3,4}$' };
const principal = { type: 'string', minLength: 2 };

export const GOLD_SCHEMA = {
  type: 'object',
  // `published` may be left out (no anchor for relative dates), as may any of the three lists.
  required: ['document'],
  properties: {
    document: { type: 'string', minLength: 1 },
    published: goldDate,
    events: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'date', 'source', 'target', 'code', 'quote'],
        properties: {
          id: { type: 'string', minLength: 1 },
          date: goldDate,
          source: principal,
          target: principal,
          code,
          quote: { type: 'string', minLength: 1 },
          either_direction: { type: 'boolean' },
          alt_codes: { type: 'array', items: code },
          optional: { type: 'boolean' },
        },
      },
    },
    milestones: {
      type: 'array',
      items: {
        type: 'object',
        required: ['actor', 'org', 'instrument', 'status', 'date'],
        properties: {
          actor: principal,
          org: principal,
          instrument: { enum: [...INSTRUMENTS] },
          status: { enum: [...MILESTONE_STATUSES] },
          date: goldDate,
          optional: { type: 'boolean' },
        },
      },
    },
    indicators: {
      type: 'array',
      items: {
        type: 'object',
        required: ['subject', 'what', 'value', 'unit', 'date', 'quote'],
        properties: {
          subject: principal,
          what: { type: 'string' },
          value: { type: 'number' },
          unit: { type: 'string', minLength: 1 },
          qualifier: { type: 'string' },
          date: goldDate,
          quote: { type: 'string', minLength: 1 },
          optional: { type: 'boolean' },
        },
      },
    },
  },
} as const;
