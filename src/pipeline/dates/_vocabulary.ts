/**
 * The date vocabulary of data/dates/vocabulary.yaml (months, seasons, parts of years, openers,
 * relative expressions, refer-back cues), loaded and checked once, with the regular-expression
 * alternations the rules are built from.
 */
import type { DatePrecision } from '../../core/model.js';
import { loadDataFile } from '../../core/data-file.js';
import { dataPath } from '../../core/paths.js';

interface MonthRange {
  from: number;
  to: number;
  precision?: DatePrecision;
}
/** What a relative expression shifts by: weeks run Monday to Sunday; a weekend is its Saturday and Sunday. */
export type ShiftUnit = 'year' | 'month' | 'week' | 'weekend' | 'day';

interface Shift {
  unit: ShiftUnit;
  shift: number;
}
interface Unit {
  days?: number;
  months?: number;
}
interface Opener {
  keep: 'start' | 'end';
  exclusive?: boolean;
}

/** The file as written. */
export interface VocabularyFile {
  months: Record<string, number>;
  seasons: Record<string, MonthRange>;
  yearParts: Record<string, MonthRange>;
  monthParts: Record<string, MonthRange>;
  decadeParts: Record<string, MonthRange>;
  openers: Record<string, Opener>;
  closers: Record<string, Opener>;
  numbers: Record<string, number>;
  units: Record<string, Unit>;
  narrativeRelative: Record<string, Shift>;
  narrativeOpen: Record<string, Opener>;
  publishedRelative: Record<string, Shift>;
  later: string[];
  earlier: string[];
  quantityNouns: string[];
  referBackStart: string[];
  referBackDeterminers: string[];
  referBackNouns: string[];
  referBackNot: string[];
  /** Adverbs before a sentence's first verb that carry on the sentence before ("Lima also summoned …"). */
  referBackBeforeVerb: string[];
  /** Words before "the next year" that make it a span from now ("within the next year"), no date. */
  durationOpeners: string[];
  /** Classes of nouns that name the same kind of event ("air strikes", "bombing", "air campaign"). */
  sameEvents: string[][];
  /**
   * Forms of "be", "have", "do" that put a clause in the past ("was", "had"): with a verb's own past
   * form ("signed", "met") they tell an act told in the past tense, which a news report dates on its
   * narrative day.
   */
  pastAuxiliaries: string[];
  /** "will", "shall": an intent a report states ("The two sides will meet …") is stated on its narrative day. */
  intentAuxiliaries: string[];
  /**
   * Prepositions that hang a later verb on the trigger's object ("accused Lima of breaching …"): past
   * such a verb, or a participle after a noun the trigger takes, a date is that verb's.
   */
  laterVerbLinks?: string[];
}

const range = {
  type: 'object',
  required: ['from', 'to'],
  additionalProperties: false,
  properties: {
    from: { type: 'integer' },
    to: { type: 'integer' },
    precision: { enum: ['day', 'month', 'season', 'quarter', 'year', 'decade', 'period', 'open'] },
  },
} as const;
const shift = {
  type: 'object',
  required: ['unit', 'shift'],
  additionalProperties: false,
  properties: { unit: { enum: ['year', 'month', 'week', 'weekend', 'day'] }, shift: { type: 'integer' } },
} as const;
const words = { type: 'array', items: { type: 'string', minLength: 1 } } as const;
const opener = {
  type: 'object',
  required: ['keep'],
  additionalProperties: false,
  properties: { keep: { enum: ['start', 'end'] }, exclusive: { type: 'boolean' } },
} as const;
const mapOf = (v: object): object => ({ type: 'object', additionalProperties: v });

const SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: [
    'months', 'seasons', 'yearParts', 'monthParts', 'decadeParts', 'openers', 'closers', 'numbers', 'units',
    'narrativeRelative', 'narrativeOpen', 'publishedRelative', 'later', 'earlier', 'quantityNouns', 'referBackStart',
    'referBackDeterminers', 'referBackNouns', 'referBackNot', 'referBackBeforeVerb', 'durationOpeners', 'sameEvents',
    'pastAuxiliaries', 'intentAuxiliaries',
  ],
  properties: {
    months: mapOf({ type: 'integer', minimum: 1, maximum: 12 }),
    seasons: mapOf(range),
    yearParts: mapOf(range),
    monthParts: mapOf(range),
    decadeParts: mapOf(range),
    openers: mapOf(opener),
    closers: mapOf(opener),
    numbers: mapOf({ type: 'integer', minimum: 1 }),
    units: mapOf({
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      maxProperties: 1,
      properties: { days: { type: 'integer', minimum: 1 }, months: { type: 'integer', minimum: 1 } },
    }),
    narrativeRelative: mapOf(shift),
    narrativeOpen: mapOf(opener),
    publishedRelative: mapOf(shift),
    later: words,
    earlier: words,
    quantityNouns: words,
    referBackStart: words,
    referBackDeterminers: words,
    referBackNouns: words,
    referBackNot: words,
    referBackBeforeVerb: words,
    durationOpeners: words,
    sameEvents: { type: 'array', items: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 } },
    pastAuxiliaries: words,
    intentAuxiliaries: words,
    laterVerbLinks: words,
  },
} as const;

/** The vocabulary with its alternations ready for regular expressions. */
export interface Vocabulary extends VocabularyFile {
  alt: {
    month: string;
    season: string;
    yearPart: string;
    monthPart: string;
    decadePart: string;
    opener: string;
    closer: string;
    number: string;
    unit: string;
    narrativeRelative: string;
    narrativeOpen: string;
    publishedRelative: string;
    later: string;
    earlier: string;
    quantityNoun: string;
    durationOpener: string;
  };
  /** Word lists the clause dating tests a token against, as sets. */
  sets: {
    intentAuxiliaries: ReadonlySet<string>;
    laterVerbLinks: ReadonlySet<string>;
  };
}

/** `a|b|c` of phrases, longest first (so "first half" wins over "first"), spaces as `\s+`. */
export function alternation(phrases: Iterable<string>): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

/** The month words of more than three letters, and "may" (not "jan", "oct"): a bare month is read only in these. */
export function monthNames(v: VocabularyFile): string[] {
  return Object.keys(v.months).filter((w) => w.length > 3 || w === 'may');
}

/** Compile a vocabulary (the default one, or a user's file checked against the same schema). */
export function compileVocabulary(v: VocabularyFile): Vocabulary {
  return {
    ...v,
    alt: {
      month: alternation(Object.keys(v.months)),
      season: alternation(Object.keys(v.seasons)),
      yearPart: alternation(Object.keys(v.yearParts)),
      monthPart: alternation(Object.keys(v.monthParts)),
      decadePart: alternation(Object.keys(v.decadeParts)),
      opener: alternation(Object.keys(v.openers)),
      closer: alternation(Object.keys(v.closers)),
      number: alternation(Object.keys(v.numbers)),
      unit: alternation(Object.keys(v.units)),
      narrativeRelative: alternation(Object.keys(v.narrativeRelative)),
      narrativeOpen: alternation(Object.keys(v.narrativeOpen)),
      publishedRelative: alternation(Object.keys(v.publishedRelative)),
      later: alternation(v.later),
      earlier: alternation(v.earlier),
      quantityNoun: alternation(v.quantityNouns),
      durationOpener: alternation(v.durationOpeners),
    },
    sets: {
      intentAuxiliaries: new Set(v.intentAuxiliaries),
      laterVerbLinks: new Set(v.laterVerbLinks ?? []),
    },
  };
}

let cached: Vocabulary | undefined;

/** data/dates/vocabulary.yaml, loaded once. */
export function defaultVocabulary(): Vocabulary {
  cached ??= compileVocabulary(loadDataFile<VocabularyFile>(dataPath('dates', 'vocabulary.yaml'), SCHEMA));
  return cached;
}

/** Load another vocabulary file (same schema). */
export function loadVocabulary(file: string): Vocabulary {
  return compileVocabulary(loadDataFile<VocabularyFile>(file, SCHEMA));
}

const SPACES = /\s+/g;
const FINAL_STOP = /\.$/;
/** What key() may change beyond the case. */
const KEY_EDIT = /\s|\.$/;

/** Collapse runs of white space to one space, so phrases look up in the vocabulary's maps. */
export function key(s: string): string {
  const lower = s.toLowerCase();
  // Most keys are one word without a full stop: nothing to collapse or cut.
  return KEY_EDIT.test(lower) ? lower.replace(SPACES, ' ').replace(FINAL_STOP, '') : lower;
}
