/**
 * The two sides of an event around its trigger: the slots a rule names are tried in order, and the
 * parties found there kept or refused (a counted group acts on no one, a place is a target only of
 * force); the head of the object, for telling a named object from an act.
 */
import type { EventRule } from './_patterns.js';
import { betweenOf, firstPredicate, loadModality, slotParties, type Party, type SentenceView, type SlotName, type SubjectResult } from '../grammar/index.js';

/** The parties found for one side of an event. */
export interface Side {
  parties: Party[];
  pronoun: boolean;
  generic: boolean;
  /** A preposition named only the source's own side ("proposed to the Kosovo Assembly"). */
  own?: boolean;
  /** The slot the parties were found in. */
  slot?: SlotName;
  /** The parties are a part of the other side's own country, distinct from it (see resolveSide). */
  inside?: boolean;
}

function isSubjectResult(r: Party[] | SubjectResult): r is SubjectResult {
  return r === null || !Array.isArray(r);
}

/** Roots of acts done to people, which a counted group may undergo: aid, yielding, reducing relations, coercion, force. */
const UPON_GROUPS = new Set(['07', '08', '16', '17', '18', '19', '20']);

/**
 * The parties of one side, found in the first of `slots` that names any; none of `exclude`'s principal
 * (the other side's). Given the other side's party `part`: where no slot names another principal, a
 * distinct part of the same country that a slot names ("the court barred the candidate").
 */
export function resolveSide(view: SentenceView, i: number, slots: readonly SlotName[], all: boolean, other: 'source' | 'target', exclude: string | null, noun: boolean, root: string, part?: Party): Side {
  const side = sideIn(view, i, slots, all, other, exclude, noun, root, null);
  if (!part || side.parties.length > 0 || side.pronoun || side.generic || hyphenated(view, i)) return side;
  const inside = sideIn(view, i, slots, all, other, exclude, noun, root, (p) => partsOfOne(view, part, p));
  return inside.parties.length > 0 ? { ...inside, inside: true } : side;
}

function sideIn(view: SentenceView, i: number, slots: readonly SlotName[], all: boolean, other: 'source' | 'target', exclude: string | null, noun: boolean, root: string, inside: ((p: Party) => boolean) | null): Side {
  const barred = (p: Party): boolean => p.principal === exclude && !(inside?.(p) ?? false);
  let own = false;
  for (const slot of slots) {
    if (slot === 'between') {
      const b = betweenOf(view, i);
      // "Norway mediated between Sri Lanka and India": a source that is neither side acts on both.
      if (b && other === 'source' && exclude !== null && b[0].principal !== exclude && b[1].principal !== exclude) return { parties: [b[0], b[1]], pronoun: false, generic: false };
      if (b) return { parties: [other === 'target' ? b[0] : b[1]], pronoun: false, generic: false };
      continue;
    }
    // "… but reports said clashes were continuing": a noun that is its own clause's subject has no subject slot.
    if (slot === 'subject' && noun && ownSubject(view, i)) continue;
    // Looking for a part of the source's own country, the slot must not pass over it: the one who must act in
    // a that-clause ("demanded that the government resign"), a person named ("will release Prime Minister X"),
    // or a distinct part named as the object ("the court barred the electoral commission").
    const r = inside && slot === 'object' ? insideObject(view, i, exclude, inside, root) : slotParties(view, i, slot, all, noun, exclude);
    if (isSubjectResult(r)) {
      if (r === null) continue;
      if ('pronoun' in r) return { parties: [], pronoun: true, generic: false };
      // "two Norwegian trawlers were seized by Russia": a counted group undergoes what is done to people.
      if ('generic' in r) {
        if (other === 'source' && r.party && UPON_GROUPS.has(root)) return { parties: [r.party], pronoun: false, generic: false, slot };
        // "Five hundred Ugandan rebels surrendered": a principal's own agents, counted, act as it.
        if (other === 'target' && r.party?.countedAgents && !barred(r.party)) return { parties: [r.party], pronoun: false, generic: false, slot };
        return { parties: [], pronoun: false, generic: true };
      }
      const ps = r.parties.filter((p) => !barred(p));
      if (ps.length > 0) return { parties: ps, pronoun: false, generic: false, slot };
      continue;
    }
    // A counted group cannot act ("recognised by 111 states"), but it can be acted upon
    // ("expelled 45 diplomats", "detained 12 citizens"), not visited or hosted ("hosts 600,000 refugees").
    if (r[0]?.generic && (other === 'target' || !UPON_GROUPS.has(root))) return { parties: [], pronoun: false, generic: true };
    const ps = r.filter((p) => !barred(p) && (!p.generic || other === 'source'));
    if (ps.length > 0) return { parties: ps, pronoun: false, generic: false, slot };
    if (r.length > 0 && RECIPIENTS.has(slot)) own = true;
  }
  return { parties: [], pronoun: false, generic: false, own };
}

