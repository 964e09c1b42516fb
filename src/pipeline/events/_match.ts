/**
 * The events stage: for each token, the rules keyed by its lemma (verb or noun) are tried in order;
 * the first whose conditions hold and whose parties are found gives one event per source. A statement
 * that is negated, hypothetical, future or intended gives nothing. Parties missing from the sentence
 * (a pronoun subject, a passive without its agent, "the Summit" of the sentence before) are taken from
 * the discourse: the event just before, then the actors named just before.
 */
import { hash } from 'node:crypto';
import type { ActorRef, DateInterval, DyadEvent } from '../../core/model.js';
import type { DocumentContext, Stage, Token } from '../types.js';
import { decidedRefusal, loadModality, unasserted, type Modality } from './_modality.js';
import { loadEventPatterns, type EventPatterns, type EventRule } from './_patterns.js';
import type { SlotName } from './_schema.js';
import { betweenOf, firstPredicate, markVerb, slotParties, subjectOf, type SubjectResult } from './_slots.js';
import { sentenceViews, topics, type Party, type SentenceView } from './_view.js';

/** Picks the date of the clause that states something: `dateForSpan` of the dates stage. */
export type DateFor = (ctx: DocumentContext, sentence: number, start: number, end: number) => DateInterval | null;

export interface EventsStageOptions {
  patterns?: EventPatterns;
  modality?: Modality;
  /** The date of a span; without it events carry the sentence's narrative date. */
  dateFor?: DateFor;
}

/** How many sentences back the discourse reaches for a missing party. */
const DISCOURSE_SENTENCES = 2;
const AFTER_WINDOW = 12;
const AUX_PASSIVE = new Set(['be', 'get']);

interface Side {
  parties: Party[];
  pronoun: boolean;
  generic: boolean;
  /** A preposition named only the source's own side ("proposed to the Kosovo Assembly"). */
  own?: boolean;
  /** The slot the parties were found in. */
  slot?: SlotName;
}

interface Recent {
  sentence: number;
  source: Party;
  target: Party;
  rule: string;
  root: string;
}

function isSubjectResult(r: Party[] | SubjectResult): r is SubjectResult {
  return r === null || !Array.isArray(r);
}

/** Roots of acts done to people, which a counted group may undergo: aid, yielding, reducing relations, coercion, force. */
const UPON_GROUPS = new Set(['07', '08', '16', '17', '18', '19', '20']);

function resolveSide(view: SentenceView, i: number, slots: readonly SlotName[], all: boolean, other: 'source' | 'target', exclude: string | null, noun: boolean, root: string): Side {
  let own = false;
  for (const slot of slots) {
    if (slot === 'between') {
      const b = betweenOf(view, i);
      if (b) return { parties: [other === 'target' ? b[0] : b[1]], pronoun: false, generic: false };
      continue;
    }
    const r = slotParties(view, i, slot, all, noun, exclude);
    if (isSubjectResult(r)) {
      if (r === null) continue;
      if ('pronoun' in r) return { parties: [], pronoun: true, generic: false };
      // "two Norwegian trawlers were seized by Russia": a counted group undergoes what is done to people.
      if ('generic' in r) {
        if (other === 'source' && r.party && UPON_GROUPS.has(root)) return { parties: [r.party], pronoun: false, generic: false, slot };
        return { parties: [], pronoun: false, generic: true };
      }
      const ps = r.parties.filter((p) => p.principal !== exclude);
      if (ps.length > 0) return { parties: ps, pronoun: false, generic: false, slot };
      continue;
    }
    // A counted group cannot act ("recognised by 111 states"), but it can be acted upon
    // ("expelled 45 diplomats", "detained 12 citizens"), not visited or hosted ("hosts 600,000 refugees").
    if (r[0]?.generic && (other === 'target' || !UPON_GROUPS.has(root))) return { parties: [], pronoun: false, generic: true };
    const ps = r.filter((p) => p.principal !== exclude && (!p.generic || other === 'source'));
    if (ps.length > 0) return { parties: ps, pronoun: false, generic: false, slot };
    if (r.length > 0 && RECIPIENTS.has(slot)) own = true;
  }
  return { parties: [], pronoun: false, generic: false, own };
}

/** Prepositions whose party receives the act: naming only the source's own side makes it domestic. */
const RECIPIENTS: ReadonlySet<SlotName> = new Set<SlotName>(['to', 'with', 'against']);

const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those', 'such']);

