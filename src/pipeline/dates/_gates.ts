/**
 * Gates: cheap facts about a sentence that say which date rules could match at all. A rule's own
 * pattern is costly (optional words before it make the engine try at every position); the gates
 * are read in one scan for the cue words of every rule ("a month name", "a unit", "late") and a
 * few plain patterns the engine scans for fast ("four digits", "0s"), each at most once per
 * sentence and only when a rule asks. A gate only ever errs open (it may let a rule run that then
 * finds nothing), so the stage's results are the same with or without gates.
 */
import { eventNouns } from './_event-nouns.js';
import type { Vocabulary } from './_vocabulary.js';

export type Gate =
  /** Any digit. */
  | 'digit'
  /** Four digits in a row. */
  | 'year'
  /** A month name or abbreviation. */
  | 'month'
  | 'season'
  /** A unit of relative expressions ("year", "weeks"). */
  | 'unit'
  | 'then'
  /** The first word of a part of a year ("late", "first half", "q1"). */
  | 'yearPart'
  /** Two month words (a range of months). */
  | 'twoMonths'
  /** Four digits and, further on, two more (a range of years). */
  | 'twoNumbers'
  /** A `0` before `s` or an apostrophe ("the 1990s"). */
  | 'decade'
  /** A digit, a full stop, a digit ("24.03.1999"). */
  | 'dotted'
  /** Four digits and a hyphen ("2015-11-19"). */
  | 'iso'
  /** A word for "later" or "earlier" ("two years later"). */
  | 'later'
  /** A word only chrono-node reads (weekdays, "yesterday", "ago"). */
  | 'chrono'
  /** A word that opens an interval ("since", "before"). */
  | 'opener'
  /** A noun that names an event ("visit", "summit"). */
  | 'eventNoun';

const BIT: Readonly<Record<Gate, number>> = {
  digit: 1, year: 2, month: 4, season: 8, unit: 16, then: 32, yearPart: 64, twoMonths: 128,
  twoNumbers: 256, decade: 512, dotted: 1024, iso: 2048, later: 4096, chrono: 8192, opener: 16384,
  eventNoun: 32768,
};

/**
 * The gates read by the one scan for cue words. Common words ("from", "by", "after", "end") have
 * gates of their own, read only when a rule's rarer needs are met: in the scan they would match
 * in most sentences.
 */
const WORD_GATES = BIT.month | BIT.twoMonths | BIT.season | BIT.unit | BIT.then | BIT.chrono | BIT.eventNoun;

/** The gates that say a sentence may hold a date at all (the others only narrow which rules run). */
export const ANY_DATE_GATES: readonly Gate[] = ['digit', 'month', 'season', 'unit', 'then', 'chrono', 'eventNoun'];

type PatternGate = Exclude<Gate, 'month' | 'twoMonths' | 'season' | 'unit' | 'then' | 'chrono' | 'eventNoun'>;

export interface GateTests {
  patterns: Readonly<Record<PatternGate, RegExp>>;
  /** Every cue word, as whole words, global. */
  words: RegExp;
  /** Cue word (lower case) → the bits of the gates it opens. */
  bits: ReadonlyMap<string, number>;
}

const CHRONO_WORDS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tomorrow', 'tonight', 'ago'];

const cache = new WeakMap<Vocabulary, GateTests>();

/** The first word of a phrase (a pattern that matches the phrase matches its first word as a whole word). */
function firstWord(phrase: string): string | undefined {
  return /^[a-z0-9]+/i.exec(phrase.trim())?.[0]?.toLowerCase();
}

/** The gate tests of a vocabulary. */
export function gateTests(v: Vocabulary): GateTests {
  let t = cache.get(v);
  if (t) return t;
  const bits = new Map<string, number>();
  const add = (phrases: Iterable<string>, bit: number): void => {
    for (const p of phrases) {
      const w = firstWord(p);
      if (w) bits.set(w, (bits.get(w) ?? 0) | bit);
    }
  };
  const wordsOf = (phrases: Iterable<string>): RegExp =>
    new RegExp(`\\b(?:${[...new Set([...phrases].map(firstWord).filter((w) => w !== undefined))].sort((a, b) => b.length - a.length).join('|')})\\b`, 'i');
  add(Object.keys(v.months), BIT.month);
  add(Object.keys(v.seasons), BIT.season);
  add(Object.keys(v.units).flatMap((u) => [u, `${u}s`]), BIT.unit);
  // The last word of a relative expression ("over the weekend") opens the gate its rules need.
  add([...Object.keys(v.narrativeRelative), ...Object.keys(v.publishedRelative)].map((p) => p.split(' ').pop() ?? p), BIT.unit);
  add(['then'], BIT.then);
  add(CHRONO_WORDS, BIT.chrono);
  add(eventNouns(v), BIT.eventNoun);
  const words = [...bits.keys()].sort((a, b) => b.length - a.length).join('|');
  t = {
    patterns: {
      digit: /\d/,
      year: /\d{4}/,
      twoNumbers: /\d{4}\D[^]*\d\d/,
      decade: /0['’]?s/i,
      dotted: /\d\.\d/,
      iso: /\d{4}-/,
      yearPart: wordsOf(Object.keys(v.yearParts)),
      later: wordsOf([...v.later, ...v.earlier]),
      opener: wordsOf(Object.keys(v.openers)),
    },
    words: new RegExp(`\\b(?:${words})\\b`, 'gi'),
    bits,
  };
  cache.set(v, t);
  return t;
}

/** One sentence's gates, each read on first use. */
export class SentenceGates {
  /** Bits of the gates read so far, and of those found open. */
  private known = 0;
  private open = 0;
  constructor(
    private readonly text: string,
    private readonly tests: GateTests,
  ) {}

  /** Does the sentence hold what `gate` stands for (or might it)? */
  has(gate: Gate): boolean {
    const bit = BIT[gate];
    if (!(this.known & bit)) {
      if (bit & WORD_GATES) this.scanWords();
      else {
        this.known |= bit;
        if (this.tests.patterns[gate as PatternGate].test(this.text)) this.open |= bit;
      }
    }
    return (this.open & bit) !== 0;
  }

  /** Are all of `gates` open? */
  all(gates: readonly Gate[]): boolean {
    for (const g of gates) if (!this.has(g)) return false;
    return true;
  }

  /** Is any of `gates` open? */
  any(gates: readonly Gate[]): boolean {
    for (const g of gates) if (this.has(g)) return true;
    return false;
  }

  private scanWords(): void {
    const rx = this.tests.words;
    let months = 0;
    rx.lastIndex = 0;
    for (let m = rx.exec(this.text); m; m = rx.exec(this.text)) {
      const b = this.tests.bits.get(m[0].toLowerCase()) ?? 0;
      if (b & BIT.month) months++;
      this.open |= b;
    }
    if (months >= 2) this.open |= BIT.twoMonths;
    this.known |= WORD_GATES;
  }
}