/**
 * Roots whose object of the source's own country is not taken as the other side: a meeting ("received the
 * ministers") is left to the discourse, where the teams' analysts coded such meetings with another state.
 */
const NOT_INSIDE_OBJECT = new Set(['04']);

/** The object of `i` when a part of the source's own country may be it, as `inside` says (see sideIn). */
function insideObject(view: SentenceView, i: number, exclude: string | null, inside: (p: Party) => boolean, root: string): Party[] {
  const found = slotParties(view, i, 'object', false, false, null);
  if (isSubjectResult(found)) return [];
  const first = found[0];
  if (first && first.principal === exclude && (view.lemmas[i + 1] === 'that' || first.kind === 'person' || (!NOT_INSIDE_OBJECT.has(root) && inside(first)))) return found;
  return slotParties(view, i, 'object', false, false, exclude) as Party[];
}

/**
 * Two parts of one country that the clause itself names as the act's two sides ("the Supreme Court
 * barred the candidate", "opposition groups urged the government", "the president urged lawmakers"):
 * distinct actors, neither the country itself, a non-state group or two sectors of the state, so the act
 * is done between them inside it. Two of one sector ("the president urged his ministers") are one side.
 */
export function partsOfOne(view: SentenceView, s: Party, t: Party): boolean {
  return s.country && t.country && s.actorId !== t.actorId && s.kind !== 'country' && t.kind !== 'country' &&
    (s.kind === 'group' || t.kind === 'group' || otherSectors(s, t)) && !ownNamed(view, t);
}

/** The sector a party acts as: its own, or a named person's office (a person of a state is its officer). */
function sectorAs(p: Party): string | undefined {
  return p.sector ?? (p.kind === 'person' ? 'government' : undefined);
}

/** Do the two parties act as two known sectors of their country ("the president" and "the army")? */
function otherSectors(s: Party, t: Party): boolean {
  const a = sectorAs(s);
  const b = sectorAs(t);
  return a !== undefined && b !== undefined && a !== b;
}

/**
 * The first party after the trigger at `i`, in its clause, that is a distinct part of the sources' own
 * country (`partsOfOne` with each source) and that `fits` accepts.
 */
export function insideAfter(view: SentenceView, i: number, sources: readonly Party[], fits: (p: Party) => boolean): Party | undefined {
  if (sources.length === 0) return undefined;
  const end = view.clauseEnd(i);
  return view.actors.find((p) => p.first > i && p.first < end && !p.generic && !p.setting &&
    sources.every((s) => s.principal === p.principal && partsOfOne(view, s, p)) && fits(p));
}

/**
 * Is the trigger a participle joined by a hyphen to the word before it ("the Syrian-backed militia")? It
 * describes its noun: the clause's subject did not do it to a part of its own country.
 */
function hyphenated(view: SentenceView, i: number): boolean {
  const t = view.tokens[i];
  const dash = view.tokens[i - 1];
  return t !== undefined && dash?.text === '-' && dash.end === t.start && (view.tokens[i - 2]?.end ?? -1) === dash.start;
}

/**
 * A part named as its country's own, by a possessive ("Russia's military", "its troops"): what the
 * country acts with ("announced the end of Russia's military operation"), not whom it acts on.
 */
function ownNamed(view: SentenceView, p: Party): boolean {
  if (view.language.possessives.has(view.tokens[p.first - 1]?.lower ?? '')) return true;
  for (let k = p.first; k <= p.last; k++) if (view.language.possessiveClitics.has(view.tokens[k]?.lower ?? '')) return true;
  return false;
}

/** Words of a noun phrase before its head ("the sporadic border clashes"). */
const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'NUM', 'ADV']);

/**
 * Is the noun at `i` the subject of its own clause: its phrase opens the clause (after a conjunction, a
 * complementiser or a reporting verb) and a verb follows it ("said clashes were continuing", "but riots
 * broke out")? Then the sentence's subject further back did not do it.
 */
function ownSubject(view: SentenceView, i: number): boolean {
  const next = view.tokens[i + 1]?.pos;
  if (next !== 'AUX' && next !== 'VERB') return false;
  let k = i - 1;
  while (k >= 0 && NOUN_PHRASE.has(view.tokens[k]?.pos ?? '') && (view.actorAt[k] ?? -1) < 0) k--;
  if (k < 0) return false;
  const t = view.tokens[k];
  const l = view.lemmas[k] ?? '';
  return t?.pos === 'CCONJ' || t?.pos === 'SCONJ' || view.language.complementisers.has(l) || (t?.pos === 'VERB' && loadModality().reportingVerbs.has(l));
}

