/** What the dictionary coder reads and gives. */
import type { VerbBlock, VerbCode, VerbEntry, VerbPattern } from '../../knowledge/petrarch/index.js';
import type { VerbRef } from './_index.js';

/** A word of a sentence as the coder sees it. */
export interface Word {
  /** Upper-case text (`GAVE`). */
  upper: string;
  /** Upper-case lemma (`GIVE`). */
  lemma: string;
  /** Universal POS tag (wink-nlp). */
  pos: string;
  /** `upper` as the stage's tables know it (`WordForms`), so a look-up of it costs no hashing; absent in hand-made words. */
  upperForm?: WordForm;
  /** `lemma` likewise. */
  lemmaForm?: WordForm;
}

/**
 * An upper-case word with what the stage's tables hold of it, worked out once per extractor: the
 * verbs it is a form of, its number among the words the verb patterns name, its number in the actor table.
 */
export interface WordForm {
  upper: string;
  /** The verb dictionaries' entries of this form (`VerbIndex.forms`). */
  verbs: readonly VerbRef[] | undefined;
  /** Its number in `VerbIndex.vocabulary`, -1 if no pattern names it. */
  pattern: number;
  /** The phrase table `actor` was looked up in (null: none yet). */
  actorTable: object | null;
  /** Its number among that table's words, -1 if none. */
  actor: number;
}

/**
 * An actor named in the sentence: the words it spans (end exclusive) and its codes — one, or several
 * for a compound written with `/` — already resolved for the sentence's date.
 */
export interface ActorSpan {
  start: number;
  end: number;
  codes: string[];
  /** Whatever the caller needs to find the mention again (an index into its own list). */
  ref: number;
}

/** An event the dictionaries code: source and target spans, the code, and the entry that gave it. */
export interface CodedEvent {
  source: ActorSpan;
  target: ActorSpan;
  code: string;
  /** The verb's index in the sentence. */
  verbAt: number;
  verb: VerbEntry;
  block: VerbBlock;
  /** The pattern that matched, or null when the verb's own (or its block's) code applied. */
  pattern: VerbPattern | null;
  /** True when the code is the reverse half of a `[a:b]` code (target acting back on source). */
  reverse: boolean;
}

export type { VerbCode };
