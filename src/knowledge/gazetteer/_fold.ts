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

/** Case- and diacritic-folded form of a word: lower case, marks dropped, Cyrillic transliterated. */
export function fold(word: string): string {
  const lower = word.toLowerCase().replace(APOSTROPHES, "'");
  let s = lower.normalize('NFD').replace(/\p{M}/gu, '');
  if (/[^\x00-\x7f]/.test(s)) s = s.replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c);
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

/**
 * Words (runs of letters, marks and digits), a possessive `'s` as its own token, and every other
 * non-space character alone. The same function splits dictionary names and sentences.
 */
const TOKEN = /[\p{L}\p{M}\p{N}]+|['\u2019\u00b4`]s(?![\p{L}\p{N}])|\S/gu;

export function tokenize(text: string): FoldedToken[] {
  const out: FoldedToken[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const raw = m[0];
    out.push({ start: m.index, end: m.index + raw.length, raw, fold: fold(raw) });
  }
  return out;
}

/** True for the possessive token `'s`. */
export function isPossessive(t: FoldedToken | undefined): boolean {
  return t !== undefined && t.fold === "'s";
}
