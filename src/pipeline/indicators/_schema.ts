/** JSON schema of data/patterns/indicators.yaml (units, percent signs, currencies, scales, qualifiers, number words, fractions, ranges). */
import type { IndicatorQualifier } from '../../core/model.js';

export interface IndicatorVocabularyFile {
  version: number;
  units: { unit: string; words: string[]; orgModified?: string[]; asWritten?: boolean }[];
  percent: string[];
  currencies: { unit: string; words: string[] }[];
  scales: Record<string, number>;
  qualifiers: Partial<Record<IndicatorQualifier, string[]>>;
  notUnits: string[];
  actorUnits: string[];
  /** Irregular past participles by lemma ("give" → "given"), for metrics like "amount given". */
  participles: Record<string, string>;
  /** Units that after "the", "all" or "its" name a known group ("the 27 member states"), not a figure. */
  definiteGroups: string[];
  /** Units whose own nationality ("Polish troops", "passengers from India") is their subject. */
  nationalUnits: string[];
  /** Numbers written as words ("seven", "forty"). */
  numberWords: Record<string, number>;
  /** A fraction's denominator by its word ("third" → 3); the articles that stand for one ("a third"). */
  fractions: { articles: string[]; words: Record<string, number> };
  /** Words between two numbers that make a share ("in", "out of"). */
  shareOf: string[];
  /** Verbs whose clause says what was measured ("said they would back …"). */
  reportingVerbs: string[];
  /** Verbs of a poll's share the tagger may read as nouns ("of Serbs trust NATO"). */
  stanceVerbs: string[];
  ranges: { opening: string[]; joining: string[]; changeFrom: string[]; lowerBound: string; upperBound: string };
}

const words = { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 } as const;

export const INDICATOR_VOCABULARY_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['version', 'units', 'percent', 'currencies', 'scales', 'qualifiers', 'notUnits', 'actorUnits', 'participles', 'definiteGroups', 'nationalUnits', 'numberWords', 'fractions', 'shareOf', 'ranges', 'reportingVerbs', 'stanceVerbs'],
  properties: {
    version: { type: 'integer' },
    units: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['unit', 'words'],
        properties: { unit: { type: 'string', minLength: 1 }, words, orgModified: words, asWritten: { type: 'boolean' } },
      },
    },
    percent: words,
    currencies: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['unit', 'words'],
        properties: { unit: { type: 'string', pattern: '^[A-Z]{3}$' }, words },
      },
    },
    scales: { type: 'object', additionalProperties: { type: 'number', exclusiveMinimum: 0 } },
    qualifiers: {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(['over', 'under', 'circa', 'at least', 'up to', 'nearly'].map((q) => [q, words])),
    },
    notUnits: words,
    actorUnits: words,
    participles: { type: 'object', additionalProperties: { type: 'string', minLength: 1 } },
    definiteGroups: words,
    nationalUnits: words,
    numberWords: { type: 'object', additionalProperties: { type: 'number', exclusiveMinimum: 0 } },
    fractions: {
      type: 'object',
      additionalProperties: false,
      required: ['articles', 'words'],
      properties: { articles: words, words: { type: 'object', additionalProperties: { type: 'integer', minimum: 2 } } },
    },
    shareOf: words,
    reportingVerbs: words,
    stanceVerbs: words,
    ranges: {
      type: 'object',
      additionalProperties: false,
      required: ['opening', 'joining', 'changeFrom', 'lowerBound', 'upperBound'],
      properties: { opening: words, joining: words, changeFrom: words, lowerBound: { type: 'string', minLength: 1 }, upperBound: { type: 'string', minLength: 1 } },
    },
  },
} as const;
