/**
 * The narrative's date per sentence. A sentence's own date is its first date mention that governs
 * it: not one inside a parenthesised or relative clause ("(who until August 2013 …)", ", that was
 * in place … since 1999"), and not one that only qualifies a noun ("victims of the air-campaign
 * during the conflict in 1999") when the sentence refers back to the narrative. A sentence with no
 * date of its own inherits the previous sentence's date only where it refers back ("This move…",
 * "During this historic visit…", "At the same time, he…", "…outcomes of the Summit" after a
 * sentence about the Summit).
 */
import type { DateInterval } from '../../core/model.js';
import { loadLanguage } from '../language/index.js';
import type { DateMention, Sentence, Token } from '../types.js';
import { intervalContains } from './_calendar.js';
import { startsUpper } from '../segment/index.js';
import type { Vocabulary } from './_vocabulary.js';

/** How a mention stands in its sentence. */
export interface MentionRole {
  /** Inside a parenthesised or relative clause: it dates that clause, not the sentence. */
  secondary: boolean;
  /** "noun in/during/since/of <date>": it may only say when that noun's thing happened. */
  qualifiesNoun: boolean;
  /**
   * A date in a phrase hung on another noun, well before the text was published ("regret for the
   * victims of the 1999 air campaign" in a 2015 report): it dates that thing only, never the
   * sentence or a verb.
   */
  retrospective: boolean;
}

/** The dates stage's reading of one sentence. */
export interface SentenceDating {
  mentions: DateMention[];
  roles: MentionRole[];
  /** The mention that gives the sentence its own date, if any. */
  own: DateMention | null;
  /**
   * How the sentence refers back (refersBack), worked out only where it matters: to inherit a date,
   * or where a mention outside subordinate clauses qualifies a noun. Otherwise null.
   */
  refersBack: 'strong' | 'named' | 'paragraph' | 'dateline' | null;
  /** The sentence's clauses, where it has mentions (dateForSpan reuses them). */
  clauses?: Clauses;
  /** The sentence's date: its own, else the inherited one where it refers back, else null. */
  date: DateInterval | null;
  /**
   * Its first mention is a wire story's dateline ("ACCRA, May 4 (Reuters) –"): the story's day, which
   * yields to a date the act's own clause gives ("… recalled its ambassador on Friday").
   */
  dateline?: boolean;
  /**
   * The day the sentence is told on, where it names a date of its own and its place gives one too: the
   * day heading its paragraph (a chronology entry), else its report's narrative day. An intent stated
   * there ("Bashir says he will visit Juba before the end of the year") is stated on that day.
   */
  toldOn?: DateInterval;
  /** A report's narrative day (its dateline's), where the sentence tells of that day's acts in the past. */
  narrativeDay?: DateInterval | null;
}

const PREPOSITIONS = new Set(['in', 'during', 'since', 'of', 'from', 'until', 'till', 'before', 'after', 'by']);
const NOUNISH = new Set(['NOUN', 'PROPN']);
const RELATIVE_CLAUSE = /,\s+(?:who|whom|whose|which|that|where|when|while|but)\b|,\s+and\s+(?=(?:the|its|their|his|her)\s)|\bwhile\b|\bwhereas\b|;|\s-\s/gi;
/**
 * A RELATIVE_CLAUSE find that opens a subordinate clause (a comma's, or "while", "whereas"); ", but"
 * and ", and the …" open a main clause of their own ("signed a declaration in 2015, but talks broke down in 2023": each
 * act its own date).
 */
const SUBORDINATE_START = /^,(?!\s+(?:but|and)\b)|^\s*while|^\s*whereas/i;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Clause boundaries of a sentence (local offsets) and its parenthesised parts that are clauses. */
export interface Clauses {
  /**
   * Offsets outside parentheses where a clause starts, in order, with the clause's id: a relative
   * clause closed by a comma hands back to the id of the clause it interrupted.
   */
  cuts: { at: number; id: number; subordinate: boolean }[];
  /** Parenthesised spans [open, close] that hold more than a date. */
  parens: [number, number][];
}

/** What may follow such a clause's verb: no object ("sent in 2008", "imposed since", "severed."). */
const CONTACT_AFTER = new Set(['ADP', 'SCONJ', 'ADV', 'PUNCT']);
/** What may open the subject of a new main clause after ", and": "talks", "Chile", "the talks". */
const NEW_SUBJECT = new Set(['NOUN', 'PROPN', 'DET', 'ADJ', 'NUM']);

