/**
 * A step's own date in its predicate: "Georgia joined the PfP in March 1994 and agreed its first
 * IPAP in October 2004" dates the IPAP by the date that follows its verb, before any other verb of
 * the sentence, not by the date the sentence opened with.
 */
import type { DateInterval } from '../../core/model.js';
import type { SentenceView } from '../grammar/index.js';
import type { DocumentContext } from '../types.js';

/** The date mentions of each sentence, in text order. */
export function datesBySentence(ctx: DocumentContext): DocumentContext['dates'][] {
  const out: DocumentContext['dates'][] = ctx.sentences.map(() => []);
  for (const d of ctx.dates) out[d.sentence]?.push(d);
  return out;
}

/** "takes effect", "entered into force": a predicate that only says from when the step holds. */
function inEffect(view: SentenceView, k: number): boolean {
  const l = view.lemmas[k];
  return (l === 'take' && view.lemmas[k + 1] === 'effect') || ((l === 'enter' || l === 'come') && view.lemmas[k + 1] === 'into');
}

/** "the revised agreement", "entered into force": a verb form that starts no predicate of its own. */
function adjectival(view: SentenceView, k: number): boolean {
  const next = view.tokens[k + 1]?.pos;
  return next === 'NOUN' || next === 'PROPN' || inEffect(view, k);
}

/**
 * The first date after the status word at token `at` and before the next verb or sentence part:
 * its own, where the sentence names one there; else null.
 */
export function dateAfterTrigger(view: SentenceView, at: number, dates: DocumentContext['dates']): DateInterval | null {
  if (dates.length === 0) return null;
  const from = view.tokens[at]?.end ?? 0;
  let until = Number.POSITIVE_INFINITY;
  for (let k = at + 1; k < view.tokens.length; k++) {
    const t = view.tokens[k];
    if (!t) break;
    // "accession to the WTO, which takes effect on 30 November": the step's own date, past the relative pronoun.
    if (view.hard[k] && inEffect(view, k + 1)) continue;
    if (view.hard[k] || t.text === '(' || (t.pos === 'VERB' && !adjectival(view, k))) {
      until = t.start;
      break;
    }
  }
  for (const d of dates) {
    if (d.start >= from && d.end <= until) return d.interval;
  }
  return null;
}
