/**
 * The status word governing an instrument mention: a verb or noun before it ("Serbia finalized the
 * IPAP", "the adoption of Moldova's IPAP", "asked for a MAP"), a passive participle after it ("the
 * SOFA was ratified") or "entered into force".
 */
import type { MilestoneStatus } from '../../core/model.js';
import { isPassive, unasserted, type InstrumentMention, type Modality, type SentenceView } from '../grammar/index.js';
import { readsAsNoun, readsAsVerb } from './_present.js';
import type { MilestoneVocabulary } from './_vocabulary.js';

/** How far from the instrument its status word may stand. */
const BACK = 8;
const FORWARD = 6;

/** The trigger lemma standing for "entered into force". */
export const IN_FORCE = 'enter-into-force';

export interface Trigger {
  at: number;
  lemma: string;
  noun: boolean;
  /** A status fixed by the words themselves ("asked for" → applied). */
  status?: MilestoneStatus;
}

/**
 * Does work on the instrument stand between the verb at `at` and it ("halted the preparation of
 * Serbia's first IPP")? Then the verb is about the work, not the instrument.
 */
function preparatoryBetween(view: SentenceView, at: number, first: number, v: MilestoneVocabulary): boolean {
  for (let k = at + 1; k < first; k++) {
    if (view.tokens[k]?.pos === 'NOUN' && v.preparatory.has(view.lemmas[k] ?? '')) return true;
  }
  return false;
}

/**
 * ", then called …," ending at the comma `comma`: the index of the comma that opens the apposition
 * when an actor ends right before it, else -1.
 */
function appositionStart(view: SentenceView, comma: number): number {
  const open = view.clauseStart(comma - 1) - 1;
  if (open <= 0 || open >= comma - 1 || view.tokens[open]?.text !== ',') return -1;
  for (let k = open + 1; k < comma; k++) if (view.tokens[k]?.pos === 'VERB' && !view.tokens[k]?.lower.endsWith('ed')) return -1;
  const before = view.actors[view.actorAt[open - 1] ?? -1];
  return before && before.last === open - 1 ? open : -1;
}

/** Is `l` a status verb, in general, of a legislature or of this instrument? */
function known(v: MilestoneVocabulary, own: ReadonlyMap<string, MilestoneStatus> | undefined, l: string): boolean {
  return v.verbs.has(l) || v.legislatureVerbs.has(l) || (own?.has(l) ?? false);
}

/**
 * "Accession talks open in Brussels with Montenegro": the tagger reads a present verb right after the
 * instrument, before a preposition or the sentence's end, as an adjective. It is the predicate there.
 */
function predicateRightAfter(view: SentenceView, im: InstrumentMention, k: number): boolean {
  if (k !== im.last + 1 || view.tokens[k]?.pos !== 'ADJ') return false;
  const next = view.tokens[k + 1];
  return next === undefined || next.pos === 'ADP' || next.pos === 'PUNCT';
}