/**
 * Does a mention start at `a` or at `b`? (A function, not a closure in clausesOf's token loop: a
 * closure over the loop's variables makes the engine allocate them anew for every token.)
 */
function mentionStartsAt(mentions: readonly { start: number }[], a: number, b: number): boolean {
  for (const m of mentions) if (m.start === a || m.start === b) return true;
  return false;
}

/**
 * Clauses of a sentence. `tokens` (of the sentence) add the relative clauses without a comma
 * ("an office that has worked there since 1998").
 */
export function clausesOf(text: string, localMentions: { start: number; end: number }[], tokens: Token[] = [], base = 0): Clauses {
  const parens: [number, number][] = [];
  // Brackets are found by indexOf, faster than a walk over every character.
  const stack: number[] = [];
  let open = text.indexOf('(');
  let close = open < 0 ? -1 : text.indexOf(')', open);
  while (close >= 0) {
    if (open >= 0 && open < close) {
      stack.push(open);
      open = text.indexOf('(', open + 1);
      continue;
    }
    const from = stack.pop();
    if (from !== undefined) {
      // A parenthesis that holds only a date ("(November 2015)") belongs to its clause.
      let rest = text.slice(from + 1, close);
      for (const m of localMentions) {
        if (m.start > from && m.end <= close) rest = rest.replace(text.slice(m.start, m.end), '');
      }
      if (LETTER_OR_DIGIT.test(rest)) parens.push([from, close]);
    }
    close = text.indexOf(')', close + 1);
  }
  const inParens = (at: number): boolean => parens.some(([a, b]) => at > a && at < b);
  const starts: { at: number; subordinate: boolean; relative: boolean }[] = [];
  RELATIVE_CLAUSE.lastIndex = 0;
  for (let m = RELATIVE_CLAUSE.exec(text); m; m = RELATIVE_CLAUSE.exec(text)) {
    if (inParens(m.index)) continue;
    const subordinate = SUBORDINATE_START.test(m[0]);
    starts.push({ at: m.index, subordinate, relative: subordinate && m[0].charCodeAt(0) === 44 });
  }
  // A relative pronoun or "that" after a noun opens a relative clause; a subject pronoun right after
  // a noun may open one without a relative word ("the troops it sent in 2008").
  const { relativePronouns, complementisers, subjectPronouns } = loadLanguage();
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!(relativePronouns.has(t.lower) || complementisers.has(t.lower)) || t.pos === 'DET' || !NOUNISH.has((tokens[i - 1] as Token).pos)) continue;
    const at = t.start - base;
    // "signed in Oslo that June": "that" opens a date, not a relative clause.
    const next = tokens[i + 1];
    if (next && mentionStartsAt(localMentions, next.start - base, at)) continue;
    if (!inParens(at)) starts.push({ at, subordinate: true, relative: true });
  }
  // "the levies it has imposed since 2019": a relative clause with no relative word, a pronoun
  // subject right after the noun, its verb followed by no object of its own.
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!subjectPronouns.has(t.lower) || (tokens[i - 1] as Token).pos !== 'NOUN') continue;
    let v = i + 1;
    while (tokens[v]?.pos === 'AUX') v++;
    if (tokens[v]?.pos !== 'VERB') continue;
    const after = tokens[v + 1];
    if (after && !CONTACT_AFTER.has(after.pos)) continue;
    const at = t.start - base;
    if (!inParens(at)) starts.push({ at, subordinate: true, relative: true });
  }
  // "Peru applied in 2004, and talks with Chile resumed in March 2006": ", and" before a new subject
  // and its verb opens a main clause of its own, each act its own date. Not in a list of names before
  // any verb ("Peru, Chile, and Bolivia signed"), nor before a verb that shares the first subject.
  for (let i = 1; i + 2 < tokens.length; i++) {
    const and = tokens[i] as Token;
    if (and.lower !== 'and' || (tokens[i - 1] as Token).lower !== ',' || !NEW_SUBJECT.has((tokens[i + 1] as Token).pos)) continue;
    if (!tokens.slice(0, i - 1).some((t) => t.pos === 'VERB')) continue;
    let v = i + 1;
    while (v < tokens.length && (tokens[v] as Token).lower !== ',' && (tokens[v] as Token).pos !== 'VERB') v++;
    if (tokens[v]?.pos !== 'VERB') continue;
    const at = (tokens[i - 1] as Token).start - base;
    if (!inParens(at) && !starts.some((st) => st.at === at)) starts.push({ at, subordinate: false, relative: false });
  }
  starts.sort((x, y) => x.at - y.at);
  const cuts: Clauses['cuts'] = [];
  let id = 0;
  let resume: number | null = null;
  for (const st of starts) {
    // A comma after a relative clause, before the next cut, hands back to the interrupted clause.
    const prevCut = cuts[cuts.length - 1];
    if (resume !== null && prevCut) {
      const comma = text.indexOf(',', prevCut.at + 1);
      if (comma > prevCut.at && comma < st.at && !inParens(comma)) cuts.push({ at: comma, id: resume, subordinate: false });
    }
    const interrupted = cuts[cuts.length - 1]?.id ?? 0;
    cuts.push({ at: st.at, id: ++id, subordinate: st.subordinate });
    resume = st.relative ? interrupted : null;
  }
  const last = cuts[cuts.length - 1];
  if (resume !== null && last) {
    const comma = text.indexOf(',', last.at + 1);
    if (comma > last.at && !inParens(comma)) cuts.push({ at: comma, id: resume, subordinate: false });
  }
  return { cuts, parens };
}

