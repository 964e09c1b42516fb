/**
 * What the segmenter needs to know about a token's text — its lower case, its lemma for a part of
 * speech, whether it can end or open a sentence — worked out once per distinct text and remembered.
 * A document repeats its words; asking wink-nlp for every token's lemma and testing every token
 * against the boundary patterns again cost a third of the segment stage.
 *
 * A lemma depends only on the token's text and part of speech (wink-nlp looks it up or lemmatises
 * the text for the tag), except for the parts of a contraction ("won't" → "wo" + "n't"), whose lemma
 * wink keeps per token: those are never remembered.
 */

export interface Lexeme {
  text: string;
  lower: string;
  /** Only white space: wink's line-break tokens, dropped by the segmenter. */
  blank: boolean;
  /** Ends a sentence: . ! ? or ..., or a word with a final full stop ("U.S.", "etc."), not "5.". */
  terminal: boolean;
  /** A closing quote or bracket, which stays with the sentence it closes. */
  closer: boolean;
  /** May open a sentence after a full stop: a capital, a digit, a quote or bracket, a list mark. */
  opener: boolean;
  /** Letters only (wink cuts words at letters outside Latin-1: such parts are joined again). */
  letters: boolean;
  /** ASCII letters and digits only. */
  plain: boolean;
  /** The lower-cased lemma for the first part of speech met (most words are met with one)… */
  pos: string | undefined;
  lemma: string;
  /** …and for the others, filled as they are met. */
  otherLemmas: Map<string, string> | undefined;
}

const TERMINAL = /^(?:[.!?]+|\.\.\.)$/;
const CLOSER = /^["')\]]+$/;
const OPENER = /^[\p{Lu}\p{N}"'(\[-]/u;
/** Letters only. */
export const LETTERS = /^\p{L}+$/u;
const PLAIN = /^[A-Za-z0-9]+$/;

/**
 * Lexemes by wink-nlp's id for their text (`its.uniqueId`: the index of the text in the tagger's
 * lexicon, fixed for the life of the process). An array read is much cheaper than hashing the
 * token's text into a map, and the token texts need not be read out of wink at all once known.
 * Ids are those of the one tagger instance the segmenter uses (`winkTagger`).
 */
let byId: (Lexeme | undefined)[] = [];
let count = 0;
/** Enough for the vocabulary of a large corpus; past it the memory starts again rather than grow. */
const MAX_LEXEMES = 200_000;

/** The lexeme of wink's lexeme id, if met before. */
export function knownLexeme(id: number): Lexeme | undefined {
  return byId[id];
}

/** Work out and remember the lexeme of wink's lexeme id, whose text is `text`. */
export function newLexeme(id: number, text: string): Lexeme {
  if (count >= MAX_LEXEMES) {
    byId = [];
    count = 0;
  }
  // Grow the array densely: a write far past its end would turn it into a slow dictionary.
  while (byId.length <= id) byId.push(undefined);
  const x: Lexeme = {
    text,
    lower: text.toLowerCase(),
    blank: text.trim() === '',
    terminal: TERMINAL.test(text) || (text.length > 1 && text.endsWith('.') && !/^\d/.test(text)),
    closer: CLOSER.test(text),
    opener: OPENER.test(text),
    letters: LETTERS.test(text),
    plain: PLAIN.test(text),
    pos: undefined,
    lemma: '',
    otherLemmas: undefined,
  };
  byId[id] = x;
  count++;
  return x;
}

/** The remembered lower-cased lemma of a lexeme for a part of speech, or undefined. */
export function knownLemma(x: Lexeme, pos: string): string | undefined {
  return x.pos === pos ? x.lemma : x.otherLemmas?.get(pos);
}

/** wink-nlp's lemma of a token of lexeme `x`, in lower case (the lexeme's own lower case where equal). */
export function lowerLemma(x: Lexeme, raw: string): string {
  return raw === x.lower ? x.lower : raw.toLowerCase();
}

/** Lower-case wink-nlp's lemma of a lexeme for a part of speech and remember it. */
export function rememberLemma(x: Lexeme, pos: string, raw: string): string {
  const lemma = lowerLemma(x, raw);
  if (x.pos === undefined) {
    x.pos = pos;
    x.lemma = lemma;
  } else {
    (x.otherLemmas ??= new Map()).set(pos, lemma);
  }
  return lemma;
}
