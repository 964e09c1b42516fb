/**
 * The discourse around a trigger: the events read just before, the parties named in the sentences
 * before, the pair "the two presidents" refers to, the actor of an act a noun names, the other side of
 * the document's dyad. Parties missing from a sentence are taken from here.
 */
import type { DyadEvent } from '../../core/model.js';
import { agentOfParticiple, beforeAuxiliaries, frameAddressee, firstPredicate, slotParties, subjectOf, unnamedAntecedent, type Modality, type Party, type SentenceView } from '../grammar/index.js';
import { reciprocalAfter } from './_sides.js';

/** How many sentences back the discourse reaches for a missing party. */
export const DISCOURSE_SENTENCES = 2;

/** An event read, as the discourse remembers it. */
export interface Recent {
  sentence: number;
  source: Party;
  target: Party;
  rule: string;
  root: string;
  /** The event as read (a statement read later in its sentence may make its code precise). */
  event: DyadEvent;
  /** The token whose rule read it. */
  trigger: number;
  /** The word its rule's `after` found ("held joint exercises"), or -1: that noun states no event of its own. */
  object: number;
  /** The act said under it that made its code precise, if one did: a second act coordinated with the first leaves it. */
  madeBy?: number;
}

const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those', 'such']);

/** A subject that points back ("This step was met with …", "It was …"): no actor of its own. */
export function anaphoricSubject(view: SentenceView, i: number): boolean {
  const start = view.clauseStart(i);
  for (let k = i - 1; k >= start; k--) {
    if ((view.actorAt[k] ?? -1) >= 0) return false;
    const l = view.lemmas[k] ?? '';
    if (DEMONSTRATIVES.has(l) && view.tokens[k]?.pos !== 'ADP') return true;
    if (l === 'it' || l === 'they') return true;
  }
  return false;
}

/**
 * Is there a subject before the trigger that names no actor ("Opposition deputies boycotted …")? A
 * definite office ("The ministry handed …", "the foreign minister said") is not one: it stands for the
 * state named before.
 */
export function nounSubject(view: SentenceView, at: number, m: Modality): boolean | 'office' {
  // A second predicate's subject is the first one's: "The ministry handed … and demanded …".
  const first = firstPredicate(view, at);
  const i = first >= 0 ? first : at;
  // "the armed group that has seized …": a relative clause's subject is the noun it follows.
  const rel = beforeAuxiliaries(view, i);
  if (view.tokens[rel]?.pos === 'PRON' && (view.language.relativePronouns.has(view.lemmas[rel] ?? '') || view.lemmas[rel] === 'that')) {
    const pos = view.tokens[rel - 1]?.pos;
    if ((pos === 'NOUN' || pos === 'PROPN') && (view.actorAt[rel - 1] ?? -1) < 0) return true;
    // (After a comma too: "arming the rebels, who attacked …".)
    if (unnamedAntecedent(view, rel)) return true;
  }
  for (let k = i - 1; k >= view.clauseStart(i); k--) {
    const pos = view.tokens[k]?.pos;
    if ((pos === 'NOUN' || pos === 'PROPN') && (view.actorAt[k] ?? -1) < 0) {
      let d = k;
      // ("the Unification Ministry": a name may modify the office too)
      while (d > 0 && (view.tokens[d - 1]?.pos === 'ADJ' || view.tokens[d - 1]?.pos === 'NOUN' || (view.tokens[d - 1]?.pos === 'PROPN' && (view.actorAt[d - 1] ?? -1) < 0))) d--;
      const office = m.officeNouns.has(view.lemmas[k] ?? '') && view.lemmas[d - 1] === 'the';
      return office ? 'office' : true;
    }
  }
  return false;
}

/** Parties named in sentences before `index` (nearest last), for discourse fallbacks. */
export function earlierParties(views: readonly SentenceView[], index: number): Party[] {
  const out: Party[] = [];
  for (let s = Math.max(0, index - DISCOURSE_SENTENCES); s < index; s++) {
    for (const p of views[s]?.actors ?? []) if (!p.generic && !p.setting) out.push(p);
  }
  return out;
}

/** How many letters of an act noun its verb shares: recognition/recognise, invitation/invite, annexation/annex. */
const ACT_STEM = 5;

/** The shortest act noun read against its verb: "vote", "move", "plan". */
const SHORT_ACT = 4;

/**
 * The subject of the verb an act noun names, in this sentence before the trigger or the sentences just
 * before: "Russia recognised Abkhazia. NATO condemned the recognition." → Russia.
 */
