/**
 * The parties of a milestone around its status word: the countries that reach the step, those an
 * organisation's act gives it to, and the organisation whose ladder it is.
 */
import type { MilestoneStatus } from '../../core/model.js';
import { possessiveOf, prepositionOf, subjectOf, type InstrumentMention, type Party, type SentenceView } from '../grammar/index.js';
import { countriesNamedTogether, itAntecedent, pluralReferenceBefore, theyAntecedent } from './_discourse.js';
import type { Trigger } from './_trigger.js';
import type { MilestoneVocabulary } from './_vocabulary.js';

const ORG_PREPOSITIONS = ['at', 'of', 'in', 'to', 'with'];

const countries = (ps: Party[]): Party[] => ps.filter((p) => p.country);

/**
 * The countries that reach the status: subject, possessive or "of" party, "both countries" of the
 * sentence before; null where the clause has no subject of its own (the caller takes the discourse topic).
 */
export function actorsOf(view: SentenceView, views: readonly SentenceView[], trig: Trigger, im: InstrumentMention | null): Party[] | null {
  if (trig.noun) {
    // "the adoption of Moldova's first IPAP", "Serbia's accession to the EU"
    const between = im ? view.actors.filter((p) => p.first > trig.at && p.last < im.first && p.country) : [];
    if (between.length > 0) return between;
    const of = countries(prepositionOf(view, trig.at, 'of', false));
    if (of.length > 0) return of;
    const own = countries(possessiveOf(view, trig.at));
    if (own.length > 0) return own;
  }
  // "ratified Finland's accession protocol", "the accession protocols of Albania and Croatia": the
  // instrument's owner, whoever acts on it.
  if (im && !trig.noun) {
    const owner = countries(possessiveOf(view, im.first));
    if (owner.length > 0) return owner;
    if (view.lemmas[im.last + 1] === 'of') {
      const of = countries(prepositionOf(view, im.last, 'of', false));
      if (of.length > 0) return of;
    }
  }
  // "X joined A and B in signing …"
  if (view.lemmas[trig.at - 1] === 'in' && view.tokens[trig.at]?.lower.endsWith('ing')) {
    for (let k = trig.at - 2; k >= Math.max(0, trig.at - 15); k--) {
      if (view.hard[k]) break;
      if (view.lemmas[k] !== 'join') continue;
      const subj = subjectOf(view, k);
      const first = subj && 'parties' in subj ? countries(subj.parties) : [];
      const rest = view.actors.filter((p) => p.first > k && p.last < trig.at - 1 && p.country);
      if (first.length + rest.length > 0) return [...first, ...rest];
    }
  }
  // "Both countries became members in 2004."
  if (pluralReferenceBefore(view, trig.at) >= 0) return countriesNamedTogether(views, view.index);
  const subj = subjectOf(view, trig.at);
  if (subj && 'generic' in subj) return [];
  // A subject that is no country ("the Central and Eastern European countries that joined …") reaches nothing.
  if (subj && 'parties' in subj) return countries(coordinatedBefore(view, subj.parties));
  // "It joined the PfP in 1994": the country the sentence before was about.
  if (subj && 'pronoun' in subj) {
    const pronoun = pronounBefore(view, trig.at);
    const it = pronoun === 'it' ? itAntecedent(view, views, trig.at) : pronoun === 'they' ? theyAntecedent(view, views, trig.at) : [];
    if (it.length > 0) return it;
  }
  // A clause without a subject of its own ("becoming an observer at …") is about the country the
  // preceding sentences are about.
  return null;
}

/** The personal pronoun nearest before token `at`. */
function pronounBefore(view: SentenceView, at: number): string | null {
  for (let k = at - 1; k >= 0; k--) if (view.tokens[k]?.pos === 'PRON') return view.lemmas[k] ?? null;
  return null;
}

/** The parties and those coordinated before them across a determiner ("Iceland and the EU"). */
function coordinatedBefore(view: SentenceView, parties: Party[]): Party[] {
  const out = [...parties];
  for (;;) {
    const head = out[0];
    if (!head) return out;
    let j = head.first - 1;
    while (j >= 0 && view.tokens[j]?.pos === 'DET') j--;
    if (j === head.first - 1 || (view.lemmas[j] !== 'and' && view.lemmas[j] !== ',')) return out;
    const q = view.actors[view.actorAt[j - 1] ?? -1];
    if (!q || q.last !== j - 1 || q.setting || q.generic) return out;
    out.unshift(q);
  }
}

