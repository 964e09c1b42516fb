/**
 * What the pipeline's stages hand each other. A document flows
 * normalise → segment → dates → actors → grammar → (events, milestones, indicators); each stage reads the
 * context the earlier ones filled and adds its own part. Offsets inside the pipeline are offsets into
 * `ctx.text` (the normalised text); `ctx.offsets.toOriginal` turns them into offsets of the original,
 * which is what evidence always carries.
 */
import type { ActorKind, DateInterval, DocumentInfo, DyadEvent, Indicator, Milestone } from '../core/model.js';
import type { SentenceDating } from './dates/index.js';
import type { DocumentGrammar } from './grammar/index.js';

/** Maps offsets in the normalised text back to the original text. */
export interface OffsetMap {
  /** Offset in the original for an offset (0..length inclusive) in the normalised text. */
  toOriginal(offset: number): number;
}

export interface Token {
  /** Offsets into ctx.text. */
  start: number;
  end: number;
  text: string;
  /** Lower-cased text. */
  lower: string;
  /** Lemma (wink-nlp), lower case. */
  lemma: string;
  /** Universal POS tag from wink-nlp: NOUN, PROPN, VERB, AUX, ADP, DET, NUM, PUNCT, … */
  pos: string;
  /** True where the token is followed by white space in the text. */
  spaceAfter: boolean;
  /**
   * True where the token is ASCII letters and digits only and `text` is the text's own at
   * [start, end): a later stage may take `lower` as the text's lower case without reading it again.
   */
  plain?: boolean;
}

export interface Sentence {
  index: number;
  /** Offsets into ctx.text. */
  start: number;
  end: number;
  text: string;
  tokens: Token[];
}

/** A date expression found in a sentence. */
export interface DateMention {
  sentence: number;
  /** Offsets into ctx.text. */
  start: number;
  end: number;
  text: string;
  interval: DateInterval;
  /** Which rule found it (`chrono`, `season`, `late-year`, `period`, `decade-after`, …). */
  rule: string;
  /** True where the expression is relative ("the following year") and was resolved from context. */
  relative: boolean;
}

/** What a named span is in the sentence. */
export type MentionRole = 'actor' | 'location';

export type { ActorKind } from '../core/model.js';

/** A span naming an actor (or a place) in a sentence, resolved to its principal. */
export interface ActorMention {
  sentence: number;
  /** Offsets into ctx.text. */
  start: number;
  end: number;
  text: string;
  /** The dictionary entry (`SRB`, `NATO`, `person:jens-stoltenberg`, `role:nato-secretary-general`…). */
  entryId: string;
  kind: ActorKind;
  /** The principal it acts for at the sentence's date (`SRB`, `NATO`…), null when unresolved. */
  principal: string | null;
  role: MentionRole;
  /** The canonical name, for display (`Jens Stoltenberg`). */
  name: string;
  /** The part of the principal that acts, where the words say (`police` for "Kenyan police", `rebels`). */
  sector?: string;
}

/** One side of the relationship a document is about. */
export interface SubjectSide {
  principal: string;
  /** The canonical name, for display. */
  name: string;
  /** The principal is a country, not an organisation. */
  country: boolean;
}

/** The relationship a document's title or first heading names ("Timeline of EU–Albania relations"). */
export interface DocumentSubject {
  /** The heading it was read from. */
  heading: string;
  /** The two sides, in the order the heading names them. */
  sides: [SubjectSide, SubjectSide];
}

/** The state a document is in as it passes through the stages. */
export interface DocumentContext {
  /** The text as read (BOM dropped): evidence offsets point here. */
  original: string;
  /** The normalised text: stages work on this. */
  text: string;
  offsets: OffsetMap;
  info: DocumentInfo;
  /** The published date as an interval, the anchor for relative dates; null when unknown. */
  published: DateInterval | null;
  /**
   * The relationship the document's title names (null when none): told by the caller for a later piece
   * of a long document, whose top only the first piece holds; else undefined until the subject stage reads it.
   */
  subject: DocumentSubject | null | undefined;
  sentences: Sentence[];
  dates: DateMention[];
  /** Per sentence index: the date the narrative stands at there (inherited where it refers back). */
  sentenceDates: (DateInterval | null)[];
  /**
   * Per sentence index: how the dates stage read the sentence (its mentions, their roles, its
   * clauses), which `dateForSpan` reads to date a clause. Empty until the dates stage has run.
   */
  datings: SentenceDating[];
  /**
   * Per class of event noun (`sameEvents` of data/dates/vocabulary.yaml): the one date the document
   * gives events of that class, null where it gives several. Worked out from `dates` on first use.
   */
  sameEventDates: Map<number, DateInterval | null> | null;
  actors: ActorMention[];
  /** What the grammar stage read in the sentences (null until it has run). */
  grammar: DocumentGrammar | null;
  events: DyadEvent[];
  milestones: Milestone[];
  indicators: Indicator[];
  warnings: string[];
}

/** A stage reads the context and adds its part to it. */
export type Stage = (ctx: DocumentContext) => void;

/** Picks the date of the clause that states something (`dateForSpan` of the dates stage). */
export type DateFor = (ctx: DocumentContext, sentence: number, start: number, end: number) => DateInterval | null;

/**
 * What became of one event rule or dictionary pattern tried at a word, told by the events and
 * dictionary stages to a trace (the peer scorer's account of why a coding was missed):
 *  - `read`: it gave an event;
 *  - `unmet`: its own conditions (the words it needs before or after) did not hold;
 *  - `parties`: its source or target was not found, or both were one principal;
 *  - `held`: it was kept from being an event by `gate` (negated, modal, conditional, a participle's
 *    clause, a background, a discarded sentence…), its parties found where that could be told.
 */
export interface RuleTrial {
  stage: 'events' | 'dictionary';
  sentence: number;
  /** The codes it would give: its own and, for an act said under a statement, the statement's. */
  codes: readonly string[];
  outcome: 'read' | 'unmet' | 'parties' | 'held';
  gate?: string;
}

/** Told each rule or pattern tried, as it is tried. */
export type RuleTrace = (trial: RuleTrial) => void;