/** The status word of an instrument mention, or null. */
export function triggerOf(view: SentenceView, im: InstrumentMention, v: MilestoneVocabulary): Trigger | null {
  const own = v.byInstrument.get(im.instrument);
  const clause = view.clauseStart(im.first);
  let start = Math.max(clause, im.first - BACK);
  let from = im.first - 1;
  // "gave the country, then called …, a Membership Action Plan": past an apposition to the actor before the clause.
  const past = clause === start && view.tokens[clause - 1]?.text === ',' ? appositionStart(view, clause - 1) : -1;
  for (let pass = 0; pass < 2; pass++) {
    for (let k = from; k >= start; k--) {
      const t = view.tokens[k];
      const l = view.lemmas[k] ?? '';
      if (!t) break;
      const phrasal = v.phrasal.get(l)?.get(view.lemmas[k + 1] ?? '');
      if (phrasal && (t.pos === 'VERB' || readsAsVerb(view, k))) {
        return preparatoryBetween(view, k, im.first, v) ? null : { at: k, lemma: l, noun: false, status: phrasal };
      }
      if (known(v, own, l) && readsAsVerb(view, k)) return preparatoryBetween(view, k, im.first, v) ? null : { at: k, lemma: l, noun: false };
      if ((t.pos === 'VERB' || readsAsNoun(view, k)) && (v.nouns.has(l) || own?.has(l))) {
        return { at: k, lemma: l, noun: t.pos !== 'VERB' };
      }
      // "an application for accelerated accession": a participle as the instrument's adjective.
      if (t.pos === 'VERB' && k === im.first - 1 && t.lower.endsWith('ed')) continue;
      if (t.pos === 'VERB' && l !== 'be' && l !== 'have') {
        from = -1;
        break;
      }
    }
    if (past <= 0 || from < 0) break;
    from = past - 1;
    start = Math.max(view.clauseStart(from), from - BACK);
  }
  const end = Math.min(view.clauseEnd(im.last), im.last + 1 + FORWARD);
  for (let k = im.last + 1; k < end; k++) {
    const l = view.lemmas[k] ?? '';
    if (isPassive(view, k) && known(v, own, l)) return { at: k, lemma: l, noun: false };
    // "the SAA entered into force in 2015", "the agreement enters into force"
    if ((l === 'enter' || l === 'come') && view.lemmas[k + 1] === 'into' && view.lemmas[k + 2] === 'force') {
      return { at: k, lemma: IN_FORCE, noun: false };
    }
    // "Finland's membership took effect on 4 April 2023": a membership in effect is one joined.
    if (l === 'take' && view.lemmas[k + 1] === 'effect') {
      return im.instrument === 'membership' ? { at: k, lemma: l, noun: false, status: 'joined' } : { at: k, lemma: IN_FORCE, noun: false };
    }
    // "accession talks with Iceland began in July 2010"
    const intransitive = v.intransitive.get(l);
    if (intransitive && (readsAsVerb(view, k) || predicateRightAfter(view, im, k)) && !isPassive(view, k)) return { at: k, lemma: l, noun: false, status: intransitive };
    if (view.tokens[k]?.pos === 'VERB' && l !== 'be' && l !== 'have') break;
  }
  return null;
}

/** "hopes to be granted a MAP": a passive infinitive states no fact. */
export function passiveInfinitive(view: SentenceView, k: number): boolean {
  if (!isPassive(view, k)) return false;
  let p = k - 1;
  while (p >= 0 && view.tokens[p]?.pos === 'ADV') p--;
  return view.lemmas[p - 1] === 'to';
}

/** "decided to open accession negotiations": the decision, not yet the step. */
export function decidedOnly(view: SentenceView, k: number, status: MilestoneStatus, v: MilestoneVocabulary): boolean {
  if (!v.decidedStatuses.has(status)) return false;
  let p = k - 1;
  while (p >= 0 && view.tokens[p]?.pos === 'ADV') p--;
  if (view.lemmas[p] !== 'to') return false;
  p--;
  while (p >= 0 && view.tokens[p]?.pos === 'ADV') p--;
  return v.decisionVerbs.has(view.lemmas[p] ?? '');
}

/** Statuses that undo or pause a step: a noun of the step under such a verb is no step itself. */
const UNDOING: ReadonlySet<MilestoneStatus> = new Set(['suspended', 'left', 'resumed']);

/**
 * "withdrew its application for membership", "vetoed North Macedonia's accession", "blocked the
 * opening of accession talks": the noun at `k` is the object of a verb that undoes the step or
 * takes a stand on it, so it names no step of its own.
 */
