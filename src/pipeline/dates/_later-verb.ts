/**
 * A date that belongs to a later verb of the trigger's object, not to the trigger: "accused Peru of
 * breaching the accords signed in 2011" (the signing's year, not the accusation's), "the treaty
 * ratified in 2004". A participle of a phrase the act happens at ("agreed at talks held in May 2013")
 * dates the act as well, and keeps its date.
 */
import type { Token } from '../types.js';

const NOUN_PHRASE = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PRON']);

/**
 * Is there, between the trigger ending at `end` and the date mention starting at `at` (ctx offsets),
 * a verb that the date is the date of: a participle right after the trigger's object ("the accords
 * signed in"), or a gerund hung on it by one of `links` ("of breaching … in")?
 */
export function laterVerbOwns(tokens: readonly Token[], end: number, at: number, links: ReadonlySet<string>): boolean {
  for (let v = 0; v < tokens.length; v++) {
    const t = tokens[v] as Token;
    if (t.start < end) continue;
    if (t.start >= at) return false;
    if (t.pos !== 'VERB' || t.lower === t.lemma) continue;
    const prev = tokens[v - 1];
    if (!prev) continue;
    // "of breaching the accords": a gerund after a linking preposition.
    if (t.lower.endsWith('ing')) {
      if (links.has(prev.lower)) return true;
      continue;
    }
    if (t.lower.endsWith('s')) continue;
    // "the accords signed in 2011": a participle after a noun, that noun's phrase the object of a verb or a link.
    if (prev.pos !== 'NOUN' && prev.pos !== 'PROPN') continue;
    let k = v - 1;
    while (k >= 0 && NOUN_PHRASE.has(tokens[k]?.pos ?? '') && (tokens[k]?.start ?? 0) >= end) k--;
    const head = tokens[k];
    if (!head) continue;
    if (head.start < end || head.pos === 'VERB' || links.has(head.lower)) return true;
  }
  return false;
}

/**
 * Is the date mention [start, end) attributive inside a noun phrase ("its 1998 transit agreement", "the
 * 2004 accord", "Lima's 2010 ruling"): a determiner or possessive before it, a noun or adjective after?
 * It dates the noun's thing, not a verb that takes the phrase ("suspended its 1998 agreement on Friday").
 */
export function attributiveDate(tokens: readonly Token[], start: number, end: number): boolean {
  let first = -1;
  for (let k = 0; k < tokens.length; k++) {
    if ((tokens[k]?.start ?? 0) >= start) {
      first = k;
      break;
    }
  }
  if (first <= 0) return false;
  let last = first;
  while (last + 1 < tokens.length && (tokens[last + 1]?.start ?? Infinity) < end) last++;
  const before = tokens[first - 1] as Token;
  const after = tokens[last + 1];
  const opens = before.pos === 'DET' || (before.pos === 'PRON' && before.lower !== 'it') || before.lower === "'s" || before.lower === '’s';
  return opens && after !== undefined && (after.pos === 'NOUN' || after.pos === 'ADJ' || after.pos === 'PROPN');
}