/** A subject that points back ("This step was met with …", "It was …"): no actor of its own. */
function anaphoricSubject(view: SentenceView, i: number): boolean {
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
function nounSubject(view: SentenceView, at: number, m: Modality): boolean | 'office' {
  // A second predicate's subject is the first one's: "The ministry handed … and demanded …".
  const first = firstPredicate(view, at);
  const i = first >= 0 ? first : at;
  for (let k = i - 1; k >= view.clauseStart(i); k--) {
    const pos = view.tokens[k]?.pos;
    if ((pos === 'NOUN' || pos === 'PROPN') && (view.actorAt[k] ?? -1) < 0) {
      let d = k;
      while (d > 0 && (view.tokens[d - 1]?.pos === 'ADJ' || view.tokens[d - 1]?.pos === 'NOUN')) d--;
      const office = m.officeNouns.has(view.lemmas[k] ?? '') && view.lemmas[d - 1] === 'the';
      return office ? 'office' : true;
    }
  }
  return false;
}

/** The head of the object noun phrase right after the trigger: its lemma, and whether it is a name no dictionary knows. */
function objectHead(view: SentenceView, i: number): { lemma: string; unknownName: boolean; distributive: boolean } | null {
  let distributive = false;
  for (let k = i + 1; k < Math.min(view.tokens.length, i + 5); k++) {
    const t = view.tokens[k];
    if (!t) break;
    const l = view.lemmas[k] ?? '';
    // "signed their agreements" (each its own), but not "held their first joint exercise".
    if (l === 'respective' || l === 'own' || l === 'separate') distributive = true;
    if (l === 'their' && !view.lemmas.slice(k + 1, k + 4).includes('joint')) distributive = true;
    if (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'PRON') continue;
    if (t.pos !== 'NOUN' && t.pos !== 'PROPN') break;
    // The head is the last word of a compound ("PfP Trust Fund projects").
    let h = k;
    while (h + 1 < view.tokens.length && (view.tokens[h + 1]?.pos === 'NOUN' || view.tokens[h + 1]?.pos === 'PROPN')) h++;
    const head = view.tokens[h];
    const unknownName = head?.pos === 'PROPN' && (view.actorAt[h] ?? -1) < 0 && !view.instrumentParties.some((p) => p.first <= h && p.last >= h);
    return { lemma: view.lemmas[h] ?? l, unknownName, distributive };
  }
  return distributive ? { lemma: '', unknownName: false, distributive } : null;
}

/** Roots of material conflict, whose target may be a place ("attacked positions inside Armenia"). */
const FORCE_ROOTS = new Set(['18', '19', '20']);

/**
 * Is `p` inside a relative clause of place after the trigger ("… in Rome, where Italy held the
 * presidency")? That names where, not whom; a party of a "which" clause often is the other side
 * ("negotiated a ceasefire, which Saakashvili signed").
 */
function inRelativeAfter(view: SentenceView, i: number, p: Party): boolean {
  for (let k = i + 1; k < p.first; k++) if (view.hard[k] && view.lemmas[k] === 'where') return true;
  return false;
}

/**
 * "attacked positions inside Armenia", "annexed Crimea", "visited Lima": a place after a use of force
 * or after a rule that allows places, in its clause, is its target.
 */
function forcePlace(view: SentenceView, i: number, rule: EventRule, source: Party): Party | undefined {
  if (!rule.places && !FORCE_ROOTS.has(rule.root)) return undefined;
  const end = view.clauseEnd(i);
  return view.places.find((p) => p.first > i && p.first < end && p.principal !== source.principal);
}

/** A participle or gerund that only describes ("…, allowing the trespass", "interest in investing"). */
function participial(view: SentenceView, i: number): boolean {
  const t = view.tokens[i];
  if (!t || !t.lower.endsWith('ing') || t.lower === view.lemmas[i]) return false;
  let k = i - 1;
  while (k >= 0 && view.tokens[k]?.pos === 'ADV') k--;
  // "Hungary responded by blocking …", "retaliated by expelling …": the manner of an act is an act.
  if (view.lemmas[k] === 'by' && view.tokens[k - 1]?.pos === 'VERB') return false;
  return view.lemmas[k] !== 'be';
}

/** The verbs an -ing form may come from: blocking → block, expelling → expel, closing → close. */
function ingStems(w: string): string[] {
  const base = w.slice(0, -3);
  const out = [base, `${base}e`];
  if (base.length > 2 && base[base.length - 1] === base[base.length - 2]) out.push(base.slice(0, -1));
  return out;
}

/** A participle before the noun it describes ("Hungary's frozen funds", "the suspended talks"): no act of its own. */
function attributive(view: SentenceView, i: number): boolean {
  const t = view.tokens[i];
  const next = view.tokens[i + 1]?.pos;
  if (!t || t.lower === view.lemmas[i] || t.lower.endsWith('ing') || (next !== 'NOUN' && next !== 'PROPN')) return false;
  const prev = view.tokens[i - 1];
  return prev !== undefined && (prev.pos === 'DET' || prev.pos === 'ADJ' || prev.lower === "'s" || prev.lower === '’s' || POSSESSIVES.has(prev.lower));
}

const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);

/**
 * Verb lemmas to try for a past form the tagger read as an adjective: after "be" ("was certified")
 * or right after the actor doing it ("Oman mediated between …").
 */
function participleLemmas(view: SentenceView, i: number): string[] {
  const t = view.tokens[i];
  if (!t || (t.pos !== 'ADJ' && t.pos !== 'NOUN') || !t.lower.endsWith('ed')) return [];
  let k = i - 1;
  while (k >= 0 && view.tokens[k]?.pos === 'ADV') k--;
  if (view.lemmas[k] !== 'be' && (view.actorAt[k] ?? -1) < 0) return [];
  const w = t.lower;
  return [view.lemmas[i] ?? w, w.slice(0, -1), w.slice(0, -2), `${w.slice(0, -3)}y`];
}

const PLAIN_FORMS = ['s', 'es'] as const;
/** Words that may follow a present-tense verb read as a noun: its object, a preposition, a particle. */
const AFTER_PRESENT = new Set(['DET', 'ADP', 'NUM', 'PRON', 'PROPN', 'ADV', 'PART', 'ADJ']);