/** The organisation named beside an instrument with no fixed one ("observer at the CSTO", "NATO membership"). */
export function orgBeside(view: SentenceView, im: { first: number; last: number }): string | null {
  if (ORG_PREPOSITIONS.includes(view.lemmas[im.last + 1] ?? '')) {
    // "observer at the Russia-led Collective Security Treaty Organisation": the first organisation named.
    for (let k = im.last + 2; k < Math.min(view.tokens.length, im.last + 10); k++) {
      if (view.soft[k] && view.tokens[k]?.text !== '-') break;
      const idx = view.actorAt[k] ?? -1;
      const p = idx >= 0 ? view.actors[idx] : undefined;
      if (p && !p.country) return p.principal;
    }
  }
  for (let k = im.first - 1; k >= Math.max(0, im.first - 3); k--) {
    const idx = view.actorAt[k] ?? -1;
    const p = idx >= 0 ? view.actors[idx] : undefined;
    if (p && !p.country) return p.principal;
  }
  return null;
}

/**
 * The organisation the sentence (before token `at`) names last, else the one the document's title
 * names as a side of its subject (`titled`), else the one the two sentences before name last, else
 * the one the document names most (`mostNamed`, worked out once per document).
 */
export function orgNearby(view: SentenceView, views: readonly SentenceView[], at: number, mostNamed: () => string | null, titled: string | null = null): string | null {
  const here = view.actors.filter((p) => !p.country && p.last < at).pop();
  if (here) return here.principal;
  if (titled) return titled;
  for (let s = view.index - 1; s >= Math.max(0, view.index - 2); s--) {
    const p = (views[s]?.actors ?? []).filter((q) => !q.country).pop();
    if (p) return p.principal;
  }
  return mostNamed();
}

/** The organisation the document's sentences name most often (the first on a tie). */
export function topicOrganisation(views: readonly SentenceView[]): string | null {
  const counts = new Map<string, number>();
  let best: string | null = null;
  let most = 0;
  for (const v of views) {
    for (const p of v.actors) {
      if (p.country) continue;
      const c = (counts.get(p.principal) ?? 0) + 1;
      counts.set(p.principal, c);
      if (c > most) [best, most] = [p.principal, c];
    }
  }
  return best;
}

/** Verbs whose infinitive complement is a step of their own: "invited X to join", "applied to join". */
export const GOVERNING: ReadonlyMap<string, MilestoneStatus> = new Map([['invite', 'invited'], ['apply', 'applied']]);

/**
 * "NATO invited Finland and Sweden to join the Alliance": the infinitive's status word sits under an
 * invitation or an application. Returns the index of the governing verb, or -1.
 */
export function invitationBefore(view: SentenceView, at: number): number {
  let k = at - 1;
  while (k >= 0 && view.tokens[k]?.pos === 'ADV') k--;
  if (view.lemmas[k] !== 'to') return -1;
  for (let j = k - 1; j >= Math.max(0, k - 12); j--) {
    if (view.hard[j]) return -1;
    if (GOVERNING.has(view.lemmas[j] ?? '') && view.tokens[j]?.pos === 'VERB') return j;
    const pos = view.tokens[j]?.pos;
    if ((view.actorAt[j] ?? -1) < 0 && pos !== 'DET' && pos !== 'CCONJ' && pos !== 'PUNCT' && pos !== 'PROPN' && pos !== 'ADV') return -1;
  }
  return -1;
}

/** The countries an active verb gives something to: its objects, or those after "to" ("granted candidate status to Moldova"). */
export function recipientsOf(view: SentenceView, trig: number, im: { first: number; last: number } | null): Party[] {
  const until = im ? im.first : view.clauseEnd(trig);
  const between = view.actors.filter((p) => p.first > trig && p.last < until && p.country);
  if (between.length > 0) return between;
  for (const prep of ['to', 'with', 'for']) {
    if (im && view.lemmas[im.last + 1] === prep) return countries(prepositionOf(view, im.last, prep, false));
  }
  return [];
}

/** Is one of the actors a legislature (whose adoption of an agreement is its ratification)? */
export function isLegislature(view: SentenceView, actors: Party[], v: MilestoneVocabulary): boolean {
  return actors.some((p) => {
    for (let k = p.first; k <= p.last; k++) if (v.legislatureWords.has(view.lemmas[k] ?? '')) return true;
    return p.kind === 'body' && /parliament|assembly|congress|senate|duma|sabor|skup/i.test(p.actor);
  });
}

/**
 * "Maltese voters approved membership in a referendum": a people's vote standing between the
 * subject and the status word is no step of the state's.
 */
export function popularVote(view: SentenceView, at: number, v: MilestoneVocabulary): boolean {
  for (let k = at - 1; k >= view.clauseStart(at); k--) {
    if (v.popular.has(view.lemmas[k] ?? '')) return true;
    // Before the subject ("After a referendum in 2003 Malta joined the EU") the vote is a setting.
    if (view.actors[view.actorAt[k] ?? -1]?.first === k) return false;
  }
  return false;
}
