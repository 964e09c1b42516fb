/** JSON schema of `data/ladders.yaml`. */
import { INSTRUMENTS, MILESTONE_STATUSES } from '../../core/model.js';

const statuses = { type: 'array', minItems: 1, items: { type: 'string', enum: [...MILESTONE_STATUSES] } } as const;
const instrument = { type: 'string', enum: [...INSTRUMENTS] } as const;

const rule = {
  type: 'object',
  required: ['instrument', 'status'],
  additionalProperties: false,
  properties: { instrument, status: statuses, until: statuses },
} as const;

export const LADDERS_SCHEMA = {
  type: 'object',
  required: ['ladders'],
  additionalProperties: false,
  properties: {
    ladders: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['org', 'name', 'rungs'],
        additionalProperties: false,
        properties: {
          org: { type: 'string', pattern: '^[A-Z][A-Z0-9-]*$' },
          name: { type: 'string' },
          rungs: {
            type: 'array',
            minItems: 2,
            items: {
              type: 'object',
              required: ['id', 'name'],
              additionalProperties: false,
              properties: {
                id: { type: 'string', minLength: 1 },
                name: { type: 'string' },
                on: { type: 'array', items: rule },
                off: { type: 'array', items: rule },
              },
            },
          },
          decided: statuses,
          side: {
            type: 'array',
            items: {
              type: 'object',
              required: ['instrument', 'name'],
              additionalProperties: false,
              properties: { instrument, name: { type: 'string' } },
            },
          },
        },
      },
    },
  },
} as const;
