/**
 * Shares written without a percent sign: a fraction of a group ("a third of those over 65",
 * "two-thirds of voters", "half of respondents") and a ratio ("eight in ten", "one out of four").
 * Each is read as a percentage, rounded to one decimal (a third is 33.3 %).
 */
import type { SentenceView } from '../grammar/index.js';
import { parseNumberWord, parseNumeral } from './_number.js';
import type { IndicatorVocabulary } from './_vocabulary.js';

/** A share found in a sentence: its tokens and its value in percent. */
export interface Share {
  /** First and last token of the share as written ("two - thirds", "eight in ten"). */
  first: number;
  last: number;
  value: number;
}

const percentOf = (n: number, d: number): number => Math.round((n / d) * 1000) / 10;

/** A number at token k, as digits or words. */
export function numberAt(view: SentenceView, k: number, v: IndicatorVocabulary): number | null {
  const t = view.tokens[k];
  if (!t) return null;
  return parseNumeral(t.text) ?? parseNumberWord(t.lower, v.numberWords);
}

/**
 * Is the group after "of" at token `of` a group the text names, not a stretch of time ("half of
 * 2019", "a quarter of a century") nor a pronoun for a figure already given ("more than half of it")?
 */
function groupFollows(view: SentenceView, of: number, v: IndicatorVocabulary, isDate: (i: number) => boolean): boolean {
  if (view.lemmas[of] !== 'of') return false;
  let i = of + 1;
  while (view.tokens[i]?.pos === 'DET') i++;
  const t = view.tokens[i];
  return t !== undefined && t.pos !== 'PRON' && t.pos !== 'PUNCT' && !isDate(i) && !v.notUnits.has(view.lemmas[i] ?? '');
}

/** "a third of …", "two-thirds of …", "two thirds of …", "half of …" starting at token k. */
function fractionAt(view: SentenceView, k: number, v: IndicatorVocabulary, isDate: (i: number) => boolean): Share | null {
  const t = view.tokens[k];
  if (!t) return null;
  const own = v.fractions.get(view.lemmas[k] ?? '');
  // A half needs no article ("half of voters"), unless it is a half of something else ("the first half of").
  if (own === 2) {
    const before = view.tokens[k - 1];
    const counted = before && (before.pos === 'DET' || before.pos === 'ADJ' || before.pos === 'NUM');
    return !counted && groupFollows(view, k + 1, v, isDate) ? { first: k, last: k, value: percentOf(1, own) } : null;
  }
  // "two-thirds" as one token.
  const [num, frac, ...rest] = t.lower.split('-');
  if (frac !== undefined && rest.length === 0) {
    const n = parseNumberWord(num ?? '', v.numberWords);
    const d = v.fractions.get(frac.replace(/s$/, ''));
    return n !== null && d !== undefined && n < d && groupFollows(view, k + 1, v, isDate) ? { first: k, last: k, value: percentOf(n, d) } : null;
  }
  const n = v.fractionArticles.has(t.lower) ? 1 : numberAt(view, k, v);
  if (n === null) return null;
  const at = view.tokens[k + 1]?.text === '-' ? k + 2 : k + 1;
  const d = v.fractions.get(view.lemmas[at] ?? '');
  return d !== undefined && n < d && groupFollows(view, at + 1, v, isDate) ? { first: k, last: at, value: percentOf(n, d) } : null;
}

/** "eight in ten", "one out of four" starting at token k. */
function ratioAt(view: SentenceView, k: number, v: IndicatorVocabulary, isDate: (i: number) => boolean): Share | null {
  const n = numberAt(view, k, v);
  if (n === null) return null;
  for (const words of v.shareOf) {
    if (!words.every((w, j) => view.lemmas[k + 1 + j] === w)) continue;
    const at = k + 1 + words.length;
    const d = numberAt(view, at, v);
    // "one in five years" counts time, not a group; "2 in 2019" is a date.
    if (d === null || n >= d || d > 100 || isDate(at) || v.notUnits.has(view.lemmas[at + 1] ?? '')) return null;
    return { first: k, last: at, value: percentOf(n, d) };
  }
  return null;
}

/** The share written at token k, or null. */
export function shareAt(view: SentenceView, k: number, v: IndicatorVocabulary, isDate: (i: number) => boolean): Share | null {
  return fractionAt(view, k, v, isDate) ?? ratioAt(view, k, v, isDate);
}