export function actorOfAct(views: readonly SentenceView[], view: SentenceView, i: number, noun: string, source: Party): Party | undefined {
  // A short noun is its own verb's stem ("the vote": "voted", "the move": "moved").
  if (noun.length < SHORT_ACT) return undefined;
  const stem = noun.slice(0, ACT_STEM);
  // "-sion" of a verb in "-de" shares fewer letters: decision/decide, invasion/invade.
  const sion = noun.endsWith('sion') ? `${noun.slice(0, -4)}de` : null;
  for (let s = view.index; s >= Math.max(0, view.index - DISCOURSE_SENTENCES); s--) {
    const v = s === view.index ? view : views[s];
    if (!v) continue;
    for (let k = (s === view.index ? i : v.tokens.length) - 1; k >= 0; k--) {
      const lemma = v.lemmas[k] ?? '';
      if (v.tokens[k]?.pos !== 'VERB' || !(lemma.startsWith(stem) || lemma === sion)) continue;
      const subject = subjectOf(v, k);
      const p = subject && 'parties' in subject ? subject.parties[0] : undefined;
      if (p && p.principal !== source.principal) return p;
    }
  }
  return undefined;
}

/**
 * "The two presidents", "both governments" before the trigger: the last two principals named before it,
 * in this sentence or the two before, in the order named, else the two sides of the document's
 * subject (`sides`: a chronology's "Border police of the two countries" far below its title); none when
 * the phrase is not there.
 */
export function pairReferent(views: readonly SentenceView[], view: SentenceView, at: number, m: Modality, sides: readonly [Party, Party] | null = null): Party[] {
  // A second predicate's subject is the first one's: "the four states hand … and give it ten days".
  const first = firstPredicate(view, at);
  const i = first >= 0 ? first : at;
  const start = view.clauseStart(i);
  for (let k = i - 1; k >= start; k--) {
    if ((view.actorAt[k] ?? -1) >= 0) {
      // "the two foreign ministers": an office the count stands before is the group's head, not one party.
      const p = view.actors[view.actorAt[k] ?? -1];
      let c = (p?.first ?? k) - 1;
      while (c >= start && view.tokens[c]?.pos === 'ADJ') c--;
      const count = view.lemmas[c] ?? '';
      if (!p || p.kind === 'country' || p.kind === 'organisation' || (count !== 'both' && !view.language.cardinals.has(count))) return [];
      k = p.first;
      continue;
    }
    const l = view.lemmas[k] ?? '';
    // "both sides", "the two leaders", "the three countries": as many principals as the number says;
    // "each side … the other": two.
    const n = l === 'both' || (view.language.distributives.has(l) && reciprocalAfter(view, at)) ? 2 : [...view.language.cardinals].indexOf(l);
    // "A greets B with an embrace, and the leaders sign …": a plural group uncounted, right before the
    // verb ("the foreign ministers", "the signatories"), is those its sentence has named before it (two at
    // least), else the two the sentences before name, where they name just two.
    if (n < 2 && l === 'the' && k + 2 <= i && pluralPairNoun(view, i - 1, m) && adjectivesBetween(view, k, i - 1)) {
      const named: Party[] = [];
      for (const p of view.actors) {
        // (not one that only names whose an occasion is: "at the Gulf Cooperation Council summit")
        const next = view.tokens[p.last + 1];
        const modifier = next?.pos === 'NOUN' && !m.pairNouns.has(view.lemmas[p.last + 1] ?? '') && !m.officeNouns.has(view.lemmas[p.last + 1] ?? '');
        if (p.last < k && !p.generic && !p.setting && !modifier && !agentOfParticiple(view, p) && !named.some((q) => q.principal === p.principal)) named.push(p);
      }
      if (named.length >= 2) return named;
      if (named.length > 0) return [];
      const before: Party[] = [];
      for (const p of earlierParties(views, view.index)) if (!before.some((q) => q.principal === p.principal)) before.push(p);
      return before.length === 2 ? before : [];
    }
    if (n < 2) continue;
    let head = false;
    for (let h = k + 1; h < Math.min(i, k + 4); h++) if (m.pairNouns.has(view.lemmas[h] ?? '')) head = true;
    if (!head) return [];
    // (Not the go-betweens: "In talks mediated by Kenya, the two delegations agree …"; nor one named in a role:
    // "Malaysia, as ASEAN chair, …".)
    const here = view.actors.filter((p) => p.last < k && !p.generic && !p.setting && !agentOfParticiple(view, p) && !inRole(view, p));
    // "the four states": the last list of four named, however far back the entries go; "the two governments",
    // where this sentence does not name two: the last pair named together ("Peru and Chile"), not a go-between
    // or a host named since.
    if (n >= 3 || (n === 2 && new Set(here.map((p) => p.principal)).size < 2)) {
      const list = n === 2 ? lastList(views, view, k, n, PAIR_SENTENCES, (v, p) => !agentOfParticiple(v, p) && !inRole(v, p)) : lastList(views, view, k, n);
      if (list.length === n) return list;
    }
    const named = [...here.reverse(), ...earlierParties(views, view.index).reverse()];
    const group: Party[] = [];
    for (const p of named) {
      if (!group.some((q) => q.principal === p.principal)) group.unshift(p);
      if (group.length === n) break;
    }
    if (group.length === n) return group;
    return n === 2 && sides ? [...sides] : [];
  }
  return [];
}