export function undoneNoun(view: SentenceView, k: number, v: MilestoneVocabulary): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 6); j--) {
    const t = view.tokens[j];
    if (!t) return false;
    const l = view.lemmas[j] ?? '';
    if (t.pos === 'VERB' || v.attitudes.has(l)) return v.attitudes.has(l) || UNDOING.has(v.verbs.get(l) ?? 'applied');
    // "the beginning of Armenia's exit", "the preparation of its accession": work towards the step, or its onset.
    if (l === 'of' && view.tokens[j - 1]?.pos === 'NOUN' && v.preparatory.has(view.lemmas[j - 1] ?? '')) return true;
    // "support for Croatia's accession"
    if (t.pos !== 'DET' && t.pos !== 'PRON' && t.pos !== 'ADJ' && t.pos !== 'PART' && l !== 'for' && (view.actorAt[j] ?? -1) < 0) return false;
  }
  return false;
}

/** Words that make "the first country to join" a statement that it joined. */
const ORDINALS: ReadonlySet<string> = new Set(['first', 'last', 'second', 'third', 'only', 'latest', 'next']);

/**
 * "Ukraine became the first CIS country to join the PfP", "Hungary was the last ally to ratify":
 * the index of the verb whose subject took the step at the infinitive `at`, or -1.
 */
export function ordinalBefore(view: SentenceView, at: number): number {
  let p = at - 1;
  while (p >= 0 && view.tokens[p]?.pos === 'ADV') p--;
  if (view.lemmas[p] !== 'to') return -1;
  let ordinal = false;
  for (let k = p - 1; k >= Math.max(0, p - 7); k--) {
    const t = view.tokens[k];
    const l = view.lemmas[k] ?? '';
    if (!t || view.soft[k]) return -1;
    if (ORDINALS.has(l)) ordinal = true;
    else if (t.pos === 'VERB' || t.pos === 'AUX') return ordinal && (l === 'become' || l === 'be') ? k : -1;
  }
  return -1;
}

/**
 * "did not renew its membership in the CSTO", "declined to renew its membership": a membership let
 * lapse is one left. The index of the renewing verb when its renewal is denied, else -1.
 */
export function lapsedBy(view: SentenceView, im: InstrumentMention, v: MilestoneVocabulary, modality: Modality, hedges: ReadonlySet<string>): number {
  for (let k = im.first - 1; k >= Math.max(view.clauseStart(im.first), im.first - 4); k--) {
    const t = view.tokens[k];
    if (!t) return -1;
    if (v.lapse.has(view.lemmas[k] ?? '')) {
      // "may not renew", "plans not to renew" are no decision yet.
      for (let j = k - 1; j >= view.clauseStart(k); j--) if (hedges.has(view.lemmas[j] ?? '')) return -1;
      let p = k - 1;
      while (p >= 0 && view.tokens[p]?.pos === 'ADV') p--;
      if (view.lemmas[p] === 'to') return v.refusals.has(view.lemmas[p - 1] ?? '') && unasserted(view, p - 1, false, modality) === null ? k : -1;
      return unasserted(view, k, false, modality) === 'negated' ? k : -1;
    }
    if (t.pos !== 'DET' && t.pos !== 'PRON' && t.pos !== 'ADJ' && t.pos !== 'PART') return -1;
  }
  return -1;
}

/** Words opening a clause of time, whose present tense may speak of the future. */
const TEMPORAL: ReadonlySet<string> = new Set(['when', 'once', 'until', 'after', 'before']);

/**
 * "… would have to leave such agreements when it joins the EU": a present tense in a clause of time,
 * in a sentence that speaks of what would or will be, is a future step.
 */
export function futureClause(view: SentenceView, k: number, modals: ReadonlySet<string>): boolean {
  const t = view.tokens[k];
  if (!t || t.lower.endsWith('ed') || (t.lower !== view.lemmas[k] && !t.lower.endsWith('s'))) return false;
  const open = view.clauseStart(k) - 1;
  if (!TEMPORAL.has(view.lemmas[open] ?? '')) return false;
  for (let j = 0; j < view.tokens.length; j++) if (modals.has(view.lemmas[j] ?? '') && (j < open || j > k)) return true;
  return false;
}
