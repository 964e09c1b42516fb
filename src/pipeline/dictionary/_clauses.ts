/**
 * Coding a sentence's clauses with the verb dictionaries over the grammar stage's reading, as PETRARCH
 * codes a parse: each asserted verb group whose verb is in the dictionaries is a clause's verb; its
 * source is the clause's subject (in the passive, the agent after "by"), its target what the best of
 * the block's patterns marks with `+`, else its object or a prepositional phrase's party. The most
 * specific pattern whose parts stand in the verb's own phrases gives the code; over running text a
 * verb's bare code is not used.
 * "X said Y attacked Z" is Y's act: the inner clause has its own subject. An act said under one of the
 * team's statements (data/patterns/events.yaml: "urged Y to free", "offered to mediate", "will send")
 * is coded as that statement, as the team's rules read it: the act's code from its patterns, looked up
 * in the statement's table (an act no table codes is no event), the governor's subject its source and
 * the one appealed to its target; it replaces what the governor's own patterns gave for that pair. An
 * appeal or demand announced in the future ("will ask") is made: CAMEO codes it as itself.
 */
import { attributive, loadModality, prepositionOf, subjectOf, unasserted, type Party, type SentenceView, type VerbGroup } from '../grammar/index.js';
import type { VerbBlock, VerbCode, VerbPattern } from '../../knowledge/petrarch/index.js';
import { statementAt, type CodedStatement, type Said } from '../grammar/index.js';
import type { ClauseReading } from './_reading.js';
import { verbAt, verbsOf, EVENT_CODE } from './_code.js';
import type { NumberedBlock, NumberedPattern, VerbIndex } from './_index.js';
import { matchParts, type MatchContext, type PartsMatch } from './_patterns.js';
import type { ActorSpan, Word } from './_types.js';

/** An event a clause's verb gives: parties of the view, the code, and the entry that gave it. */
export interface ClauseEvent {
  source: Party;
  target: Party;
  code: string;
  /** The verb's token index. */
  head: number;
  /** The pattern that matched. */
  pattern: VerbPattern;
  /** The token of the statement's governor the act was said under ("urged" of "urged Y to free"), else -1. */
  governor: number;
}

/** How far after its verb a clause's patterns and object are sought. */
const REACH = 25;
/** How many words after the verb (or the part before) a pattern's part may begin: its object's, not a later phrase's. */
const PART_REACH = 6;
/** Words joining coordinated parties. */
const JOIN = new Set([',', 'and', '&', 'or']);
/** Separators that do not end the clause a verb's object stands in: lists, brackets, quotes. */
const INSIDE = new Set([',', '(', ')', '"', '“', '”', "'", '-', '–', '—']);

/** The parties of `view` as the pattern matcher sees actors: word spans, the party's index as `ref`. */
function spansOf(view: SentenceView): (ActorSpan | undefined)[] {
  const spans = view.actors.map((p, k): ActorSpan => ({ start: p.first, end: p.last + 1, codes: [p.principal], ref: k }));
  const at: (ActorSpan | undefined)[] = [];
  for (let i = 0; i < view.tokens.length; i++) {
    const k = view.actorAt[i] ?? -1;
    at.push(k >= 0 ? spans[k] : undefined);
  }
  return at;
}

/**
 * Where the words a verb's patterns may reach end: a clause boundary other than a comma (a relative
 * pronoun, "that", a subordinator, ; and :), or the next finite verb with a subject of its own
 * (the noun phrase right before it is that verb's, "…, a Kestra official said").
 */
