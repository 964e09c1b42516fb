/**
 * Which statements are not events: negated ("did not sign"), hypothetical ("could join", "if …"),
 * future ("will visit"), intended ("plans to join"), hedged nouns ("a potential accession"),
 * comparisons of frequency ("more exercises with A than with B") and questions. The word lists are
 * data (data/patterns/modality.yaml); the milestones stage asks the same questions.
 */
import { loadDataFile } from '../../core/data-file.js';
import { dataPath } from '../../core/paths.js';
import { MODALITY_SCHEMA, type ModalityFile } from './_schema.js';
import type { SentenceView } from './_view.js';

/** The modality word lists as sets. */
export interface Modality {
  negators: ReadonlySet<string>;
  modals: ReadonlySet<string>;
  conditionals: ReadonlySet<string>;
  intentions: ReadonlySet<string>;
  hedges: ReadonlySet<string>;
  comparatives: ReadonlySet<string>;
  quantifiers: ReadonlySet<string>;
  situationNouns: ReadonlySet<string>;
  aggregates: ReadonlySet<string>;
  factives: ReadonlySet<string>;
  actNouns: ReadonlySet<string>;
  /** Nouns "the two …" / "both …" name the pair of principals just named with: "the two presidents". */
  pairNouns: ReadonlySet<string>;
  /** "The ministry", "the government": a state's office named before, standing for it again. */
  officeNouns: ReadonlySet<string>;
  /** Plural nouns without an -s ("Danish police arrest …"): a subject the plain form of a verb agrees with. */
  collectives: ReadonlySet<string>;
  /** "Canberra said it regretted …": a pronoun right after these is their subject. */
  reportingVerbs: ReadonlySet<string>;
  /** "Ghana denied that its troops had crossed …": a that-clause after these states nothing. */
  denials: ReadonlySet<string>;
  /** "from", "as of": what opens the hour a decided act starts. */
  scheduledFrom: ReadonlySet<string>;
  /** "midnight", "Monday": the hours an act may be set to start. */
  scheduledTimes: ReadonlySet<string>;
  /** "no reason to", "no intention to": what an act is said to lack is refused. */
  refusalNouns: ReadonlySet<string>;
  /** "accused Phnom Penh of provoking the clashes": what these charge someone with is no event told. */
  charges: ReadonlySet<string>;
  /** "vowed not to", "pledged not to": a pledge of an act's not being done refuses it. */
  refusalVows: ReadonlySet<string>;
  /** "postponed the visit", "averted a strike": verbs whose noun event object did not take place. */
  preventers: ReadonlySet<string>;
  /** "to let trucks cross", "to make both sides talk": verbs whose bare-verb complement stands as they do. */
  causatives: ReadonlySet<string>;
  /** "convict", "sentence": a court's verdict, which a relative clause tells as what a person is. */
  verdicts: ReadonlySet<string>;
}

let cached: Modality | undefined;
/** The standard file's path, joined once: the views ask for the modality once per document. */
let standardFile: string | undefined;

/** Load data/patterns/modality.yaml (cached). */
export function loadModality(file: string = (standardFile ??= dataPath('patterns', 'modality.yaml'))): Modality {
  const standard = (standardFile ??= dataPath('patterns', 'modality.yaml'));
  if (cached && file === standard) return cached;
  const d = loadDataFile<ModalityFile>(file, MODALITY_SCHEMA);
  const set = (xs: string[]): Set<string> => new Set(xs.map((x) => x.toLowerCase()));
  const m: Modality = {
    negators: set(d.negators),
    modals: set(d.modals),
    conditionals: set(d.conditionals),
    intentions: set(d.intentions),
    hedges: set(d.hedges),
    comparatives: set(d.comparatives),
    quantifiers: set(d.quantifiers),
    situationNouns: set(d.situationNouns),
    aggregates: set(d.aggregates),
    factives: set(d.factives),
    actNouns: set(d.actNouns),
    pairNouns: set(d.pairNouns),
    officeNouns: set(d.officeNouns),
    collectives: set(d.collectives),
    reportingVerbs: set(d.reportingVerbs),
    denials: set(d.denials),
    scheduledFrom: set(d.scheduledFrom ?? []),
    scheduledTimes: set(d.scheduledTimes ?? []),
    refusalNouns: set(d.refusalNouns ?? []),
    charges: set(d.charges ?? []),
    refusalVows: set(d.refusalVows ?? []),
    preventers: set(d.preventers ?? []),
    causatives: set(d.causatives ?? []),
    verdicts: set(d.verdicts ?? []),
  };
  if (file === standard) cached = m;
  return m;
}

