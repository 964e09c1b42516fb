/**
 * Gates: cheap facts about a sentence that say which date rules could match at all. A rule's own
 * pattern is costly (optional words before it make the engine try at every position); the gates
 * are read in one walk over the sentence's characters, for the cue words of every rule ("a month
 * name", "a unit", "late") and a few plain patterns ("four digits", "0s"). A gate only ever errs
 * open (it may let a rule run that then finds nothing), so the stage's results are the same with
 * or without gates.
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
  | 'eventNoun'
  /** A word that steps to a month from the narrative's date ("the following June"). */
  | 'step';

const BIT: Readonly<Record<Gate, number>> = {
  digit: 1, year: 2, month: 4, season: 8, unit: 16, then: 32, yearPart: 64, twoMonths: 128,
  twoNumbers: 256, decade: 512, dotted: 1024, iso: 2048, later: 4096, chrono: 8192, opener: 16384,
  eventNoun: 32768, step: 65536,
};

/** The gates that say a sentence may hold a date at all (the others only narrow which rules run). */
export const ANY_DATE_GATES: readonly Gate[] = ['digit', 'month', 'season', 'unit', 'then', 'chrono', 'eventNoun'];

export interface GateTests {
  /**
   * The cue words as a trie over the characters of `\w` (see `symbol`): `next[node * SYMBOLS + symbol]`
   * is the node after one more character, 0 where no cue word goes on so (the root is node 1).
   */
  next: Int32Array;
  /** Per node, the bits of the gates opened by the cue word that ends there. */
  bits: Int32Array;
}

/** The words of "the following June", "the previous March" (the rule month-step). */
export const STEP_WORDS = ['following', 'next', 'subsequent', 'previous', 'preceding'];

const CHRONO_WORDS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tomorrow', 'tonight', 'ago'];

const cache = new WeakMap<Vocabulary, GateTests>();

/** The first word of a phrase (a pattern that matches the phrase matches its first word as a whole word). */
function firstWord(phrase: string): string | undefined {
  return /^[a-z0-9]+/i.exec(phrase.trim())?.[0]?.toLowerCase();
}

/** Characters of `\w` without the `u` flag: ASCII letters (either case), digits, `_`. */
const SYMBOLS = 37;
const ROOT = 1;

/** Trie symbols: letters 0–25 (either case), digits from DIGIT0, `_` last. */
const DIGIT0 = 26;

/** Per ASCII character code, its trie symbol; -1 outside `\w`. */
const SYMBOL = Int8Array.from({ length: 128 }, (_, c) => {
  if (c >= 97 && c <= 122) return c - 97;
  if (c >= 65 && c <= 90) return c - 65;
  if (c >= 48 && c <= 57) return c - 48 + DIGIT0;
  return c === 95 ? 36 : -1;
});

/** The trie symbol of a character code (-1 for -1, the end of a text). */
const symbol = (c: number): number => (c >= 0 && c < 128 ? (SYMBOL[c] ?? -1) : -1);

/** The trie of cue words (lower case, characters of `\w` only) and the gate bits each opens. */
function cueTrie(words: ReadonlyMap<string, number>): Pick<GateTests, 'next' | 'bits'> {
  const next: number[] = [];
  const bits: number[] = [0, 0];
  for (const [w, b] of words) {
    let node = ROOT;
    for (let i = 0; i < w.length; i++) {
      const at = node * SYMBOLS + symbol(w.charCodeAt(i));
      node = next[at] || (next[at] = bits.push(0) - 1);
    }
    bits[node] = (bits[node] ?? 0) | b;
  }
  const table = new Int32Array(bits.length * SYMBOLS);
  next.forEach((to, at) => (table[at] = to));
  return { next: table, bits: Int32Array.from(bits) };
}