/** Prepositions whose party receives the act: naming only the source's own side makes it domestic. */
const RECIPIENTS: ReadonlySet<SlotName> = new Set<SlotName>(['to', 'with', 'against']);

/** The head of the object noun phrase right after the trigger: its lemma, and whether it is a name no dictionary knows. */
export function objectHead(view: SentenceView, i: number): { lemma: string; unknownName: boolean; distributive: boolean } | null {
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
export function inRelativeAfter(view: SentenceView, i: number, p: Party): boolean {
  for (let k = i + 1; k < p.first; k++) if (view.hard[k] && view.lemmas[k] === 'where') return true;
  return false;
}

/**
 * "attacked positions inside Armenia", "annexed Crimea", "visited Lima": a place after a use of force
 * or after a rule that allows places, in its clause, is its target.
 */
export function forcePlace(view: SentenceView, i: number, rule: EventRule, source: Party): Party | undefined {
  if (!rule.places && !FORCE_ROOTS.has(rule.root)) return undefined;
  const end = view.clauseEnd(i);
  return view.places.find((p) => p.first > i && p.first < end && p.principal !== source.principal);
}

/** Tags that may stand between a noun and a place its phrase goes on to name: "shelling in the east of the Gaza Strip". */
const PHRASE_TAGS = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * The place of a use of force named by the noun at `i`, within the noun's own phrase ("air strikes in
 * northern Iraq"); not one of a phrase after it ("the intervention in 1999 and its role in Bosnia").
 */
export function phrasePlace(view: SentenceView, i: number, rule: EventRule, source: Party): Party | undefined {
  const p = forcePlace(view, i, rule, source);
  if (!p) return undefined;
  for (let k = i + 1; k < p.first; k++) if (!PHRASE_TAGS.has(view.tokens[k]?.pos ?? '')) return undefined;
  return p;
}

/** A place in the trigger's clause after it that is none of the sources' own: where an act of one principal is done abroad. */
export function placeAbroad(view: SentenceView, i: number, sources: readonly Party[]): Party | undefined {
  const end = view.clauseEnd(i);
  return view.places.find((p) => p.first > i && p.first < end && !sources.some((s) => s.principal === p.principal));
}

/**
 * Does the trigger's clause after it say the act is mutual: "fired at each other", "accuse one
 * another", or "the other" answering a distributive subject ("each government accuses the other")?
 */
export function reciprocalAfter(view: SentenceView, i: number): boolean {
  const { lemmas, language } = view;
  const end = view.clauseEnd(i);
  let distributive = false;
  for (let k = view.clauseStart(i); k < i; k++) if (language.distributives.has(lemmas[k] ?? '')) distributive = true;
  for (let k = i + 1; k + 1 < end; k++) {
    const two = `${lemmas[k] ?? ''} ${lemmas[k + 1] ?? ''}`;
    if (language.reciprocals.has(two)) return true;
    if (distributive && lemmas[k] === 'the' && lemmas[k + 1] === 'other') return true;
  }
  return false;
}

/** Is the trigger the verb of a free relative with a pronoun subject: "over what it called hostile remarks"? */
export function freeRelative(view: SentenceView, i: number): boolean {
  let k = i - 1;
  while (k > 0 && (view.tokens[k]?.pos === 'ADV' || view.tokens[k]?.pos === 'AUX')) k--;
  return view.language.subjectPronouns.has(view.lemmas[k] ?? '') && view.lemmas[k - 1] === 'what';
}

/**
 * Is party `p`, after the trigger at `i`, in a later predicate coordinated with it ("welcomed the
 * judgment in a broadcast and urged Beijing to comply": Beijing is the urging's)?
 */
export function ofLaterPredicate(view: SentenceView, i: number, p: Party): boolean {
  if (p.first <= i) return false;
  for (let k = p.first - 1; k > i; k--) if (firstPredicate(view, k) >= i) return true;
  return false;
}

/**
 * Is the verb at `i`'s object a reflexive pronoun ("had attacked itself", "armed themselves")? The act is
 * then done to its own subject: no other party in view is its target.
 */
export function reflexiveObject(view: SentenceView, i: number): boolean {
  let k = i + 1;
  while (view.tokens[k]?.pos === 'ADV' || view.tokens[k]?.pos === 'PART') k++;
  return view.language.reflexives.has(view.tokens[k]?.lower ?? '');
}