/** Is `p` named in a role, after "as" ("Malaysia, as ASEAN chair, …"; not "as well as")? */
function inRole(view: SentenceView, p: Party): boolean {
  let k = p.first - 1;
  while (k >= 0 && view.tokens[k]?.pos === 'DET') k--;
  return view.lemmas[k] === 'as' && view.lemmas[k - 1] !== 'well';
}

/** Are the words strictly between `from` and `to` adjectives only ("the foreign ministers")? */
function adjectivesBetween(view: SentenceView, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (view.tokens[k]?.pos !== 'ADJ') return false;
  return true;
}

/** Is the word at `k` a plural of a noun that names one of a group of parties ("the leaders", "the ministers")? */
function pluralPairNoun(view: SentenceView, k: number, m: Modality): boolean {
  const t = view.tokens[k];
  // ("the Leaders", capitalised in a joint statement, is read as a name whose lemma the view gives.)
  return t !== undefined && (t.pos === 'NOUN' || t.pos === 'PROPN') && t.lower !== view.lemmas[k] && t.lower.endsWith('s') && m.pairNouns.has(view.lemmas[k] ?? '');
}

/**
 * "orders both countries to stop fighting", "urged the two sides to talk": a counted group as the
 * object right after the trigger is the principals named before it, less the source; none when the
 * phrase is not there.
 */
export function groupAfter(views: readonly SentenceView[], view: SentenceView, i: number, m: Modality, exclude: string | null): Party[] {
  for (let k = i + 1; k < Math.min(view.tokens.length, i + 3); k++) {
    const l = view.lemmas[k] ?? '';
    const n = l === 'both' ? 2 : [...view.language.cardinals].indexOf(l);
    if (n < 2) {
      if (view.tokens[k]?.pos === 'DET') continue;
      return [];
    }
    if (!m.pairNouns.has(view.lemmas[k + 1] ?? '') && !m.pairNouns.has(view.lemmas[k + 2] ?? '')) return [];
    const list = lastList(views, view, i, n, n === 2 ? PAIR_SENTENCES : LIST_SENTENCES);
    // (A pair the source is one of is not the two it addresses: "He urged both sides …" after "A and B clashed".)
    if (list.length === n && (n >= 3 || !list.some((p) => p.principal === exclude))) return list.filter((p) => p.principal !== exclude);
    const named = [...view.actors.filter((p) => p.last < i && !p.generic && !p.setting).reverse(), ...earlierParties(views, view.index).reverse()];
    const group: Party[] = [];
    for (const p of named) {
      if (p.principal === exclude || group.some((q) => q.principal === p.principal)) continue;
      group.unshift(p);
      if (group.length === n) break;
    }
    return group.length === n ? group : [];
  }
  return [];
}

/** How many sentences back a counted group of three or more ("the four states") looks for the list it counts. */
const LIST_SENTENCES = 12;
/** How many sentences back "the two sides" looks for a pair named together (further back, the last two named stand). */
const PAIR_SENTENCES = 4;

/**
 * The last list of exactly `n` principals named ("Saudi Arabia, the United Arab Emirates, Bahrain and
 * Egypt"), in `view` before token `before` or in the `sentences` before it; none when there is none. A party
 * `admit` refuses (a go-between, one named in a role) breaks a list.
 */