/**
 * Verb lemmas to try for a present-tense verb the tagger read as a noun or adjective, as chronologies
 * and headlines write them: "Norway and Chile sign a treaty", "The Bolivian president visits Lima",
 * "Iceland and the EU open talks". It must follow a subject that names an actor (an actor, or a head
 * noun after one: "Norway's foreign ministry summons …"), agree with it in number (the plain form after
 * a coordination or a plural, the -s form otherwise), be followed by what a verb takes (an object, a
 * preposition, a particle) and be the only finite verb of its clause. "The sign of", "NATO's visits",
 * "visits by Serbian officials" and "Serbian visits to Moscow increased" stay nouns.
 */
function presentLemmas(view: SentenceView, i: number, m: Modality): string[] {
  const t = view.tokens[i];
  if (!t || (t.pos !== 'NOUN' && t.pos !== 'ADJ')) return [];
  const w = t.lower;
  const lemma = view.lemmas[i] ?? w;
  // "summons" is its own lemma: either form.
  const either = w === lemma && w.endsWith('s');
  const plain = w === lemma && !either;
  if (!plain && !w.endsWith('s')) return [];
  // The subject: an actor right before, or a noun phrase headed by a noun that has an actor before it.
  let k = i - 1;
  const start = view.clauseStart(i);
  let head = -1;
  while (k >= start && (view.actorAt[k] ?? -1) < 0) {
    const pos = view.tokens[k]?.pos;
    if (pos === 'NOUN' && head < 0 && k === i - 1) head = k;
    else if (!(head >= 0 && (pos === 'NOUN' || pos === 'ADJ' || pos === 'PART' || view.lemmas[k] === "'s"))) break;
    k--;
  }
  // "The new government halts the talks": a definite office opening the clause is a subject too.
  const office = head >= 0 && m.officeNouns.has(view.lemmas[head] ?? '') && view.lemmas[k] === 'the' && k + 1 <= head;
  const actor = k >= start ? view.actors[view.actorAt[k] ?? -1] : undefined;
  if (!office && (!actor || actor.generic || actor.setting)) return [];
  // A possessive straight before the word makes it a noun: "Russia's visits".
  if (head < 0 && (view.lemmas[i - 1] === "'s" || view.tokens[i - 1]?.text === '’s')) return [];
  // Not the object of a preposition: "talks with Serbia sign …" is no subject.
  let p = actor ? actor.first - 1 : k - 1;
  while (p >= start && (view.tokens[p]?.pos === 'DET' || view.tokens[p]?.pos === 'ADJ')) p--;
  // ("Prime Ministers Stoltenberg of Norway and Sigurdardottir of Iceland sign …": "of" names whose.)
  if (p >= start && view.tokens[p]?.pos === 'ADP' && view.lemmas[p] !== 'of') return [];
  // Agreement: the plain form wants a plural subject ("A and B sign", "Kenyan aircraft shoot"), the -s form a singular.
  // A subject after "and" opens a clause of its own: "A and B agree to arbitration and Slovenia lifts its blockade".
  let subj = actor ? actor.first : k;
  while (subj - 1 >= start && ((view.actorAt[subj - 1] ?? -1) >= 0 || view.tokens[subj - 1]?.pos === 'DET' ||
    (view.lemmas[subj - 1] === 'and' && (view.actorAt[subj - 2] ?? -1) >= 0))) subj--;
  const from = subj > start && view.tokens[subj - 1]?.pos === 'CCONJ' ? subj : start;
  let coordinated = false;
  for (let c = from; c < i; c++) if (view.lemmas[c] === 'and' || view.lemmas[c] === '&') coordinated = true;
  // The head is the noun after the actor, or the actor's own last word ("Danish police", "Kenyan forces").
  const h = head >= 0 ? head : (actor?.last ?? -1);
  const hToken = view.tokens[h];
  const pluralHead = hToken !== undefined && hToken.pos === 'NOUN' &&
    ((hToken.lower !== view.lemmas[h] && hToken.lower.endsWith('s')) || m.collectives.has(hToken.lower));
  // "The Allies pledge": a name may be plural too ("The United States pledges" keeps the -s form).
  const pluralName = hToken !== undefined && hToken.pos === 'PROPN' && hToken.lower.endsWith('s');
  if (plain && !coordinated && !pluralHead && !pluralName) return [];
  if (!plain && !either && pluralHead) return [];
  // What follows must be what a verb takes; a noun right after is an object only if it ends its phrase
  // ("lifts sanctions on Sudan", "pledges aid to Nepal"), not the next word of a compound ("EU sanctions list").
  const next = view.tokens[i + 1];
  if (!next) return [];
  if (next.pos === 'NOUN' && !plain) {
    const after = view.tokens[i + 2]?.pos;
    if (after === 'NOUN' || after === 'VERB' || after === 'AUX') return [];
  } else if (next.pos !== 'NOUN' && !AFTER_PRESENT.has(next.pos) && (view.actorAt[i + 1] ?? -1) < 0) return [];
  // The only finite verb of its clause: otherwise the word is the subject's noun ("NATO visits to Serbia increased").
  const end = view.clauseEnd(i);
  for (let c = from; c < end; c++) {
    if (c === i) continue;
    const pos = view.tokens[c]?.pos;
    if (pos !== 'VERB' && pos !== 'AUX') continue;
    // An infinitive, a gerund, or a second predicate ("grants … and decides …") is no rival.
    if (view.tokens[c]?.lower.endsWith('ing') || view.lemmas[c - 1] === 'to' || (c > i && view.tokens[c - 1]?.pos === 'CCONJ')) continue;
    return [];
  }
  return verbForms(w, lemma);
}