function clauseEnd(view: SentenceView, g: VerbGroup, groups: readonly VerbGroup[], from: number): number {
  const n = Math.min(view.tokens.length, g.head + 1 + REACH);
  let end = n;
  for (let k = from; k < n; k++) {
    if (view.hard[k] || (view.soft[k] && !INSIDE.has(view.tokens[k]?.text ?? ''))) {
      end = k;
      break;
    }
  }
  for (const h of groups) {
    if (h.head <= g.head || h.first >= end) continue;
    // A participial phrase after a comma ("…, expected to be joined by …") is no longer this verb's.
    if (view.tokens[h.first - 1]?.text === ',' && h.form !== 'infinitive') {
      end = h.first - 1;
      break;
    }
    if (h.form !== 'finite') continue;
    const prev = view.tokens[h.first - 1];
    if (!prev || (prev.pos !== 'PRON' && prev.pos !== 'PROPN' && prev.pos !== 'NOUN')) continue;
    if (reducedAfterObject(view, g, h)) continue;
    let e = h.first;
    while (e - 1 > g.head) {
      const pos = view.tokens[e - 1]?.pos;
      if ((view.actorAt[e - 1] ?? -1) >= 0 || pos === 'NOUN' || pos === 'PROPN' || pos === 'ADJ' || pos === 'DET' || pos === 'NUM') e--;
      else break;
    }
    end = e;
    break;
  }
  return end;
}

/**
 * Is `h` a past participle describing the object of `g` rather than a clause of its own: no auxiliary,
 * right after a common noun, a preposition after it ("issued warrants for two Peruvian men sought in
 * the killing of …", "expelled the diplomats posted in Lima")? Not under a verb that takes a clause
 * ("said troops shelled in the night").
 */
function reducedAfterObject(view: SentenceView, g: VerbGroup, h: VerbGroup): boolean {
  if (h.tense !== 'past' || h.first !== h.head || view.tokens[h.head - 1]?.pos !== 'NOUN') return false;
  if (loadModality().reportingVerbs.has(g.lemma)) return false;
  let k = h.head + 1;
  while (view.tokens[k]?.pos === 'ADV') k++;
  return view.tokens[k]?.pos === 'ADP';
}

/** The parties standing for a principal in an event: not a counted group, not a situation's setting. */
function acting(parties: readonly Party[]): Party[] {
  return parties.filter((p) => !p.generic && !p.setting);
}

/** Is the code's forward half a conflict (CAMEO roots 11 to 20: demands, threats, coercion, force)? */
function conflict(code: VerbCode): boolean {
  const root = Number(code.forward?.slice(0, 2) ?? '0');
  return root >= 11;
}

/** Does the pattern name a noun (a word or synset), not only prepositions? */
function namesNoun(p: VerbPattern): boolean {
  const has = (parts: VerbPattern['post']): boolean =>
    parts.some((x) => (x.kind === 'noun' ? x.terms : x.nouns.flat()).some((t) => t.kind === 'word' || t.kind === 'synset'));
  return has(p.post) || has(p.pre);
}

/**
 * Is the group a clause's verb? A finite verb, not one opening a participial phrase after a comma
 * ("…, expected to be joined by …"), whose subject is elsewhere; or a gerund opening one ("…, offering
 * support to Lebanon"), which the main clause's subject does. An infinitive is its governor's to code.
 */
function clauseVerb(view: SentenceView, g: VerbGroup): boolean {
  const afterComma = view.tokens[g.first - 1]?.text === ',';
  if (g.form === 'gerund') return afterComma && g.first === g.head;
  if (g.form !== 'finite' || attributive(view, g.head)) return false;
  return !(afterComma && g.first === g.head && view.tokens[g.head]?.lower.endsWith('ed') && !apposed(view, g.first - 1));
}

/** Does the comma at `comma` close a parenthesis after a party ("Arnor, a Kestra ally, attacked …")? */
function apposed(view: SentenceView, comma: number): boolean {
  for (let k = comma - 1; k >= Math.max(0, comma - 12); k--) {
    if (view.tokens[k]?.text !== ',') continue;
    return (view.actorAt[k - 1] ?? -1) >= 0;
  }
  return false;
}

/**
 * The parties the group's clause is about: its subject; a pronoun in a reported clause is the
 * reporter ("Chile said on Friday it had returned …"); a gerund opening a participial phrase takes the
 * subject of the clause before it.
 */
