/**
 * Folding and tokenising for name matching: the gazetteer folds its names and the actors stage folds
 * the text with the same functions, so "Vucic" meets "Vučić", "Pristina" meets "Priština" and
 * "Београд" meets "Beograd" without a rule per spelling.
 */
import type { SurfaceWords } from './_types.js';

/** Letters that Unicode decomposition does not strip to ASCII, and Serbian/Russian Cyrillic. */
const SPECIAL: Record<string, string> = {
  đ: 'dj', ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ı: 'i', þ: 'th', ð: 'd', ħ: 'h',
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ђ: 'dj', е: 'e', ё: 'e', ж: 'z', з: 'z', и: 'i', й: 'j',
  ј: 'j', к: 'k', л: 'l', љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't',
  ћ: 'c', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'c', џ: 'dz', ш: 's', щ: 'sc', ъ: '', ы: 'y', ь: '',
  э: 'e', ю: 'ju', я: 'ja', ѓ: 'g', ќ: 'k', ѕ: 'dz', є: 'je', і: 'i', ї: 'ji', ґ: 'g',
};
const SPECIAL_RE = /[đłøæœßıþðħ\u0400-\u04ff]/g;
const APOSTROPHES = /[\u2019\u2018\u00b4\u02bc\u0060\u02b9]/g;

const ASCII = /^[\x00-\x7f]*$/;
const MARKS = /\p{M}/gu;
/** Folded forms of the words seen so far (bounded; cleared when full). */
const folded = new Map<string, string>();
const FOLD_CACHE_MAX = 50_000;

/**
 * Case- and diacritic-folded form of a word: lower case, marks dropped, Cyrillic transliterated.
 * Results are cached: words repeat, and lower-casing a string cut from a text with any non-Latin-1
 * character takes V8's slow Unicode path.
 */
export function fold(word: string): string {
  const hit = folded.get(word);
  if (hit !== undefined) return hit;
  let s = word.toLowerCase().replace(APOSTROPHES, "'");
  if (!ASCII.test(s)) {
    s = s.normalize('NFD').replace(MARKS, '');
    if (!ASCII.test(s)) s = s.replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c);
  }
  if (folded.size >= FOLD_CACHE_MAX) folded.clear();
  folded.set(word, s);
  return s;
}

/** How a word must be written in the text to match a dictionary word. */
export const CaseRule = {
  /** Any case: lower-case dictionary words ("government"). */
  Any: 0,
  /** Capitalised: "Alliance" must not match "alliance". */
  Capital: 1,
  /** All capitals: "SHAPE" must not match "shape". */
  Upper: 2,
} as const;
export type CaseRule = (typeof CaseRule)[keyof typeof CaseRule];

const UPPER_START = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const HAS_LETTER = /\p{L}/u;

export function caseRuleOf(word: string): CaseRule {
  if (!HAS_LETTER.test(word)) return CaseRule.Any;
  if (!UPPER_START.test(word)) return CaseRule.Any;
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && !HAS_LOWER.test(word) ? CaseRule.Upper : CaseRule.Capital;
}

/** Whether a word of the text satisfies a dictionary word's case rule. */
export function caseFits(rule: CaseRule, word: string): boolean {
  if (rule === CaseRule.Any) return true;
  if (!UPPER_START.test(word)) return false;
  return rule === CaseRule.Capital || !HAS_LOWER.test(word);
}