/** Is one of `verbForms` a key of `verbs`? (Without building the list: this runs for many nouns.) */
function hasVerbForm(w: string, lemma: string, verbs: ReadonlyMap<string, unknown>): boolean {
  if (verbs.has(lemma)) return true;
  if (!w.endsWith('s')) return false;
  return verbs.has(w.slice(0, -1)) || (w.endsWith('es') && verbs.has(w.slice(0, -2))) || (w.endsWith('ies') && verbs.has(`${w.slice(0, -3)}y`));
}

/** The verb lemmas a present-tense form may have: its lemma, and less its -s, -es or -ies. */
function verbForms(w: string, lemma: string): string[] {
  const out = [lemma];
  if (w === lemma && !w.endsWith('s')) return out;
  for (const suffix of PLAIN_FORMS) if (w.endsWith(suffix)) out.push(w.slice(0, -suffix.length));
  if (w.endsWith('ies')) out.push(`${w.slice(0, -3)}y`);
  return out;
}

function isPassive(view: SentenceView, i: number): boolean {
  const t = view.tokens[i];
  if (!t || t.lower === view.lemmas[i]) return false;
  // "is asking", "were being held": a form in -ing after "be" is progressive, not a passive participle.
  if (t.lower.endsWith('ing')) return false;
  // A reduced relative: "independence, recognised by 111 states".
  if (t.lower.endsWith('ed') && view.lemmas[i + 1] === 'by') return true;
  let k = i - 1;
  while (k >= 0 && view.tokens[k]?.pos === 'ADV') k--;
  return k >= 0 && AUX_PASSIVE.has(view.lemmas[k] ?? '');
}

function hasBefore(view: SentenceView, i: number, words: ReadonlySet<string>, extra: string | null): boolean {
  if (extra !== null && words.has(extra)) return true;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (words.has(view.lemmas[k] ?? '')) return true;
    if (view.soft[k]) break;
  }
  return false;
}

/**
 * The index of the last hyphen in a word, or -1. Most words have none, and V8's indexOf is a fast
 * built-in where lastIndexOf is a call into the runtime: this runs for every token.
 */
function lastHyphen(word: string): number {
  let at = word.indexOf('-');
  if (at < 0) return -1;
  for (let next = word.indexOf('-', at + 1); next >= 0; next = word.indexOf('-', at + 1)) at = next;
  return at;
}

/** Is one of the `after` words in the clause before the trigger (the subject of a passive)? */
function findBefore(view: SentenceView, i: number, words: ReadonlySet<string>): boolean {
  for (let k = i - 1; k >= view.clauseStart(i); k--) if (words.has(view.lemmas[k] ?? '')) return true;
  return false;
}

/** The token where an `after` word is found, or -1. */
function findAfter(view: SentenceView, i: number, words: ReadonlySet<string>): number {
  const wantsInstrument = words.has('@instrument');
  const end = Math.min(view.tokens.length, i + 1 + AFTER_WINDOW);
  for (let k = i + 1; k < end; k++) {
    const l = view.lemmas[k] ?? '';
    if (view.hard[k] || l === ',' || l === '.') break;
    const t = view.tokens[k];
    if (words.has(l) || (t !== undefined && t.lower !== l && words.has(t.lower))) return k;
    // (A plain word has no hyphen.)
    const dash = t?.plain ? -1 : lastHyphen(l);
    if (dash > 0 && words.has(l.slice(dash + 1))) return k;
    if (wantsInstrument && instrumentStartsAt(view, k)) return k;
  }
  return -1;
}

/** Widen `span` to take in party `p` if it is named in the view's sentence (not borrowed from one before). */
function widen(span: { start: number; end: number }, p: Party, view: SentenceView): void {
  if (p.start < view.sentence.start || p.end > view.sentence.end) return;
  span.start = Math.min(span.start, p.start);
  span.end = Math.max(span.end, p.end);
}

/** Does an instrument party start at token `k`? */
function instrumentStartsAt(view: SentenceView, k: number): boolean {
  for (const p of view.instrumentParties) if (p.first === k) return true;
  return false;
}

function ref(p: Party): ActorRef {
  return p.actorId ? { principal: p.principal, actor: p.actor, actorId: p.actorId } : { principal: p.principal, actor: p.actor };
}

function eventId(docId: string, start: number, end: number, code: string, source: string, target: string): string {
  // The one-shot hash: the same digest as a Hash object's, at half the cost.
  return hash('sha256', `${docId}\u0000event\u0000${start}\u0000${end}\u0000${code}\u0000${source}\u0000${target}`, 'hex').slice(0, 20);
}

/** Parties named in sentences before `index` (nearest last), for discourse fallbacks. */
function earlierParties(views: readonly SentenceView[], index: number): Party[] {
  const out: Party[] = [];
  for (let s = Math.max(0, index - DISCOURSE_SENTENCES); s < index; s++) {
    for (const p of views[s]?.actors ?? []) if (!p.generic && !p.setting) out.push(p);
  }
  return out;
}

const PRONOUN_OBJECTS = new Set(['it', 'them']);
const CHAR_D = 'd'.charCodeAt(0);
const CHAR_G = 'g'.charCodeAt(0);
const CHAR_S = 's'.charCodeAt(0);

/** Is the infinitive at `i` the subject's own stated intent ("was ready to hold", "offered to mediate")? */
function statedIntent(view: SentenceView, i: number, m: Modality): boolean {
  let p = i - 1;
  while (p >= 0 && view.tokens[p]?.pos === 'ADV') p--;
  if (view.lemmas[p] !== 'to') return false;
  let q = p - 1;
  while (q >= 0 && view.tokens[q]?.pos === 'ADV') q--;
  return m.offers.has(view.lemmas[q] ?? '');
}