function subjectsOf(view: SentenceView, g: VerbGroup, groups: readonly VerbGroup[]): Party[] {
  if (g.form === 'gerund') {
    const main = [...groups].reverse().find((h) => h.head < g.head && h.form === 'finite');
    return main ? subjectsOf(view, main, groups) : [];
  }
  const subject = subjectOf(view, g.head);
  const reported = g.governor >= 0 && g.governor < g.head && (g.governed === 'reported' || g.governed === 'that');
  // "Ottawa said the plan had wide backing": the reporter is not the reported clause's subject,
  // but for a pronoun standing for it past what dates the saying ("Chile said on Friday it had returned …").
  if (subject && 'parties' in subject) return reported && (subject.parties[0]?.first ?? 0) < g.governor && !datedPronoun(view, g.governor, g.first) ? [] : acting(subject.parties);
  if (subject && 'pronoun' in subject && reported) {
    const reporter = subjectOf(view, g.governor);
    if (reporter && 'parties' in reporter) return acting(reporter.parties);
  }
  return [];
}

/**
 * Is the clause's subject a pronoun set apart from the reporting verb at `from` by what dates or places
 * the saying ("said on Sunday it", not "said it" or "said that it"), before the clause's verb at `to`?
 */
function datedPronoun(view: SentenceView, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    if (view.tokens[k]?.pos !== 'PRON' || !view.language.subjectPronouns.has(view.lemmas[k] ?? '')) continue;
    return k - from > (view.lemmas[k - 1] === 'that' ? 2 : 1);
  }
  return false;
}

/**
 * The first party the verb acts on in [from, end) — its object, or a prepositional phrase's after it or
 * after what the pattern matched (to `matched`) — with those coordinated with it ("to Estonia, Latvia
 * and Lithuania"); not one of the sources.
 */
function objectsAfter(view: SentenceView, from: number, end: number, sources: readonly Party[], matched: number): Party[] {
  const acted = partiesAfter(view, from, end, sources, matched, true);
  // With no one else named, the theme is the other side of a domestic act ("Georgian forces open an artillery assault").
  return acted.length > 0 ? acted : partiesAfter(view, from, end, sources, matched, false);
}

/** `objectsAfter`'s search; with `themes`, past the sources' own forces the pattern names as the verb's object. */
function partiesAfter(view: SentenceView, from: number, end: number, sources: readonly Party[], matched: number, themes: boolean): Party[] {
  const out: Party[] = [];
  let prepositions = 0;
  let commaBefore = false;
  for (let k = from; k < end; k++) {
    const idx = view.actorAt[k] ?? -1;
    const p = idx >= 0 ? view.actors[idx] : undefined;
    if (!p && view.tokens[k]?.text === ',') commaBefore = true;
    // "approved an amendment on the goal of EU membership": a party two phrases down is not acted on.
    // (The pattern's own phrases count as the verb's: "advised against travel to Tunisia".)
    // (An infinitive opens a phrase too: "faces pressure from the Senate to help Bolivia" acts on no Bolivia.)
    if (!p && out.length === 0 && k >= matched && opensPhrase(view, k) && ++prepositions > 1) break;
    if (!p) {
      if (out.length > 0 && !JOIN.has(view.lemmas[k] ?? '') && view.tokens[k]?.pos !== 'DET') break;
      continue;
    }
    k = p.last;
    // "withdrew its troops from Iraq": the sources' own part, named by a possessive, is what they act
    // with, never whom they act on, even where two parts of one country may act on each other.
    const own = view.language.possessives.has(view.tokens[p.first - 1]?.lower ?? '');
    // A part of the sources' own country is acted on only as the verb's first phrase: past a comma
    // ("arrived in Somalia, an army spokesman said") it belongs to another clause.
    const near = !commaBefore;
    // "will send troops to Mali": a part of the sources' own country among the pattern's own words, as
    // the verb's object (not after a preposition: "appealed to the Sudanese government"), is what they
    // send or use, never whom they act on.
    const theme = themes && p.last < matched && !afterPreposition(view, p.first);
    // "killed 46 Afghan civilians": a counted group is acted on as its principal; a quantified one is not.
    if ((p.generic && !p.counted) || p.setting || sources.some((s) => s.principal === p.principal && (own || theme || !near || !domestic(s, p)))) {
      if (out.length > 0) break;
      continue;
    }
    out.push(p);
  }
  return out;
}