/**
 * Is the trigger at `i` an act said to be refused for the future ("said it will not accept more
 * refugees", "said it would not lift the sanctions", "… will not sign the accord, its minister said")?
 * CAMEO codes the refusal itself (12). Only as reported: a plain "Finland will not visit" tells of no
 * decision; nor is a hypothetical ("if …, would not") a refusal.
 */
export function statedRefusal(view: SentenceView, i: number, m: Modality = loadModality()): boolean {
  const g = view.verbGroupAt(i);
  if (!g || g.head !== i || !g.negated || g.conditional || view.question || (g.tense !== 'future' && g.modal !== 'would')) return false;
  const reported = g.governor >= 0 && (g.governed === 'reported' || g.governed === 'that') && m.reportingVerbs.has(view.lemmas[g.governor] ?? '');
  if (!reported && !(g.governor < 0 && attributedAfter(view, i, m))) return false;
  // A condition before the refusal, or any with "would", makes it a hypothetical ("if Chile attacks, Peru would
  // not sign"); one after a "will not" is the refusal's terms ("will not accept more refugees if war starts",
  // "will not end the strike unless …"): refused still, on a condition.
  const terms = g.tense === 'future' && g.modal !== 'would';
  return !view.lemmas.some((l, k) => m.conditionals.has(l) && !(terms && k > i));
}

/**
 * Is the hostile act at `i` held out on a condition that follows it ("may halt its mediation if the talks
 * founder, the minister said", "said it would cut aid unless the vote is held")? Said of one's own act, that
 * is a threat (CAMEO 13). Only as reported or attributed, not negated, with a modal; a condition before the act
 * ("if Chile attacks, Peru may respond") or none at all ("could strike") leaves a hypothetical.
 */
export function conditionalThreat(view: SentenceView, i: number, m: Modality = loadModality()): boolean {
  const g = view.verbGroupAt(i);
  if (!g || g.head !== i || g.negated || g.conditional || view.question || g.voice !== 'active') return false;
  if (g.modal === null && g.tense !== 'future') return false;
  const reported = g.governor >= 0 && (g.governed === 'reported' || g.governed === 'that') && m.reportingVerbs.has(view.lemmas[g.governor] ?? '');
  if (!reported && !(g.governor < 0 && attributedAfter(view, i, m))) return false;
  let after = false;
  for (let k = 0; k < view.lemmas.length; k++) {
    if (!m.conditionals.has(view.lemmas[k] ?? '') || (view.tokens[k]?.pos === 'ADP' && view.lemmas[k] !== 'if')) continue;
    if (k < i) return false;
    after = true;
  }
  return after;
}

/** How far after its comma a trailing attribution's reporting verb may stand (", the foreign minister of Y said"). */
const ATTRIBUTION_REACH = 8;
/** What may follow a trailing attribution's reporting verb to the sentence's end (", the ministry said on Monday."). */
const AFTER_ATTRIBUTION = new Set(['ADV', 'ADP', 'NOUN', 'PROPN', 'NUM', 'DET', 'ADJ', 'PUNCT']);

/**
 * Is the clause of the verb at `i` attributed after it, at the sentence's end: "Chile will not sign
 * the accord, its foreign minister said." (the report's own clause, with nothing of its own after it).
 */
function attributedAfter(view: SentenceView, i: number, m: Modality): boolean {
  const { tokens, lemmas } = view;
  for (let k = i + 1; k < tokens.length; k++) {
    if (tokens[k]?.text !== ',') continue;
    for (let r = k + 1; r < Math.min(tokens.length, k + 1 + ATTRIBUTION_REACH); r++) {
      if (tokens[r]?.pos !== 'VERB') continue;
      if (!m.reportingVerbs.has(lemmas[r] ?? '')) return false;
      for (let e = r + 1; e < tokens.length; e++) if (!AFTER_ATTRIBUTION.has(tokens[e]?.pos ?? '') || lemmas[e] === 'that') return false;
      return true;
    }
    return false;
  }
  return false;
}

/**
 * Is the negation of the trigger at `i` a decision ("decided not to open chapters", "voted not to
 * extend"), a pledge ("vowed not to return the islands"), or the act said to lack a reason ("there was no reason to negotiate with Minsk")? Such a
 * refusal is an act of its own; `unasserted` still calls it negated.
 */
