/**
 * Reads an extraction saved in the interchange shape (../shared/spec/extraction-json.md), so
 * `dyad eval --extraction FILE` can score another tool's output, or an earlier run, by the same rules.
 */
import { DyadError } from '../core/errors.js';
import { parseDataText } from '../core/data-file.js';
import { readDocumentFile } from '../io/index.js';
import type { ExtractionLike } from './_types.js';

const span = { type: 'object', required: ['start', 'end'], properties: { start: { type: 'integer', minimum: 0 }, end: { type: 'integer', minimum: 0 } } };
const date = { anyOf: [{ type: 'null' }, { type: 'object', required: ['start', 'end'], properties: { start: { type: ['string', 'null'] }, end: { type: ['string', 'null'] } } }] };
const side = { type: 'object', required: ['principal'], properties: { principal: { type: 'string' }, actor: { type: 'string' } } };

const EXTRACTION = {
  type: 'object',
  required: ['events', 'milestones', 'indicators'],
  properties: {
    events: {
      type: 'array',
      items: { type: 'object', required: ['source', 'target', 'code', 'date', 'evidence'], properties: { source: side, target: side, code: { type: 'string', pattern: '^\\d{2,4}$' }, date, evidence: span } },
    },
    milestones: {
      type: 'array',
      items: { type: 'object', required: ['actor', 'org', 'instrument', 'status', 'date'], properties: { date } },
    },
    indicators: {
      type: 'array',
      items: { type: 'object', required: ['subject', 'value', 'unit'], properties: { value: { type: 'number' }, unit: { type: 'string' } } },
    },
  },
};

/** The JSON schema of a saved extraction: one object, or an array holding exactly one. */
export const EXTRACTION_SCHEMA = { anyOf: [EXTRACTION, { type: 'array', minItems: 1, maxItems: 1, items: EXTRACTION }] };

/**
 * Read a saved extraction of one document.
 * @throws DyadError INPUT_*, DATA_PARSE, DATA_SCHEMA
 */
export function loadExtraction(file: string): ExtractionLike {
  const value = parseDataText<ExtractionLike | ExtractionLike[]>(readDocumentFile(file), EXTRACTION_SCHEMA, file);
  const one = Array.isArray(value) ? value[0] : value;
  if (!one) throw new DyadError('DATA_SCHEMA', 'no extraction in the file', { place: { file } });
  return one;
}