/** How many letters of an act noun its verb shares: recognition/recognise, invitation/invite, annexation/annex. */
const ACT_STEM = 5;

/**
 * The subject of the verb an act noun names, in this sentence before the trigger or the sentences just
 * before: "Russia recognised Abkhazia. NATO condemned the recognition." → Russia.
 */
function actorOfAct(views: readonly SentenceView[], view: SentenceView, i: number, noun: string, source: Party): Party | undefined {
  if (noun.length < ACT_STEM) return undefined;
  const stem = noun.slice(0, ACT_STEM);
  for (let s = view.index; s >= Math.max(0, view.index - DISCOURSE_SENTENCES); s--) {
    const v = s === view.index ? view : views[s];
    if (!v) continue;
    for (let k = (s === view.index ? i : v.tokens.length) - 1; k >= 0; k--) {
      if (v.tokens[k]?.pos !== 'VERB' || !(v.lemmas[k] ?? '').startsWith(stem)) continue;
      const subject = subjectOf(v, k);
      const p = subject && 'parties' in subject ? subject.parties[0] : undefined;
      if (p && p.principal !== source.principal) return p;
    }
  }
  return undefined;
}

/**
 * "The two presidents", "both governments" before the trigger: the last two principals named before it,
 * in this sentence or the two before, in the order named; none when the phrase is not there.
 */
function pairReferent(views: readonly SentenceView[], view: SentenceView, i: number, m: Modality): Party[] {
  const start = view.clauseStart(i);
  for (let k = i - 1; k >= start; k--) {
    if ((view.actorAt[k] ?? -1) >= 0) return [];
    const l = view.lemmas[k];
    if (l !== 'two' && l !== 'both') continue;
    let head = false;
    for (let h = k + 1; h < Math.min(i, k + 4); h++) if (m.pairNouns.has(view.lemmas[h] ?? '')) head = true;
    if (!head) return [];
    const named = [...view.actors.filter((p) => p.last < k && !p.generic && !p.setting).reverse(), ...earlierParties(views, view.index).reverse()];
    const pair: Party[] = [];
    for (const p of named) {
      if (!pair.some((q) => q.principal === p.principal)) pair.unshift(p);
      if (pair.length === 2) break;
    }
    return pair.length === 2 ? pair : [];
  }
  return [];
}

/** The two sides a document is about: the country and the organisation it names most. */
interface Dyad {
  country: string | null;
  organisation: string | null;
}

/** The other side of the document's dyad from `principal`, as last named up to sentence `index`. */
function dyadPartner(views: readonly SentenceView[], index: number, principal: string, dyad: Dyad): Party | undefined {
  const other = principal === dyad.country ? dyad.organisation : principal === dyad.organisation ? dyad.country : null;
  if (!other) return undefined;
  for (let s = index; s >= 0; s--) {
    const named = views[s]?.actors ?? [];
    for (let k = named.length - 1; k >= 0; k--) {
      const p = named[k];
      if (p && p.principal === other && !p.generic && !p.setting) return p;
    }
  }
  return undefined;
}