export function decidedRefusal(view: SentenceView, i: number, m: Modality = loadModality()): boolean {
  const { lemmas, tokens } = view;
  for (let k = i - 1; k >= Math.max(view.clauseStart(i), i - SCOPE); k--) {
    if (lemmas[k] === 'no' && m.refusalNouns.has(lemmas[k + 1] ?? '') && lemmas[k + 2] === 'to' && k + 3 === i) return true;
    if (lemmas[k] !== 'not') continue;
    const before = lemmas[k - 1] ?? '';
    return tokens[k - 1]?.pos === 'VERB' && (m.factives.has(before) || m.refusalVows.has(before)) && lemmas[k + 1] === 'to';
  }
  return false;
}

/**
 * Does a denial govern the "that" at `that` ("denied that", "flatly denied that", "rejected claims
 * that")? The words between may be adverbs or the claim's noun, no more than three.
 */
function deniedBefore(view: SentenceView, that: number, m: Modality): boolean {
  for (let k = that - 1; k >= Math.max(0, that - 3); k--) {
    const t = view.tokens[k];
    if (!t) return false;
    if (t.pos === 'VERB' && m.denials.has(view.lemmas[k] ?? '')) return true;
    if (t.pos !== 'ADV' && t.pos !== 'NOUN' && t.pos !== 'DET') return false;
  }
  return false;
}

/**
 * Is the noun at `i` what someone is charged with ("accused Phnom Penh of provoking the clashes",
 * "blamed Kigali for the attacks")? A charge, not an event the text tells: the accusation is the event.
 */
export function chargedAct(view: SentenceView, i: number, m: Modality = loadModality()): boolean {
  // Back over the noun's modifiers and a gerund that governs it, to "of" or "for".
  let k = i - 1;
  while (k >= Math.max(0, i - 5) && view.lemmas[k] !== 'of' && view.lemmas[k] !== 'for') {
    const pos = view.tokens[k]?.pos;
    if (pos !== 'DET' && pos !== 'ADJ' && pos !== 'NOUN' && pos !== 'VERB' && pos !== 'PRON' && pos !== 'PART') return false;
    k--;
  }
  if (view.lemmas[k] !== 'of' && view.lemmas[k] !== 'for') return false;
  // The charging word, at most four words before (its object between): "accused the Rwandan army of".
  for (let j = k - 1; j >= Math.max(0, k - 5); j--) if (m.charges.has(view.lemmas[j] ?? '')) return true;
  return false;
}

/** Why a trigger is not an event, or null when it is asserted as a fact. */
export type Unasserted =
  | 'question' | 'negated' | 'modal' | 'conditional' | 'infinitive' | 'participle' | 'hedged' | 'aggregate' | 'comparative';

/** How far back in its clause a negation or modal still governs the trigger. */
const SCOPE = 8;

const COMPLEMENT = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'ADP', 'NUM', 'PUNCT', 'PRON', 'CCONJ', 'ADV']);

/** Tags inside a short prepositional phrase of time or place ("on 4 March 2021", "at its summit in Lima"). */
const ADJUNCT_INNER = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);

/**
 * The token before one or two short prepositional phrases ending at `q` (each a preposition and up to
 * five words of a noun phrase), or -1 when none ends there.
 */
function overAdjuncts(view: SentenceView, q: number): number {
  let k = q;
  let phrases = 0;
  while (phrases < 2) {
    let j = k;
    while (j >= 0 && k - j < 5 && ADJUNCT_INNER.has(view.tokens[j]?.pos ?? '') && !actorNamed(view, j)) j--;
    if (j === k || view.tokens[j]?.pos !== 'ADP') break;
    k = j - 1;
    phrases++;
  }
  return phrases > 0 ? k : -1;
}

/** Does token `k` name an actor (not a place where something is done)? */
function actorNamed(view: SentenceView, k: number): boolean {
  const idx = view.actorAt[k] ?? -1;
  return idx >= 0 && view.actors[idx]?.setting !== true;
}

/**
 * Is the verb at `i` an infinitive, or coordinated with one ("to reduce X, enhance Y and counter Z")?
 * An infinitive after a factive verb ("decided to open", "began to withdraw") is asserted: no.
 */