/** Is the phrase opening at `k` a preposition's, past its determiners and modifiers ("to the Sudanese …")? */
function afterPreposition(view: SentenceView, k: number): boolean {
  let j = k - 1;
  while (j > 0 && (view.tokens[j]?.pos === 'DET' || view.tokens[j]?.pos === 'ADJ' || view.tokens[j]?.pos === 'NUM')) j--;
  return view.tokens[j]?.pos === 'ADP';
}

/** Does token `k` open a phrase after a verb's object: a preposition, or the "to" of an infinitive? */
function opensPhrase(view: SentenceView, k: number): boolean {
  const t = view.tokens[k];
  return t?.pos === 'ADP' || (t?.pos === 'PART' && view.lemmas[k] === 'to' && view.tokens[k + 1]?.pos === 'VERB');
}

/** How many principals the parties stand for. */
function distinct(parties: readonly Party[]): number {
  return new Set(parties.map((p) => p.principal)).size;
}

/**
 * Do two parties of one country act on each other: distinct actors of which at least one is a part of
 * it, not the country itself ("President Lahoud pushed the Lebanese Parliament")? An organisation's own
 * organs acting on each other are no event between principals.
 */
function domestic(s: Party, t: Party): boolean {
  return s.country && t.country && s.actorId !== t.actorId && (s.kind !== 'country' || t.kind !== 'country');
}

/**
 * The first place named in [from, end) that is not the sources' own country, as the party an act there is
 * done to: in the verb's first prepositional phrase after what its pattern matched (to `matched`), not
 * further down ("received the letters at the headquarters in Brussels" is no act on Belgium).
 */
function placeAfter(view: SentenceView, from: number, end: number, sources: readonly Party[], matched: number): Party[] {
  const p = view.places.find((q) => q.first >= from && q.last < end && !q.generic && !sources.some((s) => s.principal === q.principal));
  if (!p) return [];
  let prepositions = 0;
  for (let k = Math.max(from, matched); k < p.first; k++) if (view.tokens[k]?.pos === 'ADP') prepositions++;
  return prepositions <= 1 ? [p] : [];
}

/**
 * The words of a sentence the patterns name, as numbers (`VerbIndex.vocabulary`): `ids`, each once,
 * and `marks[id] === stamp` for each of them.
 */
interface Present {
  ids: readonly number[];
  marks: Int32Array;
  stamp: number;
}

/** Does the sentence hold every word the pattern names outright? */
function holds(p: NumberedPattern, present: Present): boolean {
  const { marks, stamp } = present;
  const required = p.required;
  for (let k = 0; k < required.length; k++) if (marks[required[k] as number] !== stamp) return false;
  return true;
}

/**
 * May the pattern give an event? Only a pattern naming a noun does (`codeClauses`), and one whose code
 * is an event's or none. Worked out once per pattern.
 */
function gives(p: VerbPattern): boolean {
  let g = giving.get(p);
  if (g === undefined) giving.set(p, (g = namesNoun(p) && !(p.code.forward && !EVENT_CODE.test(p.code.forward))));
  return g;
}
const giving = new WeakMap<VerbPattern, boolean>();

function numberedGives(p: NumberedPattern): boolean {
  return (p.gives ??= gives(p.pattern));
}

/**
 * May one of the block's patterns that may match a sentence holding the words `present` give an
 * event? The same answer as asking it of `patternsFor`'s list, without making and sorting the list:
 * most sentences asked go no further.
 */
function blockMayGive(filed: NumberedBlock, present: Present): boolean {
  for (const p of filed.other) if (numberedGives(p) && holds(p, present)) return true;
  const { ids, marks, stamp } = present;
  if (filed.byWord.size < ids.length) {
    for (const [w, more] of filed.byWord) if (marks[w] === stamp) for (const p of more) if (numberedGives(p) && holds(p, present)) return true;
  } else
    for (const w of ids) {
      const more = filed.byWord.get(w);
      if (more) for (const p of more) if (numberedGives(p) && holds(p, present)) return true;
    }
  return false;
}

