/**
 * The historical present of chronologies and headlines ("Macedonia signs the SAA", "Iceland and the
 * EU open accession negotiations"): the tagger often reads such a verb as a noun or an adjective
 * after a proper name. A token reads as a verb here when an actor ends right before it and an object
 * starts right after it.
 */
import type { SentenceView } from '../grammar/index.js';

/** Parts of speech an object may start with ("signs the SAA", "grants Iceland", "opens its …"). */
const OBJECT_START = new Set(['DET', 'PROPN', 'PRON', 'NUM']);

/** Is the token at `k` the clause's verb in the present tense, whatever the tagger said? */
export function readsAsVerb(view: SentenceView, k: number): boolean {
  const t = view.tokens[k];
  if (!t) return false;
  if (t.pos === 'VERB') return true;
  if (t.pos !== 'NOUN' && t.pos !== 'ADJ') return false;
  const next = view.tokens[k + 1];
  if (!next) return false;
  const before = view.actorAt[k - 1] ?? -1;
  if (before < 0 || view.actors[before]?.last !== k - 1) {
    // "The allies sign the accession protocols": a plural noun subject, a determiner after.
    const prev = view.tokens[k - 1];
    return prev?.pos === 'NOUN' && prev.lower.endsWith('s') && view.tokens[k - 2]?.pos === 'DET' && (next.pos === 'DET' || next.pos === 'PRON');
  }
  if (OBJECT_START.has(next.pos) || (view.actorAt[k + 1] ?? -1) >= 0) return true;
  return view.instruments.some((im) => im.first === k + 1);
}

/**
 * A chronology's entry opens with a capital ("| Opening of accession talks |", "Accession to NATO."):
 * the tagger reads the word as a proper name. The token at `k` reads as a noun when it is tagged a
 * noun, or is a proper name that opens its sentence or cell and names no actor.
 */
export function readsAsNoun(view: SentenceView, k: number): boolean {
  const t = view.tokens[k];
  if (!t) return false;
  if (t.pos === 'NOUN') return true;
  if (t.pos !== 'PROPN' || (view.actorAt[k] ?? -1) >= 0) return false;
  const prev = view.tokens[k - 1];
  return prev === undefined || prev.pos === 'PUNCT' || prev.pos === 'SYM';
}
