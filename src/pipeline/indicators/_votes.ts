/**
 * A vote's two tallies: "voted 301 to 42", "by a vote of 75-22". Each tally is a figure in votes, the
 * first for the motion, the second against it ("by 188 votes to 8" is a count of votes, read as such). A number is a tally only where
 * a word of voting stands just before it or right after it, so "rose from 40 to 45" stays a change.
 */
import type { SentenceView } from '../grammar/index.js';
import type { Figure } from './_figure.js';
import { parseNumeral } from './_number.js';
import type { IndicatorVocabulary } from './_vocabulary.js';

/** How far before the first tally a word of voting may stand ("voted on Tuesday 301 to 42" is too far). */
const VOTE_REACH = 3;
const PAIR = /^(\d[\d,]*)[-\u2013](\d[\d,]*)$/;

function tally(k: number, value: number, unit: string, metric: string): Figure {
  return { first: k, last: k, value, unit, spanFirst: k, spanLast: k, unitFirst: k + 1, unitLast: k, qualifier: null, low: null, metric };
}

/** Is a word of voting among the few tokens before token k ("voted", "a vote of")? */
function voteBefore(view: SentenceView, k: number, v: IndicatorVocabulary): boolean {
  for (let i = k - 1; i >= Math.max(0, k - VOTE_REACH); i--) {
    if (view.soft[i]) return false;
    if (v.votes.words.has(view.lemmas[i] ?? '')) return true;
  }
  return false;
}

/** The two tallies of a vote starting at token k, or null. */
export function votesAt(view: SentenceView, k: number, v: IndicatorVocabulary): Figure[] | null {
  const t = view.tokens[k];
  if (!t) return null;
  const { unit, metrics } = v.votes;
  // "by a vote of 75-22": both tallies in one token.
  const pair = PAIR.exec(t.text);
  if (pair) {
    const a = parseNumeral(pair[1] ?? '');
    const b = parseNumeral(pair[2] ?? '');
    if (a === null || b === null || !voteBefore(view, k, v)) return null;
    return [tally(k, a, unit, metrics.for), tally(k, b, unit, metrics.against)];
  }
  const a = parseNumeral(t.text);
  if (a === null) return null;
  // "voted 301 to 42"; "by 188 votes to 8" is read as its first tally, a count of votes.
  if (!v.votes.joining.has(view.lemmas[k + 1] ?? '') || !voteBefore(view, k, v)) return null;
  const second = view.tokens[k + 2];
  const b = second ? parseNumeral(second.text) : null;
  if (b === null) return null;
  // "rose from 40 to 45 percent" after a vote is no tally.
  if (/^(?:NOUN|NUM|SYM)$/.test(view.tokens[k + 3]?.pos ?? '')) return null;
  return [tally(k, a, unit, metrics.for), tally(k + 2, b, unit, metrics.against)];
}
