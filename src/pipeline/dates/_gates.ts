/**
 * Gates: cheap facts about a sentence that say which date rules could match at all. A rule's own
 * pattern is costly (optional words before it make the engine try at every position); the gates
 * are read in two walks over the sentence's characters: an automaton for the cue words of every
 * rule ("a month name", "a unit", "late"), and a walk over its digits for a few plain patterns
 * ("four digits", "0s"). A gate only ever errs open (it may let a rule run that then finds
 * nothing), so the stage's results are the same with or without gates.
 */
import { eventNouns } from './_event-nouns.js';
import { monthNames, type Vocabulary } from './_vocabulary.js';

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
  | 'step'
  /** A number of one or two digits, as a day's is ("5 May", "May 3rd"). */
  | 'day'
  /** Two such numbers (a range of days, "3-5 May"). */
  | 'twoDays'
  /** A month's name with no number after it ("in May", "that June"; not "May 2015", "June 5"). */
  | 'bareMonth'
  /** The last two words of a relative expression ("following year" of "the following year", "last week"). */
  | 'relative';

const BIT: Readonly<Record<Gate, number>> = {
  digit: 1, year: 2, month: 4, season: 8, unit: 16, then: 32, yearPart: 64, twoMonths: 128,
  twoNumbers: 256, decade: 512, dotted: 1024, iso: 2048, later: 4096, chrono: 8192, opener: 16384,
  eventNoun: 32768, step: 65536, day: 131072, twoDays: 262144, bareMonth: 524288,
  relative: 1048576,
};

/** The gates that say a sentence may hold a date at all (the others only narrow which rules run). */
export const ANY_DATE_GATES: readonly Gate[] = ['digit', 'month', 'season', 'unit', 'then', 'chrono', 'eventNoun'];

export interface GateTests {
  /**
   * The cue words as an automaton over character codes (a code from 128 on reads as 0: neither is
   * in `\w` without the `u` flag): `next[state * CODES + code]`. Its states: 0 inside a word that is
   * no cue word, ROOT between words, one per beginning of a cue word, and one per cue word just
   * ended (which reads on as ROOT).
   */
  next: Uint16Array | Uint32Array;
  /** Per state, the gate bits of the cue word just ended there (0 for the other states). */
  ends: Int32Array;
  /** Per state, the length of the cue word just ended there. */
  lengths: Int32Array;
  /** The last two words of each relative expression, lower case, one space between. */
  bigrams: ReadonlySet<string>;
  /** Gates open in every sentence (relative, where an expression is not plain words). */
  always: number;
}

/** The words of "the following June", "the previous March" (the rule month-step). */
export const STEP_WORDS = ['following', 'next', 'subsequent', 'previous', 'preceding'];

const CHRONO_WORDS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tomorrow', 'tonight', 'ago'];

const cache = new WeakMap<Vocabulary, GateTests>();

/** A phrase's word that is one whole run of `\w`. */
const PLAIN_WORD = /^[a-z0-9_]+$/;

/** The first word of a phrase (a pattern that matches the phrase matches its first word as a whole word). */
function firstWord(phrase: string): string | undefined {
  return /^[a-z0-9]+/i.exec(phrase.trim())?.[0]?.toLowerCase();
}

/** Not gates: mark the cue words that are month names (for bareMonth) and last words of relative expressions (for relative). */
const MONTH_NAME = 1 << 30;
const RELATIVE_END = 1 << 29;
const MARKS = MONTH_NAME | RELATIVE_END;

const CODES = 128;
const ROOT = 1;

/** A character of `\w` without the `u` flag: ASCII letters, digits, `_`. */
const isWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
const lowerCode = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