/** The block's patterns that may match a sentence holding the words `present`, in the block's order. */
function patternsFor(index: VerbIndex, block: VerbBlock, present: Present): VerbPattern[] {
  const filed = index.numbered.get(block);
  if (!filed) return [];
  const out: VerbPattern[] = [];
  for (const p of filed.other) if (holds(p, present)) out.push(p.pattern);
  // The smaller of the block's words and the sentence's is walked (a block files its patterns under a
  // few words): a pattern is filed under one word, so it comes once either way.
  const { ids, marks, stamp } = present;
  if (filed.byWord.size < ids.length) {
    for (const [w, more] of filed.byWord) if (marks[w] === stamp) for (const p of more) if (holds(p, present)) out.push(p.pattern);
  } else
    for (const w of ids) {
      const more = filed.byWord.get(w);
      if (more) for (const p of more) if (holds(p, present)) out.push(p.pattern);
    }
  // Among equally specific patterns the first written wins, as it would over the whole block (a
  // block's patterns are lines of one file: the order is the lines').
  // (Mostly in that order already: a sort copies the list even then.)
  return inLineOrder(out) ? out : out.sort((a, b) => a.source.line - b.source.line);
}

/** Are the patterns in the order of their lines? */
function inLineOrder(patterns: readonly VerbPattern[]): boolean {
  for (let k = 1; k < patterns.length; k++) if ((patterns[k - 1] as VerbPattern).source.line > (patterns[k] as VerbPattern).source.line) return false;
  return true;
}

/**
 * What is worked out once per sentence and read by both `mayCode` and `codeClauses`: its dictionary
 * verbs, which blocks' words it holds and which of their patterns it may match, and each verb group's
 * verb to try. A view's verb groups are its own objects, so a view read again with more parties gets
 * its own entries; what depends on the words alone, the same for both views, is worked out once.
 * Whether a block is cued and may give is kept in the index's blocks under the sentence's stamp
 * (`NumberedBlock`), so a sentence makes no table of its own for the few blocks it asks about.
 */
export class SentenceCoding implements Present {
  private tries: Map<VerbGroup, Try | null> | undefined;
  private patterns: Map<VerbBlock, VerbPattern[]> | undefined;
  /** Each word's dictionary verb, worked out on first use (null: none). */
  private verbs: (ReturnType<typeof verbAt> | undefined)[] | undefined;
  /** The numbers of the words the patterns name that the sentence holds (`present`). */
  ids: readonly number[] = [];
  marks: Int32Array = EMPTY_MARKS;
  /** The stamp the sentence's words were last marked with; 0 before the first marking. */
  stamp = 0;
  private marked = false;

  constructor(readonly words: Word[]) {}

  /**
   * The sentence's words and lemmas that the patterns name, as numbers: a pattern naming a word not
   * among them is not tried. Marked in the index's scratch memory under a stamp of this sentence's own,
   * marked again if another sentence has been marked since.
   */
  private present(index: VerbIndex): Present {
    const { marks, stamp } = index;
    if (this.stamp === 0 || stamp.last !== this.stamp) {
      if (stamp.last >= 0x7fffffff) {
        marks.fill(0);
        stamp.last = 0;
        // The blocks' answers were kept under stamps that will be given again.
        for (const filed of index.numbered.values()) filed.cuedAt = filed.mayGiveAt = 0;
      }
      const own = (this.stamp = ++stamp.last);
      this.marks = marks;
      if (this.marked) for (const id of this.ids) marks[id] = own;
      else {
        const ids: number[] = [];
        const vocabulary = index.vocabulary;
        for (const w of this.words) {
          const u = w.upperForm ? w.upperForm.pattern : vocabulary.get(w.upper) ?? -1;
          if (u >= 0 && marks[u] !== own) {
            marks[u] = own;
            ids.push(u);
          }
          if (w.lemma === w.upper) continue;
          const l = w.lemmaForm ? w.lemmaForm.pattern : vocabulary.get(w.lemma) ?? -1;
          if (l >= 0 && marks[l] !== own) {
            marks[l] = own;
            ids.push(l);
          }
        }
        this.ids = ids;
        this.marked = true;
      }
    }
    return this;
  }