export function lastList(views: readonly SentenceView[], view: SentenceView, before: number, n: number, sentences: number = LIST_SENTENCES,
  admit: (v: SentenceView, p: Party) => boolean = () => true): Party[] {
  for (let s = view.index; s >= Math.max(0, view.index - sentences); s--) {
    const v = s === view.index ? view : views[s];
    if (!v) continue;
    const runs: Party[][] = [];
    let run: Party[] = [];
    let prevLast = -2;
    for (const p of v.actors) {
      if (s === view.index && p.last >= before) break;
      if (p.generic || p.setting || !admit(v, p)) {
        run = [];
        continue;
      }
      let joined = run.length > 0;
      // Between the names of one list stand only coordinators and articles: "A, B and the C".
      // ("as" only in "as well as": "Malaysia, as ASEAN chair, …" names one party in a role, no list.)
      for (let t = prevLast + 1; joined && t < p.first; t++) {
        const l = v.lemmas[t] ?? '';
        if ((!v.language.nounCoordinators.has(l) && v.tokens[t]?.pos !== 'DET') || (l === 'as' && v.lemmas[t + 1] !== 'well' && v.lemmas[t - 1] !== 'well')) joined = false;
      }
      if (!joined) {
        run = [];
        runs.push(run);
      }
      if (!run.some((q) => q.principal === p.principal)) run.push(p);
      prevLast = p.last;
    }
    for (let r = runs.length - 1; r >= 0; r--) if (runs[r]?.length === n) return runs[r] as Party[];
  }
  return [];
}

/** The two sides a document is about: the country and the organisation it names most. */
export interface Dyad {
  country: string | null;
  organisation: string | null;
}

/** The other side of the document's dyad from `principal`, as last named up to sentence `index`. */
export function dyadPartner(views: readonly SentenceView[], index: number, principal: string, dyad: Dyad): Party | undefined {
  const other = principal === dyad.country ? dyad.organisation : principal === dyad.organisation ? dyad.country : null;
  if (!other) return undefined;
  for (let s = index; s >= 0; s--) {
    const view = views[s];
    const named = view?.actors ?? [];
    for (let k = named.length - 1; k >= 0; k--) {
      const p = named[k];
      // (Not as the addressee of a message: "In a letter to the Council, …" tells the Council of the act.)
      if (p && view && p.principal === other && !p.generic && !p.setting && !frameAddressee(view, p)) return p;
    }
  }
  return undefined;
}

/** "A joined B and C in signing …": A, B and C. `inAt` is the index of "in". */
export function joinedIn(view: SentenceView, inAt: number): Party[] {
  for (let k = inAt - 1; k >= Math.max(0, inAt - 15); k--) {
    if (view.hard[k]) break;
    if (view.lemmas[k] !== 'join') continue;
    const subject = slotParties(view, k, 'subject', false);
    const subj = subject && !Array.isArray(subject) && 'parties' in subject ? subject.parties : [];
    const between = view.actors.filter((p) => p.first > k && p.last < inAt && !p.setting && !p.generic);
    return [...subj, ...between];
  }
  return [];
}

/**
 * The other side of the document's subject from `principal` ("Albania applies for membership" in an
 * EU–Albania timeline: the EU), or undefined when the document has none or `principal` is neither side.
 */
export function subjectPartner(subject: readonly [Party, Party] | null, principal: string): Party | undefined {
  if (!subject) return undefined;
  const [a, b] = subject;
  return principal === a.principal ? b : principal === b.principal ? a : undefined;
}


/**
 * The act of the sentence just before, told again: "Chile and Peru signed a fisheries agreement in Lima.
 * The agreement was signed by the two foreign ministers." The sentence opens with "the" and a noun of the
 * phrase the earlier act's rule found after its verb, and names the same act (its root) between the same two
 * principals on the same day: one act, read once.
 */
export function toldAgain(views: readonly SentenceView[], view: SentenceView, recent: readonly Recent[], root: string, a: string, b: string, date: DyadEvent['date']): boolean {
  if (view.lemmas[0] !== 'the') return false;
  for (let k = recent.length - 1; k >= 0; k--) {
    const r = recent[k] as Recent;
    if (r.sentence >= view.index) continue;
    if (r.sentence < view.index - 1) return false;
    if (r.root !== root || r.object < 0) continue;
    const pair = (r.source.principal === a && r.target.principal === b) || (r.source.principal === b && r.target.principal === a);
    const sameDay = date !== null && r.event.date !== null && date.start === r.event.date.start && date.end === r.event.date.end;
    if (pair && sameDay && namedFrom(views[r.sentence], r.object, view.lemmas[1] ?? '')) return true;
  }
  return false;
}

/** Is `lemma` a word of the phrase that opens at token `at` of `v` ("an Enhanced Partnership and Cooperation Agreement")? */
function namedFrom(v: SentenceView | undefined, at: number, lemma: string): boolean {
  if (!v || lemma === '') return false;
  for (let k = at; k < v.clauseEnd(at); k++) {
    if (v.lemmas[k] === lemma) return true;
    if (v.tokens[k]?.pos === 'VERB' || v.tokens[k]?.pos === 'ADP') return false;
  }
  return false;
}