/** The automaton of GateTests for cue words (lower case, characters of `\w` only) and the gate bits each opens. */
function cueAutomaton(words: ReadonlyMap<string, number>): Pick<GateTests, 'next' | 'ends' | 'lengths'> {
  // The trie of the cue words, by lower-case character code; node 0 (no cue word) has no children.
  const children: Map<number, number>[] = [new Map(), new Map()];
  const wordBits: number[] = [0, 0];
  const wordLengths: number[] = [];
  for (const [w, bits] of words) {
    let node = ROOT;
    for (let i = 0; i < w.length; i++) {
      const at = children[node] as Map<number, number>;
      let to = at.get(w.charCodeAt(i));
      if (to === undefined) {
        to = children.push(new Map()) - 1;
        wordBits.push(0);
        at.set(w.charCodeAt(i), to);
      }
      node = to;
    }
    wordBits[node] = (wordBits[node] ?? 0) | bits;
    wordLengths[node] = w.length;
  }
  const nodes = children.length;
  let states = nodes;
  const endOf = wordBits.map((bits) => (bits ? states++ : ROOT));
  const next = states < 65536 ? new Uint16Array(states * CODES) : new Uint32Array(states * CODES);
  const ends = new Int32Array(states);
  const lengths = new Int32Array(states);
  for (let state = 0; state < states; state++) {
    const node = state < nodes ? state : ROOT;
    for (let c = 0; c < CODES; c++) {
      next[state * CODES + c] = isWordCode(c) ? (children[node]?.get(lowerCode(c)) ?? 0) : (endOf[state] ?? ROOT);
    }
  }
  wordBits.forEach((bits, node) => {
    if (!bits) return;
    ends[endOf[node] as number] = bits;
    lengths[endOf[node] as number] = wordLengths[node] ?? 0;
  });
  return { next, ends, lengths };
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
  add(monthNames(v), MONTH_NAME);
  add(Object.keys(v.seasons), BIT.season);
  add(Object.keys(v.units).flatMap((u) => [u, `${u}s`]), BIT.unit);
  // The last word of a relative expression ("over the weekend") opens the gate its rules need.
  const relatives = [...Object.keys(v.narrativeRelative), ...Object.keys(v.publishedRelative)];
  add(relatives.map((p) => p.split(' ').pop() ?? p), BIT.unit);
  // And with the word before it, the gate relative: "the following year" needs "following year".
  const bigrams = new Set<string>();
  let always = 0;
  for (const p of relatives) {
    const words = p.toLowerCase().split(' ');
    const [before, last] = words.slice(-2);
    if (words.length >= 2 && before && last && PLAIN_WORD.test(before) && PLAIN_WORD.test(last)) {
      bigrams.add(`${before} ${last}`);
      add([last], RELATIVE_END);
    } else always = BIT.relative;
  }
  add(['then'], BIT.then);
  add(CHRONO_WORDS, BIT.chrono);
  add(eventNouns(v), BIT.eventNoun);
  add(Object.keys(v.yearParts), BIT.yearPart);
  add([...v.later, ...v.earlier], BIT.later);
  add(Object.keys(v.openers), BIT.opener);
  add(STEP_WORDS, BIT.step);
  t = { ...cueAutomaton(cues), bigrams, always };
  cache.set(v, t);
  return t;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isS = (c: number): boolean => c === 115 || c === 83;
/** The character code at `i`, -1 past the end: a read past the end would cost the optimised walk its speed. */
const codeAt = (text: string, i: number): number => (i < text.length ? text.charCodeAt(i) : -1);
const DIGIT = /\d/;

/** The gates of the cue words in `text`: its whole words (maximal runs of `\w`, as `\b…\b` finds them) read by the automaton. */
function wordGates(text: string, { next, ends, lengths, bigrams }: GateTests): number {
  let open = 0;
  let months = 0;
  let state = ROOT;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    state = next[state * CODES + (c < CODES ? c : 0)] as number;
    const bits = ends[state] as number;
    if (bits !== 0) {
      open |= bits;
      if (bits & BIT.month) months++;
      if (bits & MONTH_NAME && !numberAt(text, i)) open |= BIT.bareMonth;
      if (bits & RELATIVE_END && endsBigram(text, i, lengths[state] as number, bigrams)) open |= BIT.relative;
    }
  }
  // The end of the text ends its last word.
  const end = next[state * CODES] as number;
  const bits = ends[end] as number;
  if (bits & BIT.month) months++;
  if (bits & MONTH_NAME) open |= BIT.bareMonth;
  if (bits & RELATIVE_END && endsBigram(text, text.length, lengths[end] as number, bigrams)) open |= BIT.relative;
  open |= bits;
  return (months >= 2 ? open | BIT.twoMonths : open) & ~MARKS;
}