  /** The dictionary verb at word `i` (its words are the sentence's, whichever view reads them). */
  verbAt(index: VerbIndex, i: number): ReturnType<typeof verbAt> {
    const verbs = (this.verbs ??= new Array<ReturnType<typeof verbAt> | undefined>(this.words.length));
    let hit = verbs[i];
    if (hit === undefined) verbs[i] = hit = verbAt(index, this.words, i);
    return hit;
  }

  /** The block's patterns that may match the sentence, in the block's order. */
  patternsOf(index: VerbIndex, block: VerbBlock): readonly VerbPattern[] {
    const patterns = (this.patterns ??= new Map());
    let ps = patterns.get(block);
    if (!ps) patterns.set(block, (ps = patternsFor(index, block, this.present(index))));
    return ps;
  }

  /** May one of the block's patterns that may match the sentence give an event? */
  private mayGive(index: VerbIndex, block: VerbBlock): boolean {
    const listed = this.patterns?.get(block);
    if (listed) return listed.some(gives);
    const filed = index.numbered.get(block);
    if (!filed) return false;
    const present = this.present(index);
    if (filed.mayGiveAt !== present.stamp) {
      filed.mayGive = blockMayGive(filed, present);
      filed.mayGiveAt = present.stamp;
    }
    return filed.mayGive;
  }

  /** Does the sentence hold a word the block's patterns name? (A block none of whose words are there has no pattern to try.) */
  cued(index: VerbIndex, block: VerbBlock): boolean {
    const cues = index.numbered.get(block);
    if (!cues) return false;
    const { ids, marks, stamp } = this.present(index);
    if (cues.cuedAt === stamp) return cues.cued;
    let has = false;
    // The smaller set is walked: most blocks name a handful of words, a sentence holds dozens.
    if (cues.cues.length < ids.length) {
      for (const c of cues.cues)
        if (marks[c] === stamp) {
          has = true;
          break;
        }
    } else
      for (const w of ids)
        if (((cues.cueBits[w >> 5] as number) & (1 << (w & 31))) !== 0) {
          has = true;
          break;
        }
    cues.cued = has;
    cues.cuedAt = stamp;
    return has;
  }

  /**
   * Has some word of the sentence a dictionary verb whose block holds a pattern that may match and give
   * an event? Without one no verb group has a verb to try (`tryOf`): the sentence's verb groups and
   * statements need not be read.
   */
  anyVerbMayGive(index: VerbIndex): boolean {
    const words = this.words;
    for (let i = 0; i < words.length; i++) {
      const refs = verbsOf(index, words[i] as Word);
      if (refs) for (const ref of refs) if (this.cued(index, ref.block) && this.mayGive(index, ref.block)) return true;
    }
    return false;
  }

  /** The group's dictionary verb to try, said under a statement or as a clause's verb; null when none. */
  tryOf(index: VerbIndex, view: SentenceView, g: VerbGroup, statements: readonly CodedStatement[]): Try | null {
    const tries = (this.tries ??= new Map());
    let t = tries.get(g);
    if (t === undefined) {
      // The readings' tests of the group's form first (cheap), then of its dictionary verb's block
      // (once per sentence), then what the statement or the assertion needs read (dearest).
      const stateable = mayBeStated(g);
      const clause = mayBeClauseVerb(view, g);
      const hit = stateable || clause ? this.verbAt(index, g.head) : null;
      // A verb none of whose patterns that may match the sentence names a noun codes nothing here.
      if (!hit || !this.cued(index, hit.ref.block) || !this.mayGive(index, hit.ref.block)) t = null;
      else {
        const said = stateable ? statementAt(view, g.head, statements, loadModality()) : null;
        t = said ? { hit, said } : clause && !unasserted(view, g.head, false) ? { hit, said: null } : null;
      }
      tries.set(g, t);
    }
    return t;
  }
}

