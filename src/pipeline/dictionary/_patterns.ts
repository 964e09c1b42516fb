/**
 * Matching a verb pattern's parts against the words around the verb: noun phrases by their words in
 * order (a few words apart at most, `_`-joined ones adjacent), synsets by any of their phrases,
 * prepositional phrases by the preposition and then their nouns, `$` and `+` by an actor standing
 * there. Words match by their text or their lemma, so "ties" meets `TIE` and `TIES` (a verb only by its
text: "called" is no `CALL`).
 */
import type { PatternPart, Term } from '../../knowledge/petrarch/index.js';
import type { ActorSpan, Word } from './_types.js';

/** What a match found: how specific it was and which actors stood at `$` and `+`. */
export interface PartsMatch {
  /** Words, synsets and prepositions matched: the more, the more specific the pattern. */
  score: number;
  source: ActorSpan | null;
  target: ActorSpan | null;
  /** Where the last part matched ends (exclusive). */
  end: number;
}

export interface MatchContext {
  words: Word[];
  actorAt: (i: number) => ActorSpan | undefined;
  synsets: Map<string, string[][]>;
  /**
   * How many words after where the previous part ended (the verb, for the first) a part may begin,
   * a noun phrase with no preposition before it; unlimited when absent. Over running text a pattern's
   * words belong to the verb's own object and phrases, not to a later clause's.
   */
  reach?: number;
}

/** How far apart two words of one noun phrase may stand ("diplomatic ties", "full diplomatic ties"). */
const PHRASE_GAP = 3;
/** How far after its preposition a prepositional phrase's noun may stand. */
const PREP_REACH = 6;

/** A word as written, or by its lemma unless it is a verb: `CALL` is the noun "calls", not "called". */
function wordIs(w: Word | undefined, target: string): boolean {
  return !!w && (w.upper === target || (w.lemma === target && w.pos !== 'VERB'));
}

/** Where a term matching at `i` ends (exclusive), or -1. */
function termAt(ctx: MatchContext, t: Term, i: number, found: PartsMatch): number {
  switch (t.kind) {
    case 'word':
      return wordIs(ctx.words[i], t.word) ? i + 1 : -1;
    case 'synset': {
      for (const phrase of ctx.synsets.get(t.name) ?? []) {
        let ok = phrase.length > 0;
        for (let k = 0; k < phrase.length && ok; k++) ok = wordIs(ctx.words[i + k], phrase[k] ?? '');
        if (ok) return i + phrase.length;
      }
      return -1;
    }
    case 'source':
    case 'target':
    case 'compound': {
      const a = ctx.actorAt(i);
      if (!a || a.start !== i) return -1;
      if (t.kind === 'source') found.source = a;
      if (t.kind === 'target') found.target = a;
      return a.end;
    }
    case 'skip':
      return i;
  }
}

/** Match a phrase's terms starting in [from, to), ending by `limit`; returns its end or -1. */
function phraseFrom(ctx: MatchContext, terms: Term[], from: number, to: number, found: PartsMatch, limit = to): number {
  const first = terms[0];
  if (!first) return from;
  // The phrase starts before `to`; its later words may run on to `limit`.
  for (let i = from; i < to; i++) {
    let end = termAt(ctx, first, i, found);
    if (end < 0) continue;
    let ok = true;
    for (let k = 1; k < terms.length && ok; k++) {
      const t = terms[k];
      if (!t) break;
      ok = false;
      const reach = t.joined || t.kind === 'skip' ? 0 : PHRASE_GAP;
      for (let j = end; j <= Math.min(end + reach, limit - 1); j++) {
        const e = termAt(ctx, t, j, found);
        if (e >= 0) {
          end = e;
          ok = true;
          break;
        }
      }
    }
    if (ok) return end;
  }
  return -1;
}

function termsScore(terms: Term[]): number {
  let n = 0;
  for (const t of terms) if (t.kind === 'word' || t.kind === 'synset') n++;
  return n;
}

/**
 * Match parts in order within [from, to). Returns null when some part is missing.
 */
export function matchParts(ctx: MatchContext, parts: PatternPart[], from: number, to: number): PartsMatch | null {
  const found: PartsMatch = { score: 0, source: null, target: null, end: from };
  let cursor = from;
  for (const part of parts) {
    let until = ctx.reach === undefined ? to : Math.min(to, cursor + ctx.reach + 1);
    if (part.kind === 'noun') {
      // Within reach a noun phrase is the verb's own object: no preposition before it ("increased the
      // profile of its military relations" names no relations that were increased).
      if (ctx.reach !== undefined)
        for (let k = cursor; k < until; k++)
          if (ctx.words[k]?.pos === 'ADP') {
            until = k;
            break;
          }
      const end = phraseFrom(ctx, part.terms, cursor, until, found, to);
      if (end < 0) return null;
      found.score += termsScore(part.terms);
      cursor = end;
      continue;
    }
    // A prepositional phrase: the preposition, then its nouns within reach.
    let matched = false;
    for (let p = cursor; p < until && !matched; p++) {
      if (!wordIs(ctx.words[p], part.prep)) continue;
      let c = p + 1;
      let ok = true;
      // The phrase's object starts at a verb at the latest: "accused Doha of supporting terrorism" is
      // accused of the support, not of terrorism.
      let verb = c;
      while (verb < Math.min(to, c + PREP_REACH) && ctx.words[verb]?.pos !== 'VERB') verb++;
      for (const [n, noun] of part.nouns.entries()) {
        const end = phraseFrom(ctx, noun, c, Math.min(to, c + PREP_REACH, n === 0 ? verb + 1 : to), found);
        if (end < 0) {
          ok = false;
          break;
        }
        c = end;
      }
      if (ok) {
        matched = true;
        cursor = c;
        // A preposition weighs less than a noun: "* AID" says more of "rushed aid to X" than "* (TO)".
        found.score += 0.5 + part.nouns.reduce((n, t) => n + termsScore(t), 0);
      }
    }
    if (!matched) return null;
  }
  found.end = cursor;
  return found;
}