function infinitive(view: SentenceView, i: number, m: Modality): boolean {
  const { tokens, lemmas } = view;
  let p = i - 1;
  while (p >= 0 && tokens[p]?.pos === 'ADV') p--;
  // A passive infinitive: "a meeting, to be hosted by Oslo".
  if (lemmas[p] === 'be' && lemmas[p - 1] === 'to') p--;
  if (p >= 0 && lemmas[p] === 'to' && tokens[p]?.pos === 'PART') {
    let q = p - 1;
    while (q >= 0 && tokens[q]?.pos === 'ADV') q--;
    // "decided on 4 March to send", "agreed at its Lima summit to open": a short phrase of time or place
    // between the factive verb and its infinitive leaves it asserted.
    const past = overAdjuncts(view, q);
    if (past >= 0 && tokens[past]?.pos === 'VERB' && m.factives.has(lemmas[past] ?? '')) q = past;
    // "decided to open", and an adjective of manner: "was quick to congratulate", "the first to recognise".
    return !((tokens[q]?.pos === 'VERB' || tokens[q]?.pos === 'ADJ') && m.factives.has(lemmas[q] ?? ''));
  }
  // "signed accords to let trucks cross the border": the bare verb after a causative and its object is
  // no more asserted than the causative.
  const cause = causativeBefore(view, i, m);
  if (cause >= 0) return infinitive(view, cause, m);
  if (p < 0 || !view.language.infinitiveCoordinators.has(lemmas[p] ?? '')) return false;
  // An inflected form after a comma and its coordinator is a finite verb of its own, not a bare infinitive:
  // "orders them to stop fighting and to resume talks, and threatens sanctions".
  if (tokens[p - 1]?.text === ',' && inflected(view, i)) return false;
  for (let k = p - 1; k >= Math.max(0, i - 14); k--) {
    const t = tokens[k];
    if (!t || view.hard[k]) return false;
    if (t.pos === 'VERB') {
      let q = k - 1;
      while (q >= 0 && tokens[q]?.pos === 'ADV') q--;
      return lemmas[q] === 'to' && tokens[q]?.pos === 'PART';
    }
    if (!COMPLEMENT.has(t.pos)) return false;
  }
  return false;
}

/** Words of the object between a causative and its bare verb ("let [the Ghanaian trucks] cross"). */
const CAUSED = new Set(['NOUN', 'PROPN', 'DET', 'ADJ', 'NUM', 'PRON']);

/** The causative verb whose object the bare verb at `i` follows ("let trucks cross"), or -1. */
function causativeBefore(view: SentenceView, i: number, m: Modality): number {
  const { tokens, lemmas } = view;
  if (tokens[i]?.pos !== 'VERB' || tokens[i]?.lower !== lemmas[i]) return -1;
  let k = i - 1;
  const last = Math.max(0, i - 6);
  while (k >= last && CAUSED.has(tokens[k]?.pos ?? '') && !view.soft[k]) k--;
  if (k === i - 1 || tokens[k]?.pos !== 'VERB') return -1;
  return m.causatives.has(lemmas[k] ?? '') ? k : -1;
}

/**
 * Is the word at `i` a verb's third-person or past form ("threatens", "signed"), which no infinitive
 * takes? (A plural noun is not one: "to impose tariffs and sanctions".)
 */
function inflected(view: SentenceView, i: number): boolean {
  if (view.tokens[i]?.pos !== 'VERB') return false;
  const form = view.tokens[i]?.lower ?? '';
  const lemma = view.lemmas[i] ?? '';
  return form !== lemma && form.endsWith('s') && !lemma.endsWith('s');
}

/** Words that may stand between a verb and the head noun of its object ("conduct the first joint exercises"). */
const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/** The verb whose object the noun at `i` heads ("hold joint drills"), within four words of it; -1 if none. */
function governingVerb(view: SentenceView, i: number): number {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const pos = view.tokens[k]?.pos;
    if (pos === 'VERB') return k;
    if (pos === undefined || !NOUN_PHRASE.has(pos) || view.soft[k]) return -1;
  }
  return -1;
}

/** Does `l` open a comparison of amounts ("more exercises … than")? (Not when a comparative itself.) */
function comparing(l: string, m: Modality): boolean {
  return (l === 'more' || l === 'less' || l === 'fewer' || l === 'much') && !m.comparatives.has(l);
}

/** How far after the trigger the hour it starts is looked for ("close its two remaining crossings with B from midnight"). */
const SCHEDULE_WINDOW = 14;

/**
 * Is the act at `i` announced with the hour it starts ("will close the border from midnight", "will
 * shut the consulate as of Monday")? Such an act is decided: it is read as done on the day it is told.
 */