/** A word of a text: offsets are into the text given to tokenize(). */
export interface FoldedToken {
  start: number;
  end: number;
  raw: string;
  fold: string;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const SPACE = /\s/;

/** ASCII letters and digits, by code. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0;

/** ASCII lower-case letters and digits, by code. */
const ASCII_LOWER_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_LOWER_WORD[c] = /[a-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0;

/** True for a letter, mark or digit (ASCII answered from a table, the rest by Unicode class). */
function isWordChar(code: number): boolean {
  return code < 128 ? ASCII_WORD[code] === 1 : WORD_CHAR.test(String.fromCharCode(code));
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || (code >= 128 && SPACE.test(String.fromCharCode(code)));
}

const isApostrophe = (code: number): boolean => code === 39 || code === 0x2019 || code === 0xb4 || code === 0x60;

/** FNV-1a's offset basis and prime, as int32 (| 0): a hash kept in int32 is never converted to and from a double. */
const FNV_BASIS = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/**
 * A 16-bit hash of a folded word: a filter indexed by it tells most words from a dictionary's
 * without hashing the word into a map.
 */
export function foldKey(fold: string): number {
  let h = FNV_BASIS;
  for (let k = 0; k < fold.length; k++) h = Math.imul(h ^ fold.charCodeAt(k), FNV_PRIME);
  return (h ^ (h >>> 16)) & 0xffff;
}

/** foldKey() of the lower case of src[from, to), ASCII letters and digits only, read from the text. */
function plainKey(src: string, from: number, to: number): number {
  let h = FNV_BASIS;
  // | 32 lower-cases an ASCII letter and leaves a digit as it is.
  for (let k = from; k < to; k++) h = Math.imul(h ^ (src.charCodeAt(k) | 32), FNV_PRIME);
  return (h ^ (h >>> 16)) & 0xffff;
}

/**
 * A sentence's words as parallel arrays: offsets and folded forms, the raw text sliced only when asked
 * for. Words are runs of letters, marks and digits; a possessive `'s` is its own token; every other
 * non-space character stands alone. The same scanner splits dictionary names and sentences.
 */
export class Tokens {
  /** The sentence's text. */
  text = '';
  /**
   * Offsets, folded forms and foldKey()s of the words, in parallel. One Tokens may read sentence
   * after sentence (see read()), reusing its arrays: entries at `length` and past it are an earlier
   * sentence's.
   */
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  readonly folds: string[] = [];
  /**
   * A plain word's key is worked out from the text, so the words no dictionary filter passes are
   * never read: the lexicon's strings lie all over the heap, the text in one piece.
   */
  readonly keys: number[] = [];
  length = 0;

  /** The words of `text` (see read()); none without it. */
  constructor(text?: string, words?: readonly KnownWord[], offset = 0, source?: string) {
    if (text !== undefined) this.read(text, words, offset, source);
  }

  /**
   * Takes the words of `text` in place of those read before.
   * @param words the sentence's tokens from an earlier tokeniser, offsets into the sentence's text plus
   * `offset`: an ASCII word among them that the scanner would cut the same way is taken with its lower
   * case as is, which spares slicing and lower-casing it again (the rest is scanned).
   * @param source the document `text` was cut from at `offset`, if at hand: reading its characters is
   * quicker than reading a slice's.
   */
  read(text: string, words?: readonly KnownWord[], offset = 0, source?: string): this {
    this.text = text;
    this.length = 0;
    if (words) scanWith(text, words, offset, source ?? null, this);
    else scan(text, 0, 0, text.length, this);
    return this;
  }

  /** Appends a token (for the scanners below). */
  add(start: number, end: number, fold: string, key: number): void {
    const n = this.length;
    this.starts[n] = start;
    this.ends[n] = end;
    this.folds[n] = fold;
    this.keys[n] = key;
    this.length = n + 1;
  }

  /** The folded form of token i, undefined past either end. */
  fold(i: number): string | undefined {
    // Never folds[-1]: a negative index is a property name, whose look-up would turn every later one slow.
    return i >= 0 && i < this.length ? this.folds[i] : undefined;
  }

  /** Token i as written. */
  raw(i: number): string {
    return this.text.slice(this.starts[i], this.ends[i]);
  }

  /** Tokens [from, to) as written, joined by single spaces. */
  rawRange(from: number, to: number): string {
    let s = this.raw(from);
    for (let i = from + 1; i < to; i++) s += ` ${this.raw(i)}`;
    return s;
  }

  /** The first token from `from` on whose fold is `word`, or -1. Compares keys first: folds are read only where they agree. */
  indexOf(word: string, from: number): number {
    const key = foldKey(word);
    const { keys, folds } = this;
    for (let i = from; i < this.length; i++) if (keys[i] === key && folds[i] === word) return i;
    return -1;
  }

  isPossessive(i: number): boolean {
    return this.fold(i) === "'s";
  }

  /** Whether token i satisfies a dictionary word's case rule: caseFits(rule, raw(i)), mostly without slicing. */
  fits(rule: CaseRule, i: number): boolean {
    return rule === CaseRule.Any || (rule === CaseRule.Capital ? this.caseOf(i) !== 0 : this.caseOf(i) === 2);
  }

  /**
   * How token i is written: 0 not capitalised, 1 capitalised, 2 capitalised with no lower-case letter.
   * Asked only of tokens a dictionary word matched, so it is worked out on demand.
   */
  caseOf(i: number): WordCase {
    const text = this.text;
    const from = this.starts[i]!;
    const to = this.ends[i]!;
    const c0 = text.charCodeAt(from);
    if (c0 >= 128) return wordCase(this.raw(i));
    if (c0 >= 97 && c0 <= 122) return this.strayCapital(from, to) ? 1 : 0;
    if (c0 < 65 || c0 > 90) return 0;
    for (let k = from + 1; k < to; k++) {
      const c = text.charCodeAt(k);
      if (c >= 128) return wordCase(this.raw(i));
      if (c >= 97 && c <= 122) return 1;
    }
    return 2;
  }

  /**
   * Is a word of ASCII letters that starts in lower case written with a capital inside ("iSrael")? No
   * English word is: it is a name mistyped, and read as one capitalised.
   */
  private strayCapital(from: number, to: number): boolean {
    let capital = false;
    for (let k = from + 1; k < to; k++) {
      const c = this.text.charCodeAt(k);
      const lower = c >= 97 && c <= 122;
      if (!lower && !(c >= 65 && c <= 90)) return false;
      if (!lower) capital = true;
    }
    return capital;
  }

  /** Every token's case (tests). */
  get cases(): WordCase[] {
    const out: WordCase[] = [];
    for (let i = 0; i < this.length; i++) out.push(this.caseOf(i));
    return out;
  }
}

/** How a word of the text is written: 0 not capitalised, 1 capitalised, 2 capitalised with no lower-case letter. */
export type WordCase = 0 | 1 | 2;

function wordCase(raw: string): WordCase {
  return !UPPER_START.test(raw) ? 0 : HAS_LOWER.test(raw) ? 1 : 2;
}

/** A token of an earlier tokeniser: offsets and lower case. */
export interface KnownWord {
  start: number;
  end: number;
  lower: string;
  /** ASCII letters and digits only, and `lower` is the lower case of the text's own characters there. */
  plain?: boolean;
}

/**
 * Scans the text between the known ASCII words that stand alone (a non-word character, or nothing, on
 * either side; not the "s" of a possessive), and takes those words as they are: scan() would cut
 * them the same way and fold each to its lower case.
 */
function scanWith(text: string, words: readonly KnownWord[], offset: number, source: string | null, out: Tokens): void {
  let pos = 0;
  const n = text.length;
  // Characters are read from the document where given (src[at + k] is text[k]).
  const src = source ?? text;
  const at = source === null ? 0 : offset;
  for (const w of words) {
    const from = w.start - offset;
    const to = w.end - offset;
    // A plain word's lower case is as long as the word: its string need not be read.
    if (from < pos || to > n || (!w.plain && to - from !== w.lower.length)) continue;
    const c0 = src.charCodeAt(at + from);
    if (!w.plain && (c0 >= 128 || ASCII_WORD[c0] !== 1)) continue;
    if (from > 0) {
      const b = src.charCodeAt(at + from - 1);
      if (isWordChar(b) || ((c0 === 115 || c0 === 83) && isApostrophe(b))) continue;
    }
    if (to < n && isWordChar(src.charCodeAt(at + to))) continue;
    // The tokeniser may vouch for the word (plain): then there is nothing to read again.
    if (!w.plain && !isAsciiLowerOf(w.lower, src, at + from)) continue;
    // Most gaps are a space: skipped here, scan() is left the punctuation.
    while (pos < from && isSpace(src.charCodeAt(at + pos))) pos++;
    if (pos < from) scan(src, at, pos, from, out);
    out.add(from, to, w.lower, plainKey(src, at + from, at + to));
    pos = to;
  }
  if (pos < n) scan(src, at, pos, n, out);
}

/** Is `lower` all ASCII lower-case letters and digits, and the lower case of `src` from `base` on? */
function isAsciiLowerOf(lower: string, src: string, base: number): boolean {
  for (let k = 0; k < lower.length; k++) {
    const l = lower.charCodeAt(k);
    if (l >= 128 || ASCII_LOWER_WORD[l] !== 1) return false;
    const c = src.charCodeAt(base + k);
    if (c !== l && (c + 32 !== l || l < 97)) return false;
  }
  return true;
}

/**
 * Tokens of the text from `from` to `n`, read from `src` at offset `at` (src[at + k] is the text's
 * character k: the document rather than a slice of it where given).
 * Hand-written: this runs on every sentence, and Unicode-class regular expressions cost several times more.
 */
function scan(src: string, at: number, from: number, n: number, out: Tokens): void {
  let i = from;
  while (i < n) {
    const code = src.charCodeAt(at + i);
    if (isSpace(code)) {
      i++;
      continue;
    }
    let j = i + 1;
    // A word of ASCII lower-case letters and digits is its own folded form; only others need fold().
    let ascii = code < 128;
    let upper = code >= 65 && code <= 90;
    if (isWordChar(code)) {
      for (; j < n; j++) {
        const c = src.charCodeAt(at + j);
        if (!isWordChar(c)) break;
        if (c >= 128) ascii = false;
        else if (c >= 65 && c <= 90) upper = true;
      }
    } else if (isApostrophe(code) && j < n && (src.charCodeAt(at + j) === 115 || src.charCodeAt(at + j) === 83)) {
      // 's closes a possessive only where no letter follows ('s, not 'sdfg).
      if (j + 1 >= n || !isWordChar(src.charCodeAt(at + j + 1))) j++;
      ascii = false;
    } else if (code >= 0xd800 && code <= 0xdbff && j < n) {
      j++; // keep a surrogate pair together
    }
    const raw = src.slice(at + i, at + j);
    // fold() caches: toLowerCase() on a slice of a text with any letter beyond Latin-1 is slow.
    const f = ascii && !upper && code !== 96 ? raw : fold(raw);
    out.add(i, j, f, foldKey(f));
    i = j;
  }
}

/** A name's words as the actors stage's matcher reads them: folded forms and case rules. */
export function surfaceWords(text: string): SurfaceWords {
  const words = tokenize(text);
  return { folds: words.map((w) => w.fold), rules: words.map((w) => caseRuleOf(w.raw)) };
}

/** The words of a text as objects (dictionary names; tests). */
export function tokenize(text: string): FoldedToken[] {
  // A fresh flat copy of the name: names come as every kind of string V8 makes (sliced, cons,
  // internalized), and scanning them all would leave scan()'s reads megamorphic for the sentences after.
  const t = new Tokens(text.split('').join(''));
  const out: FoldedToken[] = [];
  for (let i = 0; i < t.length; i++) out.push({ start: t.starts[i]!, end: t.ends[i]!, raw: t.raw(i), fold: t.folds[i]! });
  return out;
}
