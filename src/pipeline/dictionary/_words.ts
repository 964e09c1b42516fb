/** The coder's view of a segmented sentence's tokens. */
import type { Token } from '../types.js';
import type { Word } from './_types.js';

export function wordsOf(tokens: readonly Token[]): Word[] {
  return tokens.map((t) => ({ upper: t.text.toUpperCase(), lemma: t.lemma.toUpperCase(), pos: t.pos }));
}
