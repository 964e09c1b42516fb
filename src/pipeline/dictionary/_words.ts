/** The coder's view of a segmented sentence's tokens. */
import type { Token } from '../types.js';
import type { Word } from './_types.js';

/**
 * The sentence's words in the dictionaries' upper case. Most words are their own lemma: their one
 * upper-case string serves as both (half the strings a sentence would otherwise make).
 */
export function wordsOf(tokens: readonly Token[]): Word[] {
  const words = new Array<Word>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const upper = t.text.toUpperCase();
    words[i] = { upper, lemma: t.lemma === t.lower ? upper : t.lemma.toUpperCase(), pos: t.pos };
  }
  return words;
}
