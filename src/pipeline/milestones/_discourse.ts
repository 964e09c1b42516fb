/**
 * Who a milestone sentence is about when it does not say so itself: "both countries became members"
 * (the countries the sentence before named together), "the agreement entered into force" (the
 * instrument named last, with the countries that reached it), "the accession protocols were signed"
 * (the countries on their way into that organisation), or else the country the preceding sentences
 * name most.
 */
import type { Instrument } from '../../core/model.js';
import { subjectOf, type InstrumentMention, type Party, type SentenceView } from '../grammar/index.js';
import type { MilestoneVocabulary } from './_vocabulary.js';

/** How many sentences back a reference may reach. */
export const REFERENCE_REACH = 3;
const REACH = REFERENCE_REACH;

/** Nouns a plural reference to countries ends in: "both countries", "the two states". */
const GROUP_HEADS = new Set(['country', 'state', 'nation', 'government', 'republic']);

/**
 * "Both countries", "the two states", "both" standing before token `at` as its subject: the index of
 * the phrase's first token, or -1.
 */
export function pluralReferenceBefore(view: SentenceView, at: number): number {
  const start = view.clauseStart(at);
  for (let k = at - 1; k >= start; k--) {
    const l = view.lemmas[k] ?? '';
    if ((view.actorAt[k] ?? -1) >= 0) return -1;
    if (!GROUP_HEADS.has(l) || !view.tokens[k]?.lower.endsWith('s')) continue;
    const d = view.lemmas[k - 1];
    if (d === 'both') return k - 1;
    if ((d === 'two' || d === 'three') && view.lemmas[k - 2] === 'the') return k - 2;
    return -1;
  }
  return -1;
}

/** The countries the latest of the preceding sentences that names two or more of them names. */
export function countriesNamedTogether(views: readonly SentenceView[], index: number): Party[] {
  for (let s = index - 1; s >= Math.max(0, index - REACH); s--) {
    const seen = new Map<string, Party>();
    for (const p of views[s]?.actors ?? []) if (p.country && !p.generic && !seen.has(p.principal)) seen.set(p.principal, p);
    if (seen.size >= 2) return [...seen.values()];
  }
  return [];
}

/**
 * The country the sentence and the two before it name most (the latest on a tie), counting only
 * what stands before token `at` of the current sentence.
 */
export function topicBefore(view: SentenceView, views: readonly SentenceView[], at: number): Party[] {
  const counts = new Map<string, { n: number; last: number; party: Party }>();
  let order = 0;
  for (let s = Math.max(0, view.index - 2); s <= view.index; s++) {
    for (const p of views[s]?.actors ?? []) {
      order++;
      if (!p.country || p.generic || (s === view.index && p.first >= at)) continue;
      const c = counts.get(p.principal);
      counts.set(p.principal, { n: (c?.n ?? 0) + 1, last: order, party: p });
    }
  }
  const best = [...counts.values()].sort((a, b) => b.n - a.n || b.last - a.last)[0];
  return best ? [best.party] : [];
}

/** An instrument named in the document, with the organisation and countries a milestone gave it. */
export interface NamedInstrument {
  instrument: Instrument;
  org: string;
  actors: Party[];
  sentence: number;
  /** The token it is named at in its sentence. */
  at: number;
}

/**
 * "The agreement", "the treaty" with no instrument name of its own: mentions standing for the
 * instrument named last (within a few sentences) whose head noun it is. With `sameSentence`, only an
 * instrument named earlier in the same sentence ("signed its SAA in 2007, and the agreement entered
 * into force in 2010").
 */
