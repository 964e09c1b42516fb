/**
 * What the TABARI/PETRARCH dictionaries hold once read: plain JSON (the compiled form is cached as
 * JSON, see `load.ts`), every entry carrying the file and line it came from, so an event coded with it
 * can name its source.
 */

/** Where an entry was read: the file's name (not its path) and the 1-based line. */
export interface Source {
  file: string;
  line: number;
}

/**
 * One element of a noun phrase in a pattern: a word, a synset (`&CURRENCY`), the source (`$`), the
 * target (`+`), a compound actor (`%`) or "any words" (`^`). `joined` marks an element written with `_`
 * before it: it must follow the previous one directly.
 */
export type Term =
  | { kind: 'word'; word: string; joined?: true }
  | { kind: 'synset'; name: string; joined?: true }
  | { kind: 'source'; joined?: true }
  | { kind: 'target'; joined?: true }
  | { kind: 'compound'; joined?: true }
  | { kind: 'skip'; joined?: true };

/** A noun phrase (`RELIEF`, `{FINANCIAL AID}`: the last term is the head) or a prepositional phrase. */
export type PatternPart =
  | { kind: 'noun'; terms: Term[] }
  | { kind: 'prep'; prep: string; nouns: Term[][] };

/**
 * An event code as a pattern gives it: `[042:043]` is 042 from source to target and 043 from target
 * back to source; `[---]` (null) codes nothing; `[:190]` only the reverse.
 */
export interface VerbCode {
  /** Source → target, or null. */
  forward: string | null;
  /** Target → source, or null. */
  reverse: string | null;
}

/** A `- pre * post [code]` line of a verb block. */
export interface VerbPattern {
  /** Parts before the verb, in the order written. */
  pre: PatternPart[];
  /** Parts after the verb, in the order written. */
  post: PatternPart[];
  code: VerbCode;
  /** The pattern as written (without its comment), for an event's `rule`. */
  text: string;
  source: Source;
}

/** A verb of a block: its forms (regular ones generated), the words of a multi-word verb around it. */
export interface VerbEntry {
  /** The primary form as written (`GIVE`, `+CORDON_OFF`). */
  primary: string;
  /** Every form of the verb word itself, upper case (`GIVE GAVE GIVEN GIVING GIVES`). */
  forms: string[];
  /** Words that must come directly before the verb word (`WIRE` of `WIRE_+TAP`). */
  before: string[];
  /** Words that must come directly after it (`OFF` of `+CORDON_OFF`). */
  after: string[];
  /** Its own code, else the block's. */
  code: VerbCode;
  source: Source;
}

/** A `--- NAME [code] ---` block: synonymous verbs sharing one list of patterns. */
export interface VerbBlock {
  name: string;
  code: VerbCode;
  verbs: VerbEntry[];
  patterns: VerbPattern[];
  source: Source;
}

/** A `~ a (a b ATTACK) SAY = a b 015` line: what a verb acting on another verb's event becomes. */
export interface VerbTransformation {
  text: string;
  source: Source;
}

export interface VerbDictionary {
  /** Synset name (with `&`) → its phrases, each a list of words (plurals generated). */
  synsets: Record<string, string[][]>;
  blocks: VerbBlock[];
  transformations: VerbTransformation[];
}

/** A code with the dates it holds for (inclusive ISO days; null = open). */
export interface DatedCode {
  code: string;
  from: string | null;
  to: string | null;
}

/** An actor: its phrases (the primary one first, then `+` synonyms), its default and dated codes. */
export interface ActorEntry {
  /** Each phrase as its words, upper case. */
  phrases: string[][];
  /** The code outside any date restriction (`[AFG]` on the primary line or an undated `\t[AFGELI]`). */
  code: string | null;
  dated: DatedCode[];
  source: Source;
}

/** An agent word: `AMBASSADOR [~GOV]` adds GOV after the actor's code; `[NGO~]` puts it before. */
export interface AgentEntry {
  phrase: string[];
  code: string;
  /** 'after' for `~CODE`, 'before' for `CODE~`. */
  place: 'after' | 'before';
  source: Source;
}

/** A discard phrase: a sentence (or, with `+`, the whole story) containing it is not coded. */
export interface DiscardEntry {
  phrase: string[];
  story: boolean;
  /** Ends with `_`: the last word must be whole; otherwise it is a stem. */
  whole: boolean;
  source: Source;
}