/** No words marked yet. */
const EMPTY_MARKS = new Int32Array(0);

/** A group's dictionary verb to try, and the statement it is said under (null: none). */
interface Try {
  hit: NonNullable<ReturnType<typeof verbAt>>;
  said: Said<CodedStatement> | null;
}

/**
 * May the group's dictionary verb be tried as a clause's verb (if asserted, and its block has a pattern
 * naming a word the sentence holds)?
 */
function mayBeClauseVerb(view: SentenceView, g: VerbGroup): boolean {
  if (!clauseVerb(view, g) || g.negated || g.conditional) return false;
  // "intends to visit", "aims to strengthen": an intention states no event, as the team's rules read it.
  return !(loadModality().intentions.has(g.lemma) && view.verbGroups().some((h) => h.governor === g.head && h.governed === 'infinitive'));
}

/**
 * May the group's dictionary verb be an act said under a statement ("urged Y to free", "will send")?
 * Only a group no clause verb reading takes: an infinitive, a future, a modal one.
 */
function mayBeStated(g: VerbGroup): boolean {
  return g.form === 'infinitive' || g.tense === 'future' || g.modal !== null;
}

/** The acting parties of the subject of the word at `k` (an adjective of readiness: "Peru is ready to …"). */
function subjectParties(view: SentenceView, k: number, groups: readonly VerbGroup[]): Party[] {
  const g = groups.find((h) => h.head === k);
  if (g) return subjectsOf(view, g, groups);
  const subject = subjectOf(view, k);
  return subject && 'parties' in subject ? acting(subject.parties) : [];
}

/**
 * Has the sentence a clause the dictionaries may code? (Tried before its actors are looked for.)
 * `sentence` is what `codeClauses` reads the same sentence with after it.
 */
export function mayCode(index: VerbIndex, view: SentenceView, sentence: SentenceCoding, reading: ClauseReading): boolean {
  return sentence.anyVerbMayGive(index) && view.verbGroups().some((g) => sentence.tryOf(index, view, g, reading.statements) !== null);
}

/**
 * Code the clauses of one sentence; `sentence` holds its tokens as the pattern matcher reads them.
 * `seen`, if given, is told each clause verb's best pattern whether or not its parties are found, with
 * `held` 'statement' where it is an act said under a statement no table codes (the peer scorer's
 * account of why a coding was missed).
 */
