/** JSON schema of data/patterns/indicators.yaml (units, percent signs, currencies, scales, qualifiers, number words, fractions, ranges). */
import type { IndicatorQualifier } from '../../core/model.js';

export interface IndicatorVocabularyFile {
  version: number;
  units: { unit: string; words: string[]; orgModified?: string[]; asWritten?: boolean; prefixes?: string[] }[];
  percent: string[];
  currencies: { unit: string; words: string[] }[];
  scales: Record<string, number>;
  qualifiers: Partial<Record<IndicatorQualifier, string[]>>;
  notUnits: string[];
  /** Nouns before a number that make it a label ("Chapter 7"), counted after one ("33 chapters"). */
  labels: string[];
  /** Nouns that name a count of what follows "of" ("the number of refugees"). */
  countedBy: string[];
  /** A vote's two tallies: the words naming the vote, the words joining the tallies, their unit. */
  votes: { words: string[]; joining: string[]; unit: string; metrics: { for: string; against: string } };
  /** Prepositions naming a measure's other party ("trade with Chile"); words opening a pair ("between A and B"). */
  partners: { prepositions: string[]; pair: string[] };
  /** Words that make a unit a rate ("per hour", "a day"). */
  rates?: { per: string[]; articles: string[]; times: string[]; notAfter?: string[] };
  /** Words naming a poll and the people it asks ("poll", "adults"): a poll's shares are its public's. */
  polls?: { words: string[]; publics: string[] };
  /** Nouns of an attack, whose attacker is no subject of its victims. */
  attacks: string[];
  actorUnits: string[];
  /** Irregular past participles by lemma ("give" → "given"), for metrics like "amount given". */
  participles: Record<string, string>;
  /** Units that after "the", "all" or "its" name a known group ("the 27 member states"), not a figure. */
  definiteGroups: string[];
  /** Units whose own nationality ("Polish troops", "passengers from India") is their subject. */
  nationalUnits: string[];
  displaced?: string[];
  /** Harm words that make a count in words of people a figure ("nine people were killed"): the units and the words. */
  harmCounts?: { units: string[]; words: string[] };
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
  required: ['version', 'units', 'percent', 'currencies', 'scales', 'qualifiers', 'notUnits', 'labels', 'countedBy', 'votes', 'partners', 'attacks', 'actorUnits', 'participles', 'definiteGroups', 'nationalUnits', 'numberWords', 'fractions', 'shareOf', 'ranges', 'reportingVerbs', 'stanceVerbs'],
  properties: {
    version: { type: 'integer' },
    units: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['unit', 'words'],
        properties: { unit: { type: 'string', minLength: 1 }, words, orgModified: words, asWritten: { type: 'boolean' }, prefixes: words },
      },
    },
    harmCounts: { type: 'object', additionalProperties: false, required: ['units', 'words'], properties: { units: words, words } },
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
    labels: words,
    countedBy: words,
    votes: {
      type: 'object',
      additionalProperties: false,
      required: ['words', 'joining', 'unit', 'metrics'],
      properties: {
        words,
        joining: words,
        unit: { type: 'string', minLength: 1 },
        metrics: {
          type: 'object',
          additionalProperties: false,
          required: ['for', 'against'],
          properties: { for: { type: 'string', minLength: 1 }, against: { type: 'string', minLength: 1 } },
        },
      },
    },
    partners: {
      type: 'object',
      additionalProperties: false,
      required: ['prepositions', 'pair'],
      properties: { prepositions: words, pair: words },
    },
    rates: { type: 'object', additionalProperties: false, required: ['per', 'articles', 'times'], properties: { per: words, articles: words, times: words, notAfter: words } },
    polls: { type: 'object', additionalProperties: false, required: ['words', 'publics'], properties: { words, publics: words } },
    attacks: words,
    actorUnits: words,
    participles: { type: 'object', additionalProperties: { type: 'string', minLength: 1 } },
    definiteGroups: words,
    nationalUnits: words,
    displaced: words,
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