/** The gate tests of a vocabulary. */
export function gateTests(v: Vocabulary): GateTests {
  let t = cache.get(v);
  if (t) return t;
  const cues = new Map<string, number>();
  const add = (phrases: Iterable<string>, bit: number): void => {
    for (const p of phrases) {
      const w = firstWord(p);
      if (w) cues.set(w, (cues.get(w) ?? 0) | bit);
    }
  };
  add(Object.keys(v.months), BIT.month);
  add(Object.keys(v.seasons), BIT.season);
  add(Object.keys(v.units).flatMap((u) => [u, `${u}s`]), BIT.unit);
  // The last word of a relative expression ("over the weekend") opens the gate its rules need.
  add([...Object.keys(v.narrativeRelative), ...Object.keys(v.publishedRelative)].map((p) => p.split(' ').pop() ?? p), BIT.unit);
  add(['then'], BIT.then);
  add(CHRONO_WORDS, BIT.chrono);
  add(eventNouns(v), BIT.eventNoun);
  add(Object.keys(v.yearParts), BIT.yearPart);
  add([...v.later, ...v.earlier], BIT.later);
  add(Object.keys(v.openers), BIT.opener);
  add(STEP_WORDS, BIT.step);
  t = cueTrie(cues);
  cache.set(v, t);
  return t;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isS = (c: number): boolean => c === 115 || c === 83;
/** The character code at `i`, -1 past the end: a read past the end would cost the optimised walk its speed. */
const codeAt = (text: string, i: number): number => (i < text.length ? text.charCodeAt(i) : -1);

/**
 * One sentence's gates, all read in one walk over its characters: its whole words (maximal runs
 * of `\w`, as `\b…\b` would find them) followed along the trie of cue words, and its digits, for
 * the patterns "a digit" (`\d`), "four digits" (`\d{4}`), "a year, then two more digits"
 * (`\d{4}\D[^]*\d\d`), "0s" (`0['’]?s`, any case), "24.03" (`\d\.\d`) and "2015-" (`\d{4}-`).
 */
export class SentenceGates {
  /** Bits of the gates found open. */
  private readonly open: number;
  constructor(text: string, tests: GateTests) {
    // The walk's state is in plain local variables (no closure over them): the loop keeps them in registers.
    const { next, bits } = tests;
    let open = 0;
    let months = 0;
    // Digits in a row up to here, and whether a run of four has been followed by another character.
    let digits = 0;
    let afterYear = false;
    // The trie node of the word read so far: ROOT between words, 0 in a word that is no cue word.
    let node = ROOT;
    const n = text.length;
    for (let i = 0; i <= n; i++) {
      // The text's end reads as -1, outside `\w`: it ends the last word.
      const c = i < n ? text.charCodeAt(i) : -1;
      const sym = symbol(c);
      if (sym >= DIGIT0 && sym < DIGIT0 + 10) {
        node = next[node * SYMBOLS + sym] ?? 0;
        open |= BIT.digit;
        if (++digits === 4) open |= BIT.year;
        if (digits === 2 && afterYear) open |= BIT.twoNumbers;
        if (c === 48) {
          const after = codeAt(text, i + 1);
          if (isS(after) || ((after === 39 || after === 8217) && isS(codeAt(text, i + 2)))) open |= BIT.decade;
        }
        continue;
      }
      if (digits > 0) {
        if (digits >= 4 && c >= 0) {
          afterYear = true;
          if (c === 45) open |= BIT.iso;
        }
        if (c === 46 && isDigit(codeAt(text, i + 1))) open |= BIT.dotted;
        digits = 0;
      }
      if (sym >= 0) node = next[node * SYMBOLS + sym] ?? 0;
      else if (node !== ROOT) {
        const b = bits[node] ?? 0;
        if (b & BIT.month) months++;
        open |= b;
        node = ROOT;
      }
    }
    if (months >= 2) open |= BIT.twoMonths;
    this.open = open;
  }

  /** Does the sentence hold what `gate` stands for (or might it)? */
  has(gate: Gate): boolean {
    return (this.open & BIT[gate]) !== 0;
  }

  /** Are all of `gates` open? */
  all(gates: readonly Gate[]): boolean {
    // Indexed loops: a for-of allocates an iterator where the call is not inlined, and these run per rule and sentence.
    for (let i = 0; i < gates.length; i++) if (!this.has(gates[i] as Gate)) return false;
    return true;
  }

  /** Is any of `gates` open? */
  any(gates: readonly Gate[]): boolean {
    for (let i = 0; i < gates.length; i++) if (this.has(gates[i] as Gate)) return true;
    return false;
  }
}