export function codeClauses(index: VerbIndex, view: SentenceView, sentence: SentenceCoding, reading: ClauseReading, seen?: (head: number, pattern: VerbPattern, held?: 'statement') => void): ClauseEvent[] {
  const groups = view.verbGroups();
  const out: ClauseEvent[] = [];
  const words = sentence.words;
  let spans: (ActorSpan | undefined)[] | undefined;
  for (const g of groups) {
    const tried = sentence.tryOf(index, view, g, reading.statements);
    if (!tried) continue;
    const { hit, said } = tried;
    spans ??= spansOf(view);
    const at = spans;
    const ctx: MatchContext = { words, actorAt: (i) => at[i], synsets: index.synsets, reach: PART_REACH };

    const subjects = said ? subjectParties(view, said.anchor, groups) : subjectsOf(view, g, groups);
    const end = clauseEnd(view, g, groups, hit.end);
    // Before the verb the patterns reach back to the subject (its `$` included), else over the clause.
    const subjectFirst = subjects[0]?.first ?? -1;
    const preFrom = subjectFirst >= 0 ? subjectFirst : view.clauseStart(g.head);

    let best: { pattern: VerbPattern; post: PartsMatch; pre: PartsMatch } | null = null;
    for (const pattern of sentence.patternsOf(index, hit.ref.block)) {
      if (pattern.code.forward && !EVENT_CODE.test(pattern.code.forward)) continue;
      const post = matchParts(ctx, pattern.post, hit.end, end);
      if (!post) continue;
      const pre = matchParts(ctx, pattern.pre, preFrom, hit.start);
      if (!pre) continue;
      if (!best || post.score + pre.score > best.post.score + best.pre.score) best = { pattern, post, pre };
    }
    // Over running text a verb's bare code, or a pattern of prepositions alone, says too little of
    // what was done (tested on the field's examples: four in five such events were wrong).
    if (!best || !namesNoun(best.pattern)) continue;
    // A statement codes the act from source to target only: "offered to trade with" is one offer.
    const act = best.pattern.code.forward;
    let statedCode = said && act ? said.statement.codeOf(act)?.code ?? null : null;
    // "will ask Japan to finance …": announcing an appeal makes it, where no intent table codes it.
    if (said && act && !statedCode && said.anchor === g.head && reading.announced.has(act.slice(0, 2))) statedCode = act;
    if (said && !statedCode) {
      seen?.(g.head, best.pattern, 'statement');
      continue;
    }
    seen?.(g.head, best.pattern);
    const code: VerbCode = statedCode ? { forward: statedCode, reverse: null } : best.pattern.code;
    if (!code.forward && !code.reverse) continue;
    if (code.forward && !EVENT_CODE.test(code.forward)) continue;

    const partyOf = (s: ActorSpan | null): Party | undefined => (s ? view.actors[s.ref] : undefined);
    const markedSource = partyOf(best.pre.source ?? best.post.source);
    const markedTarget = partyOf(best.post.target ?? best.pre.target);
    let sources: Party[];
    let targets: Party[];
    if (g.voice === 'passive' && !markedSource && !markedTarget) {
      // "Kestra was attacked by Valdoria": the agent acts on the subject; "the villagers killed by
      // Valdoria" (no auxiliary): on the noun the participle follows.
      sources = acting(prepositionOf(view, g.head, 'by', false));
      const before = view.actorAt[g.head - 1] ?? -1;
      targets = g.first < g.head ? subjects : before >= 0 ? acting([view.actors[before] as Party]) : [];
    } else {
      sources = markedSource ? [markedSource] : subjects;
      const addressee = said ? acting(said.addressee) : [];
      targets = markedTarget ? [markedTarget] : addressee.length > 0 ? addressee : objectsAfter(view, hit.end, end, sources, best.post.end);
      // "staged a protest in Beijing", "troops arrived in Bosnia": with no party acted on, the place it is done in.
      if (targets.length === 0) targets = placeAfter(view, hit.end, end, sources, best.post.end);
      // "conducted a joint operation with India": "with" names a partner, not whom a conflict is
      // against (a pattern that means otherwise marks its target, "(WITH +)"); "alongside" an ally, whatever the act.
      const first = targets[0];
      let k = (first?.first ?? 0) - 1;
      while (k > 0 && (view.tokens[k]?.pos === 'DET' || view.tokens[k]?.pos === 'ADJ')) k--;
      if (!markedTarget && first && ((conflict(code) && view.lemmas[k] === 'with') || view.language.companionPrepositions.has(view.lemmas[k] ?? ''))) targets = [];
    }
    // "Chile and Peru reached a consensus to …": a compound subject's members cooperate with each other,
    // each way, where the clause names no one else (conflict is not done to one's own partners).
    const mutual = targets.length === 0 && !conflict(code) && distinct(sources) > 1;
    if (mutual) targets = sources;
    for (const s of sources)
      for (const t of targets) {
        if (s.principal === t.principal && !domestic(s, t)) continue;
        const base = { head: g.head, pattern: best.pattern, governor: said && said.anchor !== g.head ? said.anchor : -1 };
        if (code.forward) out.push({ ...base, source: s, target: t, code: code.forward });
        if (code.reverse && !mutual) out.push({ ...base, source: t, target: s, code: code.reverse });
      }
  }
  // The act said makes the statement its governor's own patterns read more precise ("asked Peru to
  // extradite" is a request for extradition, not the bare request).
  return out.filter((e) => !out.some((s) => s.governor === e.head && s.source.principal === e.source.principal && s.target.principal === e.target.principal));
}
