/**
 * Noun phrases: runs of determiners, adjectives, numbers, nouns and names with their head (the last
 * noun or name), the parties named in them, their coordination ("Estonia, Latvia and Lithuania";
 * "Greek and Turkish officials", whose first conjunct shares the last one's head) and apposition
 * ("Jens Stoltenberg, NATO's secretary general, said …").
 */
import type { SentenceView } from './_view.js';

export interface NounPhrase {
  first: number;
  last: number;
  /** The head's token index: the last noun or name (the owner's phrase ends at "'s"). */
  head: number;
  /** Index into the view's actors of each party named in the phrase. */
  parties: number[];
  /** Phrases coordinated together share one group number (the index of the group's first phrase); -1 alone. */
  group: number;
  /** A modifier-only conjunct that shares the next conjunct's head ("Greek" in "Greek and Turkish officials"). */
  sharesHead: boolean;
  /** The phrase this one stands in apposition to (its index), -1 when none. */
  apposition: number;
}

const INNER = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

function isPossessive(text: string): boolean {
  return text === "'s" || text === '’s' || text === "'";
}

/** The noun phrases of a sentence, in text order. */
export function readNounPhrases(view: SentenceView): NounPhrase[] {
  const { tokens } = view;
  const n = tokens.length;
  const out: NounPhrase[] = [];
  for (let i = 0; i < n; i++) {
    const pos = tokens[i]?.pos ?? '';
    if (view.verbAt[i] || (!INNER.has(pos) && !(view.language.possessives.has(tokens[i]?.lower ?? '') && pos === 'PRON'))) continue;
    let j = i;
    let head = -1;
    for (; j < n; j++) {
      const t = tokens[j];
      if (!t) break;
      if (view.verbAt[j]) break;
      // A determiner, adjective or number after the head opens the next phrase: "met Cyprus | next week".
      if (head >= 0 && head === j - 1 && (t.pos === 'DET' || t.pos === 'NUM' || (t.pos === 'ADJ' && tokens[j + 1]?.pos === 'NOUN'))) break;
      if (t.pos === 'NOUN' || t.pos === 'PROPN') head = j;
      else if (isPossessive(t.text) || (t.text === '-' && !t.spaceAfter)) continue;
      else if (!INNER.has(t.pos) && !(j === i && t.pos === 'PRON')) break;
    }
    const last = j - 1;
    // A run of adjectives alone is a phrase only as a conjunct sharing a head ("Greek and …").
    const parties: number[] = [];
    for (let k = i; k <= last; k++) {
      const a = view.actorAt[k] ?? -1;
      if (a >= 0 && !parties.includes(a)) parties.push(a);
    }
    if (head < 0 && parties.length === 0 && !isConjunctBefore(view, last)) {
      i = last;
      continue;
    }
    out.push({ first: i, last, head: head >= 0 ? head : last, parties, group: -1, sharesHead: false, apposition: -1 });
    i = last;
  }
  coordinate(view, out);
  appose(view, out);
  return out;
}

/** Is the token after `last` a coordinator followed by more of a noun phrase? */
function isConjunctBefore(view: SentenceView, last: number): boolean {
  const l = view.lemmas[last + 1];
  return (l === 'and' || l === 'or') && INNER.has(view.tokens[last + 2]?.pos ?? '');
}

/** The longest words between two coordinated phrases, "as well as". */
const JOIN_MAX = 'as well as'.length;

/** Group phrases joined by commas and a final "and"/"or" (or "as well as"). */
function coordinate(view: SentenceView, phrases: NounPhrase[]): void {
  const { lemmas } = view;
  const joins = (a: NounPhrase, b: NounPhrase): 'final' | 'comma' | null => {
    // The words between, joined by spaces, are at most "as well as" long: a longer stretch is no join,
    // and most pairs of phrases are far apart, so their words are not joined into a string at all.
    let length = -1;
    for (let k = a.last + 1; k < b.first && length <= JOIN_MAX; k++) length += (lemmas[k] ?? '').length + 1;
    if (length < 0 || length > JOIN_MAX) return null;
    const between = [];
    for (let k = a.last + 1; k < b.first; k++) between.push(lemmas[k] ?? '');
    const words = between.join(' ');
    if (words === 'and' || words === 'or' || words === ', and' || words === ', or' || words === '&' || words === 'as well as') return 'final';
    if (words === ',') return 'comma';
    return null;
  };
  for (let s = 0; s < phrases.length; s++) {
    // A chain: p_s (, p)* and p_e.
    let e = s;
    let closed = false;
    while (e + 1 < phrases.length) {
      const j = joins(phrases[e] as NounPhrase, phrases[e + 1] as NounPhrase);
      if (!j) break;
      e++;
      if (j === 'final') {
        closed = true;
        break;
      }
    }
    if (!closed || e === s) continue;
    for (let k = s; k <= e; k++) (phrases[k] as NounPhrase).group = s;
    // "Greek and Turkish officials": when the last conjunct is a common noun its party modifies, a
    // conjunct that is nothing but a party (or an adjective) shares that noun.
    const lastPhrase = phrases[e] as NounPhrase;
    const modified = view.tokens[lastPhrase.head]?.pos === 'NOUN' && lastPhrase.parties.length > 0;
    for (let k = s; k < e && modified; k++) {
      const p = phrases[k] as NounPhrase;
      let bare = true;
      for (let t = p.first; t <= p.last; t++) if (view.tokens[t]?.pos === 'NOUN' || ((view.actorAt[t] ?? -1) < 0 && view.tokens[t]?.pos === 'PROPN')) bare = false;
      if (bare) p.sharesHead = true;
    }
    s = e;
  }
}

/** "A, B's title," after a phrase not in a coordination: B's phrase stands in apposition to A's. */
function appose(view: SentenceView, phrases: NounPhrase[]): void {
  for (let k = 0; k + 1 < phrases.length; k++) {
    const a = phrases[k] as NounPhrase;
    const b = phrases[k + 1] as NounPhrase;
    if (a.group >= 0 || b.group >= 0) continue;
    if (b.first !== a.last + 2 || view.tokens[a.last + 1]?.text !== ',') continue;
    const after = view.tokens[b.last + 1];
    if (after && after.text !== ',' && after.text !== '.' && after.text !== ')') continue;
    b.apposition = k;
  }
}