/** The innermost parenthesised clause that holds local offset `pos`, if any. */
function parenAt(c: Clauses, pos: number): [number, number] | undefined {
  let inner: [number, number] | undefined;
  for (const p of c.parens) if (pos > p[0] && pos < p[1] && (!inner || p[0] > inner[0])) inner = p;
  return inner;
}

/** The id of the clause outside parentheses that holds local offset `pos`. */
function cutAt(c: Clauses, pos: number): number {
  let id = 0;
  for (const cut of c.cuts) if (cut.at <= pos) id = cut.id;
  return id;
}

/** A key naming the clause that holds local offset `pos`; equal keys = same clause. */
export function clauseKey(c: Clauses, pos: number): string {
  const inner = parenAt(c, pos);
  return inner ? `p${inner[0]}` : `c${cutAt(c, pos)}`;
}

function isSubordinate(c: Clauses, pos: number): boolean {
  if (parenAt(c, pos)) return true;
  const id = cutAt(c, pos);
  for (const cut of c.cuts) if (cut.id === id && cut.subordinate) return true;
  return false;
}

/** The sentence's token index at or after ctx offset `pos`. */
function tokenAt(tokens: Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.start ?? 0) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Does the mention follow "<noun> in/during/since/of [the]"? */
function qualifiesNoun(s: Sentence, m: DateMention): boolean {
  const t = s.tokens;
  // Find the preposition, then the word before it.
  let p = tokenAt(t, m.start);
  if (!PREPOSITIONS.has(t[p]?.lower ?? '')) {
    p--;
    if (t[p]?.lower === 'the') p--;
    if (!PREPOSITIONS.has(t[p]?.lower ?? '')) return false;
  }
  let h = p - 1;
  if (t[h]?.text === ')') {
    while (h > 0 && t[h]?.text !== '(') h--;
    h--;
  }
  return NOUNISH.has(t[h]?.pos ?? '');
}

/**
 * Is the mention an attributive date inside a noun phrase that hangs on another noun by a
 * preposition ("victims of the 1999 air campaign", "regret over his 2008 decision")? A date after a
 * preposition ("signed the treaty in 2006") may belong to the verb, so it never counts here.
 */
function inNounAttachedPhrase(s: Sentence, m: DateMention): boolean {
  const t = s.tokens;
  const first = tokenAt(t, m.start);
  let last = first;
  while (last + 1 < t.length && (t[last + 1]?.start ?? Infinity) < m.end) last++;
  // Attributive: a determiner or possessive, the date, the noun it qualifies.
  if (!NOUNISH.has(t[last + 1]?.pos ?? '') && t[last + 1]?.pos !== 'ADJ') return false;
  const d = t[first - 1];
  if (!d || (d.pos !== 'DET' && d.pos !== 'PRON' && d.lower !== "'s" && d.lower !== '’s')) return false;
  let p = first - 2;
  if (d.lower === "'s" || d.lower === '’s') {
    // "NATO's 1999 campaign": step over the owner's name.
    while (p >= 0 && NOUNISH.has(t[p]?.pos ?? '')) p--;
    if (t[p]?.pos === 'DET') p--;
  }
  // The phrase hangs on a noun: <noun> <preposition> <the date's phrase>.
  return t[p]?.pos === 'ADP' && (NOUNISH.has(t[p - 1]?.pos ?? '') || t[p - 1]?.pos === 'ADJ');
}