/** Does the word of `length` ending at `end`, with the whole word before it and only white space between, make one of `bigrams`? */
function endsBigram(text: string, end: number, length: number, bigrams: ReadonlySet<string>): boolean {
  const start = end - length;
  let gap = start;
  while (gap > 0 && isSpaceCode(text.charCodeAt(gap - 1))) gap--;
  let from = gap;
  while (from > 0 && isWordCode(text.charCodeAt(from - 1))) from--;
  return from < gap && gap < start && bigrams.has(`${text.slice(from, gap).toLowerCase()} ${text.slice(start, end).toLowerCase()}`);
}

/** Does a number follow at `i`, after at most a full stop and white space (`\.?\s*\d`)? */
function numberAt(text: string, i: number): boolean {
  if (text.charCodeAt(i) === 46) i++;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return isDigit(codeAt(text, i));
}

/** `\s` of a regular expression: white space and line terminators. */
function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The gates of the digits in `text`, for the patterns "a digit" (`\d`), "four digits" (`\d{4}`),
 * "a year, then two more digits" (`\d{4}\D[^]*\d\d`), "0s" (`0['’]?s`, any case), "24.03"
 * (`\d\.\d`) and "2015-" (`\d{4}-`), and for one or two runs of at most two digits (a day's
 * number, whole: the rules read it as `\d{1,2}` with no digit on either side): a walk from the
 * first digit, which the engine finds fast.
 */
function digitGates(text: string): number {
  const first = text.search(DIGIT);
  if (first < 0) return 0;
  let open = BIT.digit;
  // Digits in a row up to here, and whether a run of four has been followed by another character.
  let digits = 0;
  let afterYear = false;
  // Runs of one or two digits.
  let short = 0;
  for (let i = first; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      if (++digits === 4) open |= BIT.year;
      if (digits === 2 && afterYear) open |= BIT.twoNumbers;
      if (c === 48) {
        const after = codeAt(text, i + 1);
        if (isS(after) || ((after === 39 || after === 8217) && isS(codeAt(text, i + 2)))) open |= BIT.decade;
      }
    } else if (digits > 0) {
      if (digits <= 2) short++;
      if (digits >= 4) {
        afterYear = true;
        if (c === 45) open |= BIT.iso;
      }
      // 24.03.1999, and 14-03-2011 or 14/03/2011 after a day or month of one or two digits.
      if ((c === 46 || (digits <= 2 && (c === 45 || c === 47))) && isDigit(codeAt(text, i + 1))) open |= BIT.dotted;
      digits = 0;
    }
  }
  if (digits > 0 && digits <= 2) short++;
  if (short >= 1) open |= BIT.day;
  return short >= 2 ? open | BIT.twoDays : open;
}

/** One sentence's gates, read in two walks over its characters: its words, and its digits. */
export class SentenceGates {
  /** Bits of the gates found open. */
  private readonly open: number;
  constructor(text: string, tests: GateTests) {
    this.open = wordGates(text, tests) | digitGates(text) | tests.always;
  }

  /** Does the sentence hold what `gate` stands for (or might it)? */
  has(gate: Gate): boolean {
    return (this.open & BIT[gate]) !== 0;
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
}