export function instrumentReferences(
  view: SentenceView,
  named: readonly NamedInstrument[],
  v: MilestoneVocabulary,
  sameSentence = false,
): { mention: InstrumentMention; antecedent: NamedInstrument }[] {
  const out: { mention: InstrumentMention; antecedent: NamedInstrument }[] = [];
  for (let k = 1; k < view.tokens.length; k++) {
    if (view.lemmas[k - 1] !== 'the') continue;
    const heads = v.refer.get(view.tokens[k]?.lower ?? '');
    if (!heads) continue;
    if (view.instruments.some((im) => im.first <= k && im.last >= k)) continue;
    // "the agreement on visas": a qualified noun is some other document.
    const next = view.lemmas[k + 1] ?? '';
    if (next === 'on' || next === 'with' || next === 'between' || next === 'of') continue;
    const a = latestNamed(
      named,
      (x) => view.index - x.sentence <= REACH,
      (x) => (sameSentence ? x.sentence === view.index && x.at < k : x.sentence !== view.index) && heads.includes(x.instrument),
    );
    if (a) out.push(referenceTo(a, k));
  }
  return out;
}

/**
 * "Croatia signed the SAA in 2001 and ratified it in 2002": "it" right after a status verb stands
 * for the instrument named before it in the sentence, or in the sentence before.
 */
export function pronounReferences(
  view: SentenceView,
  named: readonly NamedInstrument[],
  v: MilestoneVocabulary,
): { mention: InstrumentMention; antecedent: NamedInstrument }[] {
  const out: { mention: InstrumentMention; antecedent: NamedInstrument }[] = [];
  for (let k = 1; k < view.tokens.length; k++) {
    if (view.tokens[k]?.lower !== 'it' || view.tokens[k - 1]?.pos !== 'VERB') continue;
    // "granted it candidate status": "it" is the one given something, not the instrument.
    const next = view.tokens[k + 1]?.pos;
    if (next === 'NOUN' || next === 'PROPN' || next === 'DET' || next === 'ADJ') continue;
    const l = view.lemmas[k - 1] ?? '';
    if (!v.verbs.has(l) && !v.legislatureVerbs.has(l)) continue;
    const a = latestNamed(
      named,
      (x) => x.sentence >= view.index - 1,
      (x) => x.sentence !== view.index || x.at < k,
    );
    if (a) out.push(referenceTo(a, k));
  }
  return out;
}

/** The instrument named last that `fits`, searching back through those named while `inReach`. */
function latestNamed(
  named: readonly NamedInstrument[],
  inReach: (a: NamedInstrument) => boolean,
  fits: (a: NamedInstrument) => boolean,
): NamedInstrument | undefined {
  for (let n = named.length - 1; n >= 0; n--) {
    const a = named[n];
    if (!a || !inReach(a)) return undefined;
    if (fits(a)) return a;
  }
  return undefined;
}

/** Token `k` standing for the instrument `a` named before. */
function referenceTo(a: NamedInstrument, k: number): { mention: InstrumentMention; antecedent: NamedInstrument } {
  return { mention: { instrument: a.instrument, org: a.org, first: k, last: k }, antecedent: a };
}

/**
 * "Unlike Ukraine, Moldova has never sought membership. It joined the PfP in 1994.": "it" as a
 * subject is the country that was the subject of the sentence before (of its first verb), or of
 * the current sentence's verb before `at` when there is one.
 */
export function itAntecedent(view: SentenceView, views: readonly SentenceView[], at: number): Party[] {
  const here = firstSubject(view, at);
  if (here.length > 0) return here;
  const prev = views[view.index - 1];
  return prev ? firstSubject(prev, prev.tokens.length) : [];
}

/** "Albania and Croatia were invited in 2008. They joined in 2009.": the group subject before. */
export function theyAntecedent(view: SentenceView, views: readonly SentenceView[], at: number): Party[] {
  const here = firstSubject(view, at, true);
  if (here.length > 1) return here;
  const prev = views[view.index - 1];
  const there = prev ? firstSubject(prev, prev.tokens.length, true) : [];
  return there.length > 1 ? there : [];
}

function firstSubject(view: SentenceView, before: number, group = false): Party[] {
  for (let k = 0; k < before; k++) {
    if (view.tokens[k]?.pos !== 'VERB') continue;
    const s = subjectOf(view, k);
    const found = s && 'parties' in s ? s.parties.filter((p) => p.country && !p.generic) : [];
    if (group) return found;
    // "it" is one country: the subject's head, the last of a group ("Unlike Ukraine, Moldova …").
    const head = found.pop();
    return head ? [head] : [];
  }
  return [];
}