/** Does the interval end more than a year before the published date begins? */
function wellBefore(i: DateInterval, published: DateInterval | null | undefined): boolean {
  const end = i.end;
  const pub = published?.start;
  if (!end || !pub) return false;
  return Number(end.slice(0, 4)) < Number(pub.slice(0, 4)) - 1;
}

export function mentionRoles(s: Sentence, mentions: DateMention[], clauses: Clauses, published?: DateInterval | null): MentionRole[] {
  return mentions.map((m) => ({
    secondary: isSubordinate(clauses, m.start - s.start),
    qualifiesNoun: qualifiesNoun(s, m),
    retrospective: wellBefore(m.interval, published) && inNounAttachedPhrase(s, m),
  }));
}

/** Compiled refer-back cues of a vocabulary. */
export interface Cues {
  start: RegExp;
  not: RegExp;
  /** Determiners that point back, as single words ("the same" as "same" after "the"). */
  determiners: ReadonlySet<string>;
  nouns: ReadonlySet<string>;
  /** Adverbs before the first verb that carry on the sentence before ("also"). */
  beforeVerb: ReadonlySet<string>;
}

const cueCache = new WeakMap<Vocabulary, Cues>();

export function cuesFor(v: Vocabulary): Cues {
  let c = cueCache.get(v);
  if (!c) {
    const alt = (xs: string[]): string =>
      [...xs].sort((a, b) => b.length - a.length).map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
    c = {
      start: new RegExp(`^(?:${alt(v.referBackStart)})(?![\\p{L}])`, 'iu'),
      not: new RegExp(`^(?:${alt(v.referBackNot)})(?![\\p{L}])`, 'iu'),
      determiners: new Set(v.referBackDeterminers.map((d) => d.split(' ').pop() ?? d)),
      nouns: new Set(v.referBackNouns),
      beforeVerb: new Set(v.referBackBeforeVerb),
    };
    cueCache.set(v, c);
  }
  return c;
}

/**
 * Does the sentence refer back to the one before? `strong`: by a cue ("During this…", "This
 * move…"); `named`: by taking up a named thing of the sentence before ("the Summit"); or not at all.
 */
export function refersBack(s: Sentence, prev: Sentence | undefined, cues: Cues): 'strong' | 'named' | null {
  const text = s.text;
  if (cues.start.test(text) && !cues.not.test(text)) return 'strong';
  const tk = s.tokens;
  // "Lima also summoned …": an adverb of continuation between the subject and the first verb carries on
  // the sentence before, as weakly as a name taken up (a date of the sentence's own still counts).
  let carriesOn = false;
  for (let i = 1; i < tk.length && !carriesOn; i++) {
    const t = tk[i] as Token;
    if (t.pos === 'VERB' || t.lower === ',') break;
    carriesOn = cues.beforeVerb.has(t.lower);
  }
  // One walk: a determiner and an event noun ("this historic visit") is strong, wherever it stands;
  // "the Summit" right after a sentence about "the NATO Summit in Wales" takes up a named thing.
  let named = false;
  // The previous sentence's names, gathered only when this sentence has a capitalised head to look up.
  let names: Set<string> | undefined;
  for (let i = 0; i + 1 < tk.length; i++) {
    const t = tk[i] as Token;
    const d = t.lower;
    if (cues.determiners.has(d) && (d !== 'same' || tk[i - 1]?.lower === 'the')) {
      // The determiner, at most one word, then an event noun.
      if (cues.nouns.has(tk[i + 1]?.lower ?? '') || cues.nouns.has(tk[i + 2]?.lower ?? '')) return 'strong';
    }
    if (named || !prev || t.pos !== 'DET' || (d !== 'the' && d !== 'this' && d !== 'that' && d !== 'these' && d !== 'those')) continue;
    const h = tk[i + 1]?.pos === 'ADJ' ? i + 2 : i + 1;
    const head = tk[h];
    // The head ends its noun phrase: "the NATO members" takes up members, not NATO.
    if (NOUNISH.has(tk[h + 1]?.pos ?? '')) continue;
    if (!head || !NOUNISH.has(head.pos) || !startsUpper(head.text)) continue;
    if (!names) {
      names = new Set<string>();
      for (const p of prev.tokens) if (NOUNISH.has(p.pos) && startsUpper(p.text)) names.add(p.lemma);
    }
    if (names.has(head.lemma)) named = true;
  }
  return named || carriesOn ? 'named' : null;
}

