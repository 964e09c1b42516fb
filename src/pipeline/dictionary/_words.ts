/** The coder's view of a segmented sentence's tokens. */
import type { Token } from '../types.js';
import type { VerbIndex } from './_index.js';
import type { Word, WordForm } from './_types.js';

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

/**
 * The words met by one stage, each with what its tables hold of it (`WordForm`): a word is hashed once
 * here, and the verb index, the patterns' words and the actor table are then read through the form.
 */
export class WordForms {
  private forms = new Map<string, WordForm>();

  constructor(private readonly index: VerbIndex) {}

  /** The form of text or lemma `s`. */
  of(s: string): WordForm {
    let f = this.forms.get(s);
    if (f === undefined) {
      // Enough for the vocabulary of a large corpus; past it the memory starts again rather than grow.
      if (this.forms.size >= MAX_UPPERS) this.forms = new Map();
      const upper = s.toUpperCase();
      f = { upper, verbs: this.index.forms.get(upper), pattern: this.index.vocabulary.get(upper) ?? -1, actorTable: null, actor: -1 };
      this.forms.set(s, f);
    }
    return f;
  }

  /** The sentence's words, as `wordsOf` gives them, with their forms. */
  wordsOf(tokens: readonly Token[]): Word[] {
    const words = new Array<Word>(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      const upperForm = this.of(t.text);
      const lemmaForm = t.lemma === t.lower ? upperForm : this.of(t.lemma);
      words[i] = { upper: upperForm.upper, lemma: lemmaForm.upper, pos: t.pos, upperForm, lemmaForm };
    }
    return words;
  }
}
