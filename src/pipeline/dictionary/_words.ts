/** The coder's view of a segmented sentence's tokens. */
import type { Token } from '../types.js';
import type { VerbIndex } from './_index.js';
import type { Word, WordForm } from './_types.js';

/**
 * A sentence's word made by a constructor rather than an object literal: V8 tracks a literal's
 * allocations for pretenuring (a memento behind each young one), which made the literal the dearest
 * line of the stage's own work; instances of one class also share one shape.
 */
class FormedWord implements Word {
  constructor(
    public upper: string,
    public lemma: string,
    public pos: string,
    public upperForm: WordForm,
    public lemmaForm: WordForm,
  ) {}
}

/** Enough for the vocabulary of a large corpus; past it the memory starts again rather than grow. */
const MAX_FORMS = 200_000;

/**
 * The words met by one coder, each with what its tables hold of it (`WordForm`): a word is upper-cased
 * and hashed once here (a document repeats its words), and the verb index, the patterns' words and the
 * actor table are then read through the form. Most words are their own lemma: one form serves as both.
 */
export class WordForms {
  private forms = new Map<string, WordForm>();

  constructor(private readonly index: VerbIndex) {}

  /** The form of text or lemma `s`. */
  of(s: string): WordForm {
    let f = this.forms.get(s);
    if (f === undefined) {
      if (this.forms.size >= MAX_FORMS) this.forms = new Map();
      const upper = s.toUpperCase();
      f = { upper, verbs: this.index.forms.get(upper), pattern: this.index.vocabulary.get(upper) ?? -1, actorTable: null, actor: -1 };
      this.forms.set(s, f);
    }
    return f;
  }

  /** The sentence's words in the dictionaries' upper case, with their forms. */
  wordsOf(tokens: readonly Token[]): Word[] {
    const words = new Array<Word>(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      const upperForm = this.of(t.text);
      const lemmaForm = t.lemma === t.lower ? upperForm : this.of(t.lemma);
      words[i] = new FormedWord(upperForm.upper, lemmaForm.upper, t.pos, upperForm, lemmaForm);
    }
    return words;
  }
}
