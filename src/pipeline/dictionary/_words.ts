/** The coder's view of a segmented sentence's tokens. */
import type { Token } from '../types.js';
import type { Word } from './_types.js';

/**
 * Upper case of the texts and lemmas met, remembered: a document repeats its words, and a new string
 * per word and sentence was a twentieth of what the pipeline allocates. The same string for the same
 * word also hashes once for every set and map the coder looks it up in.
 */
let uppers = new Map<string, string>();
/** Enough for the vocabulary of a large corpus; past it the memory starts again rather than grow. */
const MAX_UPPERS = 200_000;

function upperOf(s: string): string {
  let u = uppers.get(s);
  if (u === undefined) {
    if (uppers.size >= MAX_UPPERS) uppers = new Map();
    u = s.toUpperCase();
    uppers.set(s, u);
  }
  return u;
}

/**
 * The sentence's words in the dictionaries' upper case. Most words are their own lemma: their one
 * upper-case string serves as both (half the strings a sentence would otherwise make).
 */
export function wordsOf(tokens: readonly Token[]): Word[] {
  const words = new Array<Word>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const upper = upperOf(t.text);
    words[i] = { upper, lemma: t.lemma === t.lower ? upper : upperOf(t.lemma), pos: t.pos };
  }
  return words;
}
