/**
 * Folding and tokenising for name matching: the gazetteer folds its names and the actors stage folds
 * the text with the same functions, so "Vucic" meets "Vučić", "Pristina" meets "Priština" and
 * "Београд" meets "Beograd" without a rule per spelling.
 */

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
/** Folded forms of the non-ASCII words seen so far: names repeat, and NFD is the costly part. */
const folded = new Map<string, string>();
const FOLD_CACHE_MAX = 50_000;

/** Case- and diacritic-folded form of a word: lower case, marks dropped, Cyrillic transliterated. */
export function fold(word: string): string {
  if (ASCII.test(word)) {
    const lower = word.toLowerCase();
    return lower.includes('`') ? lower.replace(APOSTROPHES, "'") : lower;
  }
  const hit = folded.get(word);
  if (hit !== undefined) return hit;
  const lower = word.toLowerCase().replace(APOSTROPHES, "'");
  let s = lower.normalize('NFD').replace(MARKS, '');
  if (!ASCII.test(s)) s = s.replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c);
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

/** True for a letter, mark or digit (ASCII answered without a regular expression). */
function isWordChar(code: number, ch: string): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return WORD_CHAR.test(ch);
}

function isSpace(code: number, ch: string): boolean {
  return code === 32 || (code >= 9 && code <= 13) || (code >= 128 && SPACE.test(ch));
}

const isApostrophe = (code: number): boolean => code === 39 || code === 0x2019 || code === 0xb4 || code === 0x60;

/**
 * Words (runs of letters, marks and digits), a possessive `'s` as its own token, and every other
 * non-space character alone. The same function splits dictionary names and sentences. A hand-written
 * scanner: this runs on every sentence, and Unicode-class regular expressions cost several times more.
 */
export function tokenize(text: string): FoldedToken[] {
  const out: FoldedToken[] = [];
  const n = text.length;
  // Lower-casing the sentence once serves every ASCII word (when it keeps the offsets, as it does
  // but for a few letters such as "İ").
  const lowered = text.toLowerCase();
  const sameOffsets = lowered.length === n;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const ch = text[i]!;
    if (isSpace(code, ch)) {
      i++;
      continue;
    }
    let j = i + 1;
    let ascii = code < 128;
    if (isWordChar(code, ch)) {
      for (; j < n; j++) {
        const c = text.charCodeAt(j);
        if (!isWordChar(c, text[j]!)) break;
        if (c >= 128) ascii = false;
      }
    } else if (isApostrophe(code) && (text.charCodeAt(j) === 115 || text.charCodeAt(j) === 83)) {
      // 's closes a possessive only where no letter follows ('s, not 'sdfg).
      if (j + 1 >= n || !isWordChar(text.charCodeAt(j + 1), text[j + 1]!)) j++;
    } else if (code >= 0xd800 && code <= 0xdbff && j < n) {
      j++; // keep a surrogate pair together
    }
    const raw = text.slice(i, j);
    out.push({ start: i, end: j, raw, fold: ascii && sameOffsets && code !== 96 ? lowered.slice(i, j) : fold(raw) });
    i = j;
  }
  return out;
}

/** True for the possessive token `'s`. */
export function isPossessive(t: FoldedToken | undefined): boolean {
  return t !== undefined && t.fold === "'s";
}