/** Create the events stage. */
export function createEventsStage(options: EventsStageOptions = {}): Stage {
  const patterns = options.patterns ?? loadEventPatterns();
  const modality = options.modality ?? loadModality();
  const dateFor: DateFor = options.dateFor ?? ((ctx, s) => ctx.sentenceDates[s] ?? null);
  // Every word a rule is keyed by: one look-up tells most tokens apart as no trigger at all.
  const triggers: ReadonlySet<string> = new Set([...patterns.verbs.keys(), ...patterns.nouns.keys()]);
  // The triggers with -s and -es added: a word in one is a trigger less its ending, found without cutting the word.
  const triggersPlusS: ReadonlySet<string> = new Set([...triggers].map((w) => `${w}s`));
  const triggersPlusEs: ReadonlySet<string> = new Set([...triggers].map((w) => `${w}es`));

  return (ctx) => {
    const views = sentenceViews(ctx);
    // Worked out only when a target has to be guessed.
    let dyad: Dyad | undefined;
    const theDyad = (): Dyad => (dyad ??= topics(ctx.actors));
    const recent: Recent[] = [];

    /** Was an event of root `root` from `source` to `target` read in sentence `sentence` already? (`recent` is in sentence order.) */
    const readHere = (sentence: number, source: string, target: string, root: string): boolean => {
      for (let k = recent.length - 1; k >= 0; k--) {
        const r = recent[k] as Recent;
        if (r.sentence !== sentence) return false;
        if (r.root === root && r.source.principal === source && r.target.principal === target) return true;
      }
      return false;
    };

    const lastEvent = (sentence: number): Recent | undefined => {
      const r = recent[recent.length - 1];
      return r && sentence - r.sentence <= DISCOURSE_SENTENCES ? r : undefined;
    };

    /** Try the rules keyed by the word at token `i` (`lemma`: its lemma, less a hyphenated modifier). */
    const matchAt = (view: SentenceView, i: number, full: string, lemma: string, modifier: string | null): void => {
      const { tokens, lemmas } = view;
      const t = tokens[i] as Token;
      let asVerb = t.pos === 'VERB' ? patterns.verbs.get(lemma) : undefined;
      // A past form wink lemmatised wrongly ("fined" → "fin"): its stem.
      if (!asVerb && t.pos === 'VERB' && t.lower.length === full.length + 2 && t.lower.endsWith('ed')) asVerb = patterns.verbs.get(`${full}e`);
      if (!asVerb && (t.pos === 'ADJ' || t.pos === 'NOUN') && t.lower.endsWith('ed')) {
        for (const l of participleLemmas(view, i)) {
          asVerb = patterns.verbs.get(l);
          if (asVerb) break;
        }
      }
      let present = false;
      // (the context is read only for words a verb rule is keyed by)
      if (!asVerb && (t.pos === 'ADJ' || t.pos === 'NOUN') && hasVerbForm(t.lower, lemma, patterns.verbs)) {
        for (const l of presentLemmas(view, i, modality)) {
          asVerb = patterns.verbs.get(l);
          if (asVerb) {
            present = true;
            markVerb(view, i);
            break;
          }
        }
      }
      const prevPos = tokens[i - 1]?.pos;
      // A gerund heading a noun phrase ("Fighting between A and B resumed") is a noun.
      const gerundNoun = t.pos === 'VERB' && t.lower.endsWith('ing') && (i === 0 || prevPos === 'DET' || prevPos === 'ADJ' || prevPos === 'ADP');
      const nounLike = !present && (t.pos === 'NOUN' || t.pos === 'PROPN' || (t.pos === 'VERB' && prevPos === 'DET') || gerundNoun);
      // A capitalised plural the tagger took for a name ("Protests of …") still has its singular.
      const asNoun = nounLike
        ? patterns.nouns.get(lemma) ??
          (gerundNoun ? patterns.nouns.get(t.lower) : undefined) ??
          (t.pos === 'PROPN' && t.lower.endsWith('s') ? patterns.nouns.get(t.lower.slice(0, -1)) : undefined)
        : undefined;
      let gerund = !asVerb && t.pos !== 'VERB' && t.lower.endsWith('ing') ? patterns.verbs.get(lemma) : undefined;
      // "retaliated by expelling …" read as a noun: its verb's stem.
      if (!asVerb && !gerund && t.pos !== 'VERB' && t.lower.endsWith('ing') && lemmas[i - 1] === 'by') {
        for (const stem of ingStems(t.lower)) {
          gerund = patterns.verbs.get(stem);
          if (gerund) break;
        }
      }
      const verbRules = asVerb ?? gerund;
      if (!verbRules && !asNoun) return;
      let rules: readonly EventRule[] = verbRules && asNoun ? [...verbRules, ...asNoun] : (verbRules ?? asNoun ?? []);
      // "… ratified Finland's accession. Turkey ratified it too.": "it" is what the same act was done to just before.
      let repeated: EventRule | undefined;
      if (verbRules && PRONOUN_OBJECTS.has(lemmas[i + 1] ?? '')) {
        const prior = lastEvent(view.index);
        repeated = prior ? verbRules.find((r) => r.id === prior.rule) : undefined;
        if (repeated) rules = [repeated, ...rules.filter((r) => r !== repeated)];
      }
      // "Serbia joined Montenegro and Bosnia in signing …": all of them sign.
      const joined = lemmas[i - 1] === 'in' && t.lower.endsWith('ing') ? joinedIn(view, i - 1) : [];
      let blocked: ReturnType<typeof unasserted> | undefined;
      for (const candidate of rules) {
        let rule: EventRule = candidate;
        const noun = rule.voice === 'noun';
        if (!noun && joined.length === 0 && (participial(view, i) || attributive(view, i))) continue;
        if (rule.before && !hasBefore(view, i, rule.before, modifier)) continue;
        let afterAt = -1;
        const passive = !noun && isPassive(view, i);
        if (rule.after && candidate !== repeated) {
          afterAt = findAfter(view, i, rule.after);
          // In the passive the object stands before the verb: "sanctions were imposed on Russia".
          if (afterAt < 0 && passive && findBefore(view, i, rule.after)) afterAt = i;
          if (afterAt < 0) continue;
        }
        if (passive && rule.passive === 'never') continue;
        if (blocked === undefined) blocked = unasserted(view, i, noun, modality);
        // "Egypt was ready to hold talks with Sudan": not talks, but the stated intent to hold them.
        const intent = blocked === 'infinitive' && !noun ? patterns.intents.get(rule.root) : undefined;
        if (intent && statedIntent(view, i, modality)) rule = { ...rule, ...intent };
        else if (blocked === 'negated' && patterns.refusal && rule.quadClass <= 2 && decidedRefusal(view, i, modality)) rule = { ...rule, ...patterns.refusal };
        else if (blocked) break;

        let sourceSlots = rule.source;
        let targetSlots = rule.target;
        if (passive && rule.passive === 'swap') {
          sourceSlots = ['by'];
          targetSlots = ['subject', ...rule.target.filter((s) => s !== 'object')];
        }
        let source = joined.length > 0
          ? { parties: joined, pronoun: false, generic: false }
          : resolveSide(view, i, sourceSlots, true, 'target', null, noun, rule.root);
        if (source.generic) break;
        const explicitSource = source.parties.length > 0;
        if (!explicitSource && noun) continue;
        const prior = lastEvent(view.index);
        let fallback = false;
        // A pronoun subject continues the discourse: it is the actor of the event just before.
        if (!explicitSource && source.pronoun && prior) {
          source = { parties: [prior.source], pronoun: false, generic: false };
          fallback = true;
        }
        // "The two prime ministers signed …": the pair named just before.
        if (!explicitSource && !source.pronoun && !noun && !passive) {
          const pair = pairReferent(views, view, i, modality);
          if (pair.length === 2) {
            source = { parties: pair, pronoun: false, generic: false, slot: 'subject' };
            fallback = true;
          }
        }
        let target = resolveSide(view, i, targetSlots, false, 'source', source.parties[0]?.principal ?? null, noun, rule.root);
        if (target.generic) break;
        // "This step was met with disagreement from A": the step is the last event's, so is the target.
        if (target.parties.length === 0 && passive && targetSlots[0] === 'subject' && prior && anaphoricSubject(view, i)) {
          target = { parties: [prior.source], pronoun: false, generic: false };
          fallback = true;
        }
        // A subject that names no actor ("Opposition deputies boycotted …") is someone unknown.
        // "An agreement was signed between Chile and Peru": the two sides, in the order named.
        if (source.parties.length === 0 && passive) {
          const b = betweenOf(view, i);
          if (b) {
            source = { parties: [b[0]], pronoun: false, generic: false };
            target = { parties: [b[1]], pronoun: false, generic: false };
          }
        }
        const unnamed = source.parties.length === 0 && !source.pronoun && !passive ? nounSubject(view, i, modality) : false;
        if (unnamed === true) continue;
        // "Chapter 23 was opened in 2016": a passive with no agent whose subject names no actor names
        // neither side; both borrowed from the sentences before would make an event up.
        if (source.parties.length === 0 && target.parties.length === 0 && passive && !source.pronoun) continue;
        if (source.parties.length === 0) {
          const exclude = target.parties[0]?.principal ?? null;
          // An office ("the ministry") is the lead actor of the sentence before: the source of its first event.
          const lead = unnamed === 'office' && prior ? recent.find((r) => r.sentence === prior.sentence)?.source : undefined;
          const candidates = [
            ...(lead ? [lead] : []),
            ...(prior ? [prior.source, prior.target] : []),
            ...(source.pronoun ? [] : [...view.actors.filter((p) => p.last < i && !p.generic && !p.setting)].reverse()),
            ...earlierParties(views, view.index).reverse(),
          ];
          const pick = candidates.find((p) => p.principal !== exclude);
          if (!pick) continue;
          source = { parties: [pick], pronoun: false, generic: false };
          fallback = true;
        }
        // "NATO and Georgia signed a framework document": the two sides of one event.
        const head = target.parties.length === 0 ? objectHead(view, i) : null;
        // With three or more ("A, B and C met"), each pair once, in the order named.
        let pairs: [Party, Party][] | null = null;
        // A plain object does not outweigh them ("Serbia and Kosovo began a dialogue under EU auspices").
        const plainObject = target.slot === 'object';
        // Only cooperation is done with each other: "A and B condemned the attack" is not A against B.
        const mutual = rule.quadClass <= 2;
        // "the exercise of Norwegian and Danish forces": a noun's coordinated owners, too.
        const together = source.slot === 'subject' || (noun && source.slot === 'of');
        if ((target.parties.length === 0 || plainObject) && mutual && together && !rule.domestic && !head?.distributive) {
          const sides = source.parties.filter((p, k) => source.parties.findIndex((q) => q.principal === p.principal) === k);
          if (sides.length >= 2) {
            pairs = [];
            for (let a = 0; a < sides.length; a++) {
              for (let b = a + 1; b < sides.length; b++) pairs.push([sides[a] as Party, sides[b] as Party]);
            }
            target = { parties: [sides[1] as Party], pronoun: false, generic: false };
            source = { parties: [sides[0] as Party], pronoun: false, generic: false };
          }
        }
        const src0 = source.parties[0] as Party;
        if (target.parties.length === 0) {
          if (rule.domestic || target.own) {
            // Within one principal: "riots of Serbian nationalists", "proposed to the Kosovo Assembly".
            target = { parties: [src0], pronoun: false, generic: false, own: target.own === true };
          } else if (noun) {
            // A noun names its parties or states no event ("NATO's intervention"); a place it may take ("the visit to Lima").
            const place = rule.places ? forcePlace(view, i, rule, src0) : undefined;
            if (!place) continue;
            target = { parties: [place], pronoun: false, generic: false };
          } else if (!forcePlace(view, i, rule, src0) && ((head?.unknownName && !rule.after?.has(head.lemma)) || rule.confidence < 0.7)) {
            // The object is named but unknown ("recognised Abkhazia"), or the rule is too weak to guess.
            continue;
          } else {
            const sameSource = prior && prior.source.principal === src0.principal && prior.target.principal !== src0.principal
              ? [prior.target]
              : [];
            // Those acting together are not each other's target: "A and B condemned the test".
            const sources = new Set(source.parties.map((p) => p.principal));
            const here = view.actors
              .filter((p) => !p.generic && !p.setting && !sources.has(p.principal) && !inRelativeAfter(view, i, p))
              .sort((a, b) => Math.abs(a.first - i) - Math.abs(b.first - i));
            const before = earlierParties(views, view.index).filter((p) => !sources.has(p.principal)).reverse();
            // "attacked positions inside Armenia": a place can be what force is used against.
            const place = forcePlace(view, i, rule, src0);
            // "Russia criticised the invitation": the target is whoever made the act: the subject of its
            // verb named just before ("Russia recognised Abkhazia. NATO condemned the recognition."), else
            // the actor of the event just before. The rule's own object ("signed the agreement") is no act.
            const act = head !== null && modality.actNouns.has(head.lemma) && !rule.after?.has(head.lemma);
            // The event just before made the act only if it is of the act's kind ("the attack": force).
            const kinds = act ? patterns.nouns.get(head.lemma)?.map((r) => r.root) : undefined;
            const priorMade = prior && prior.source.principal !== src0.principal && (!kinds || kinds.includes(prior.root));
            const actor = act ? actorOfAct(views, view, i, head.lemma, src0) ?? (priorMade ? prior.source : undefined) : undefined;
            // An act whose actor is not in view has no target to guess.
            if (act && !actor) continue;
            // "The Turkish parliament ratified it too": the same act on the same target as just before.
            const same = PRONOUN_OBJECTS.has(view.lemmas[i + 1] ?? '') && prior && prior.rule === rule.id && prior.target.principal !== src0.principal
              ? prior.target
              : undefined;
            // With nobody in view, the other side of the dyad the document is about ("Iceland postpones the negotiations").
            const partner = here.length === 0 ? dyadPartner(views, view.index, src0.principal, theDyad()) : undefined;
            const pick = place ?? same ?? actor ?? sameSource[0] ?? here[0] ?? partner ?? before[0];
            if (!pick) continue;
            target = { parties: [pick], pronoun: false, generic: false };
            fallback = true;
          }
        }
        const tgt = target.parties[0] as Party;

        // The evidence spans the trigger and the parties named in its sentence.
        const span = { start: t.start, end: t.end };
        for (const p of source.parties) widen(span, p, view);
        widen(span, tgt, view);
        for (const [a, b] of pairs ?? []) {
          widen(span, a, view);
          widen(span, b, view);
        }
        if (afterAt >= 0) span.end = Math.max(span.end, tokens[afterAt]?.end ?? span.end);
        const date = dateFor(ctx, view.index, t.start, t.end);
        const oStart = ctx.offsets.toOriginal(span.start);
        const oEnd = ctx.offsets.toOriginal(span.end);
        let emitted = false;
        // "NATO invited Croatia and Albania": each of a coordinated object, once per principal.
        let each = pairs;
        if (!each) {
          each = [];
          for (const p of source.parties) {
            for (let k = 0; k < target.parties.length; k++) {
              const q = target.parties[k] as Party;
              if (target.parties.findIndex((r) => r.principal === q.principal) === k) each.push([p, q]);
            }
          }
        }
        for (const [src, tgt] of each) {
          if (src.principal === tgt.principal && !rule.domestic && !target.own) continue;
          if (readHere(view.index, src.principal, tgt.principal, rule.root)) {
            emitted = true;
            continue;
          }
          const ev: DyadEvent = {
            id: eventId(ctx.info.id, oStart, oEnd, rule.code, src.principal, tgt.principal),
            source: ref(src),
            target: ref(tgt),
            code: rule.code,
            root: rule.root,
            quadClass: rule.quadClass,
            goldstein: rule.goldstein,
            date,
            evidence: { start: oStart, end: oEnd, text: ctx.original.slice(oStart, oEnd) },
            rule: rule.id,
            confidence: Math.round(rule.confidence * (fallback ? 0.8 : 1) * 100) / 100,
          };
          ctx.events.push(ev);
          recent.push({ sentence: view.index, source: src, target: tgt, rule: rule.id, root: rule.root });
          emitted = true;
        }
        if (emitted) break;
      }
    };

    for (const view of views) {
      const { tokens, lemmas } = view;
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        if (!t) continue;
        const pos = t.pos;
        // (Its last letter first: most words end in none of d, g and s that the cases below need.)
        const last = t.lower.charCodeAt(t.lower.length - 1);
        // Only a verb, a noun, a name or an adjective is read as a trigger, or a word in -ing (a gerund).
        if (pos !== 'NOUN' && pos !== 'VERB' && pos !== 'PROPN' && pos !== 'ADJ' && !(last === CHAR_G && t.lower.endsWith('ing'))) continue;
        const full = lemmas[i] ?? '';
        // A plain word (ASCII letters and digits, segment says) has no hyphen in its lemma either.
        const dash = t.plain ? -1 : lastHyphen(full);
        const hyphenated = dash > 0 && dash < full.length - 1;
        const lemma = hyphenated ? full.slice(dash + 1) : full;
        // No rule can fire unless the lemma, the word itself, its singular (a name read as a plural)
        // or a past participle's stem (below) is a trigger.
        if (
          !triggers.has(lemma) &&
          !(last === CHAR_D && t.lower.endsWith('ed')) &&
          (t.lower === lemma || !triggers.has(t.lower)) &&
          !(last === CHAR_G && lemmas[i - 1] === 'by' && t.lower.endsWith('ing')) &&
          // "annexes", "summons": wink's lemma is a noun ("annexe", "summons")
          !(last === CHAR_S && pos === 'NOUN' && ((full === t.lower && triggersPlusS.has(t.lower)) || triggersPlusEs.has(t.lower))) &&
          !(last === CHAR_S && pos === 'PROPN' && triggersPlusS.has(t.lower))
        ) continue;
        matchAt(view, i, full, lemma, hyphenated ? full.slice(0, dash) : null);
      }
    }
  };
}

/** "A joined B and C in signing …": A, B and C. `inAt` is the index of "in". */
function joinedIn(view: SentenceView, inAt: number): Party[] {
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