/** Date a sentence from its mentions, its refer-back cues and the previous sentence's date. */
/** Where a sentence stands in the document, beyond its own words. */
export interface SentencePlace {
  /** The document's published date: a date well before it may be a look back. */
  published?: DateInterval | null;
  /** The sentence continues a paragraph that opened with its date (a chronology entry, a dateline). */
  inDatedParagraph?: boolean;
}

export function dateSentence(
  s: Sentence,
  mentions: DateMention[],
  prev: Sentence | undefined,
  prevDate: DateInterval | null,
  cues: Cues,
  place: SentencePlace = {},
): SentenceDating {
  // Most sentences name no date: they have no roles, need no clauses, and look back only to inherit.
  if (mentions.length === 0) {
    // In a paragraph headed by its day any cue gives the same date: no need to look for one.
    const back = !prevDate ? null : place.inDatedParagraph ? 'paragraph' : lookBack(s, prev, cues, place);
    return { mentions, roles: [], own: null, refersBack: back, date: back ? prevDate : null };
  }
  const local = mentions.map((m) => ({ start: m.start - s.start, end: m.end - s.start }));
  const clauses = clausesOf(s.text, local, s.tokens, s.start);
  const roles = mentionRoles(s, mentions, clauses, place.published);
  // How the sentence refers back matters only to inherit, or where a main-clause mention qualifies
  // a noun (the choice of its own date below, and dateForSpan).
  let needsBack = false;
  for (const r of roles) if (r.qualifiesNoun && !r.secondary) needsBack = true;
  let back = needsBack ? lookBack(s, prev, cues, place) : null;
  let own: DateMention | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const r = roles[i] as MentionRole;
    // After "During this historic visit…", a date that qualifies a noun does not move the narrative.
    if (r.secondary || r.retrospective || (r.qualifiesNoun && back === 'strong')) continue;
    own = mentions[i] ?? null;
    // "A year later, at the summit in June 2010, …": a stated date within the relative one says more.
    for (let j = i + 1; own?.relative && j < mentions.length; j++) {
      const m = mentions[j] as DateMention;
      const rj = roles[j] as MentionRole;
      if (!m.relative && !rj.secondary && !rj.retrospective && intervalContains(own.interval, m.interval)) own = m;
    }
    break;
  }
  if (!own && prevDate && !needsBack) back = lookBack(s, prev, cues, place);
  return { mentions, roles, own, refersBack: back, date: own ? own.interval : back ? prevDate : null, clauses };
}

/** refersBack, or the continuation of a paragraph headed by its day. */
function lookBack(s: Sentence, prev: Sentence | undefined, cues: Cues, place: SentencePlace): SentenceDating['refersBack'] {
  return refersBack(s, prev, cues) ?? (place.inDatedParagraph ? 'paragraph' : null);
}

/**
 * A verb in the simple present of the third person ("urges", "welcomes", "calls"): not "is", "has",
 * "does", which state what holds rather than what is done.
 */
function presentAct(t: Token): boolean {
  if (t.pos !== 'VERB' || t.lemma === 'be' || t.lemma === 'have' || t.lemma === 'do') return false;
  const w = t.lower;
  return w !== t.lemma && (w === `${t.lemma}s` || w === `${t.lemma}es` || (t.lemma.endsWith('y') && w === `${t.lemma.slice(0, -1)}ies`));
}

/**
 * Does the sentence tell of its report's day: an act told in the past tense, or an intent stated
 * ("will meet")? A past auxiliary ("was", "had", "did") or an intent one ("will"), or a verb in a
 * past form of its own ("signed", "met", "said") standing alone or after "has"/"had" ("has signed"):
 * not a participle after "is" ("is expected"), not a gerund. With `present` (a statement's own acts,
 * told as it speaks: "The Union urges Minsk to …") a verb in the simple present counts too.
 */
export function toldOfTheDay(s: Sentence, auxiliaries: ReadonlySet<string>, present = false): boolean {
  const tk = s.tokens;
  for (let i = 0; i < tk.length; i++) {
    const t = tk[i] as Token;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    if (auxiliaries.has(t.lower)) return true;
    if (present && presentAct(t)) return true;
    if (t.pos !== 'VERB' || t.lower === t.lemma || t.lower.endsWith('s') || t.lower.endsWith('ing')) continue;
    const prev = tk[i - 1];
    if (!prev || prev.pos !== 'AUX' || prev.lemma === 'have') return true;
  }
  return false;
}
