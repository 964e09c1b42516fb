/** JSON schema of `data/cameo/cameo.yaml`: the CAMEO codebook as a table. */
export const CAMEO_SCHEMA = {
  type: 'object',
  required: ['version', 'codes'],
  additionalProperties: false,
  properties: {
    version: { type: 'string' },
    codes: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['code', 'root', 'level', 'quadClass', 'goldstein', 'name'],
        additionalProperties: false,
        properties: {
          code: { type: 'string', pattern: '^(0[1-9]|1[0-9]|20)[0-9]{0,2}$' },
          root: { type: 'string', pattern: '^(0[1-9]|1[0-9]|20)$' },
          level: { type: 'integer', minimum: 0, maximum: 2 },
          quadClass: { type: 'integer', enum: [1, 2, 3, 4] },
          goldstein: { type: 'number', minimum: -10, maximum: 10 },
          goldsteinIcews: { type: 'number', minimum: -10, maximum: 10 },
          only: { type: 'string', enum: ['gdelt', 'icews'] },
          name: { type: 'string', minLength: 1 },
        },
      },
    },
  },
} as const;
