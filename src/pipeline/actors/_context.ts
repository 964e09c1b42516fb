/**
 * What the actors stage remembers across a document's sentences: the organisations named so far, the
 * countries' offices named so far and how often each country is named — the context in which bare
 * titles ("the Secretary General", "the Prime Minister") and common-noun names ("the Council") resolve.
 */
import type { DaySpan, RoleTitle, TitleEntry } from '../../knowledge/gazetteer/index.js';

/** What the document has named so far, most recent last: the context bare titles resolve in. */
export interface MentionContext {
  organisations: string[];
  /**
   * The document's published date: who held an office then, when nobody held it at the sentence's
   * own date (a sentence dated by the past it mentions: "regret for the victims of 1999").
   */
  published: DaySpan | null;
  /** The sentence being composed. */
  sentence: number;
  /** Countries' offices named so far ("the Georgian Prime Minister", "President Zelensky"), most recent last. */
  offices: Map<RoleTitle, { principal: string; sentence: number }[]>;
  /** Actor mentions per country so far: the document's topic. */
  countryCounts: Map<string, number>;
  /** The latest person, and the latest other actor, named with a principal: what "his", "its" point to. */
  lastPerson: { principal: string; sentence: number } | null;
  lastOther: { principal: string; sentence: number } | null;
}

/** A fresh context for one document. */
export function mentionContext(published: DaySpan | null): MentionContext {
  return {
    organisations: [], published, sentence: 0, offices: new Map(), countryCounts: new Map(), lastPerson: null, lastOther: null,
  };
}

/** A country's title named with no country and no known holder ("the Prime Minister said"). */
export interface BareTitle {
  title: TitleEntry;
  span: DaySpan;
  /** The text named the holder with a name no entry knows. */
  named: boolean;
}

/** How often, and how many times more often than any other, the topic country must be named. */
const TOPIC_MIN = 3;
const TOPIC_LEAD = 3;

/**
 * The country the document is about, where one clearly dominates it: named at least TOPIC_MIN times
 * and TOPIC_LEAD times as often as any other; otherwise null.
 */
export function dominantCountry(ctx: MentionContext): string | null {
  let top: string | null = null;
  let first = 0;
  let second = 0;
  for (const [c, n] of ctx.countryCounts) {
    if (n > first) [top, first, second] = [c, n, first];
    else if (n > second) second = n;
  }
  return top && first >= TOPIC_MIN && first >= TOPIC_LEAD * second ? top : null;
}