export function scheduled(view: SentenceView, i: number, m: Modality): boolean {
  const { lemmas } = view;
  const end = Math.min(lemmas.length, i + 1 + SCHEDULE_WINDOW);
  for (let k = i + 1; k < end; k++) {
    if (view.hard[k]) return false;
    if (!m.scheduledFrom.has(lemmas[k] ?? '')) continue;
    // "from midnight", "as of Monday", "starting tomorrow", "effective from midnight"
    for (let j = k + 1; j <= Math.min(end - 1, k + 3); j++) if (m.scheduledTimes.has(lemmas[j] ?? '')) return true;
  }
  return false;
}

/** Kinds of word that keep a trigger after them from being asserted, as bits: one look-up per word, not three. */
const NEGATOR = 1;
const CONDITIONAL = 2;
const MODAL = 4;
const blockers = new WeakMap<Modality, ReadonlyMap<string, number>>();

/** The negators, conditionals and modals of `m`, each with its kinds. */
function blockersOf(m: Modality): ReadonlyMap<string, number> {
  let kinds = blockers.get(m);
  if (!kinds) {
    const map = new Map<string, number>();
    const mark = (words: ReadonlySet<string>, kind: number): void => {
      for (const w of words) map.set(w, (map.get(w) ?? 0) | kind);
    };
    mark(m.negators, NEGATOR);
    mark(m.conditionals, CONDITIONAL);
    mark(m.modals, MODAL);
    blockers.set(m, (kinds = map));
  }
  return kinds;
}

/**
 * Is the trigger at token `i` asserted? `noun` triggers are also checked for hedging adjectives and
 * a determiner of negation ("no agreement") right before them.
 */
export function unasserted(view: SentenceView, i: number, noun: boolean, m: Modality = loadModality()): Unasserted | null {
  if (view.question) return 'question';
  const { lemmas, tokens } = view;
  const start = view.clauseStart(i);
  if (lemmas[start - 1] === 'that' && deniedBefore(view, start - 1, m)) return 'negated';
  const from = Math.max(start, i - SCOPE);
  const blocking = blockersOf(m);
  for (let k = i - 1; k >= from; k--) {
    const l = lemmas[k] ?? '';
    const kinds = blocking.get(l);
    if (kinds === undefined) continue;
    if (kinds & NEGATOR) {
      // "not only", "no longer than" and "never before" still assert.
      const next = lemmas[k + 1];
      if (l === 'not' && next === 'only') continue;
      return 'negated';
    }
    if (kinds & CONDITIONAL) return 'conditional';
    // What is left is a modal; "will" with the hour the act starts announces it decided.
    if (l === 'will' && scheduled(view, i, m)) continue;
    if (tokens[k]?.pos === 'AUX') return 'modal';
    if (l === 'will' || l === 'would' || l === 'could' || l === 'might') return 'modal';
  }
  // "signed no deal", "reached no agreement"
  if (!noun && (lemmas[i + 1] === 'no' || (lemmas[i + 1] === 'neither' && tokens[i + 1]?.pos === 'DET'))) return 'negated';
  // An infinitive ("to visit"), after an intention or anything else, is not a statement of fact;
  // nor is one coordinated with it ("projects to reduce the risk, enhance cooperation …").
  if (infinitive(view, i, m)) return 'infinitive';
  if (noun) {
    // "wants to conduct joint exercises": the object of an infinitive is no more asserted than its verb.
    const head = governingVerb(view, i);
    if (head >= 0 && infinitive(view, head, m)) return 'infinitive';
    // "postponed the demonstration", "police prevented the march": an event put off or stopped before it began.
    if (head >= 0 && m.preventers.has(lemmas[head] ?? '')) return 'hedged';
    for (let k = i - 1; k >= Math.max(view.clauseStart(i), i - 3); k--) {
      const l = lemmas[k] ?? '';
      if (m.hedges.has(l)) return 'hedged';
    }
    // "an increase in high-level meetings between A and B"
    for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
      const l = lemmas[k] ?? '';
      if ((l === 'in' || l === 'of') && m.aggregates.has(lemmas[k - 1] ?? '')) return 'aggregate';
      if (view.hard[k] || tokens[k]?.pos === 'VERB') break;
    }
  }
  // "conducts more exercises with A … than with B": a comparison of frequencies, not one event.
  // Only a comparative after "more", "less" … counts: look for one only past the first of those.
  let k = i + 1;
  while (k < tokens.length && !comparing(lemmas[k] ?? '', m)) k++;
  for (k++; k < tokens.length; k++) {
    if (m.comparatives.has(lemmas[k] ?? '') && !view.language.comparisonWords.has(lemmas[k - 1] ?? '')) return 'comparative';
  }
  return null;
}
