/**
 * Gates: cheap facts about a sentence that say which date rules could match at all. A rule's own
 * pattern is costly (optional words before it make the engine try at every position); a gate is a
 * plain pattern the engine scans for fast ("four digits", "a month name"), tested only when a rule
 * asks for it and at most once per sentence. A gate only ever errs open (it may let a rule run that
 * then finds nothing), so the stage's results are the same with or without gates.
 */
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
  | 'later';

export type GateTests = Readonly<Record<Exclude<Gate, 'month' | 'twoMonths'>, RegExp>> & {
  /** Month words, global: a find opens `month`, a second one `twoMonths`. */
  months: RegExp;
};

const BIT: Readonly<Record<Gate, number>> = {
  digit: 1, year: 2, month: 4, season: 8, unit: 16, then: 32, yearPart: 64,
  twoMonths: 128, twoNumbers: 256, decade: 512, dotted: 1024, iso: 2048, later: 4096,
};

const cache = new WeakMap<Vocabulary, GateTests>();

/** `w1|w2` of the first words of phrases (a pattern that matches a phrase matches its first word). */
function firstWords(phrases: Iterable<string>): string {
  const words = new Set<string>();
  for (const p of phrases) {
    const w = /^[a-z0-9]+/i.exec(p.trim())?.[0];
    if (w) words.add(w.toLowerCase());
  }
  return [...words].sort((a, b) => b.length - a.length).join('|');
}

/** The gate tests of a vocabulary. */
export function gateTests(v: Vocabulary): GateTests {
  let t = cache.get(v);
  if (t) return t;
  t = {
    digit: /\d/,
    year: /\d{4}/,
    months: new RegExp(`\\b(?:${firstWords(Object.keys(v.months))})\\b`, 'gi'),
    season: new RegExp(`\\b(?:${firstWords(Object.keys(v.seasons))})\\b`, 'i'),
    unit: new RegExp(`\\b(?:${firstWords(Object.keys(v.units))})s?\\b`, 'i'),
    then: /\bthen\b/i,
    yearPart: new RegExp(`\\b(?:${firstWords(Object.keys(v.yearParts))})\\b`, 'i'),
    twoNumbers: /\d{4}\D[^]*\d\d/,
    decade: /0['’]?s/i,
    dotted: /\d\.\d/,
    iso: /\d{4}-/,
    later: new RegExp(`\\b(?:${firstWords([...v.later, ...v.earlier])})\\b`, 'i'),
  };
  cache.set(v, t);
  return t;
}

/** One sentence's gates, each tested on first use. */
export class SentenceGates {
  /** Bits of the gates tested so far, and of those found open. */
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
      if (gate === 'month' || gate === 'twoMonths') this.findMonths();
      else {
        this.known |= bit;
        if (this.tests[gate].test(this.text)) this.open |= bit;
      }
    }
    return (this.open & bit) !== 0;
  }

  /** Are all of `gates` open? */
  all(gates: readonly Gate[]): boolean {
    for (const g of gates) if (!this.has(g)) return false;
    return true;
  }

  private findMonths(): void {
    const rx = this.tests.months;
    rx.lastIndex = 0;
    if (rx.exec(this.text)) this.open |= BIT.month | (rx.exec(this.text) ? BIT.twoMonths : 0);
    this.known |= BIT.month | BIT.twoMonths;
  }
}
