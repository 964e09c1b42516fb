/**
 * How a word may be read as a trigger though the tagger said otherwise (a present tense read as a noun,
 * a participle read as an adjective, a gerund read as a noun), and what a verb form says about its
 * voice: the word-level tests of the events stage.
 */
import { loadModality, type Modality } from './_modality.js';
import type { SentenceView } from './_view.js';


/** A participle or gerund that only describes ("…, allowing the trespass", "interest in investing"). */
export function participial(view: SentenceView, i: number): boolean {
  const t = view.tokens[i];
  if (!t || !t.lower.endsWith('ing')) return false;
  if (openingParticiple(view, i)) return true;
  if (t.lower === view.lemmas[i]) return false;
  let k = i - 1;
  while (k >= 0 && view.tokens[k]?.pos === 'ADV') k--;
  // "Hungary responded by blocking …", "retaliated by expelling …": the manner of an act is an act.
  if (view.language.agentPrepositions.has(view.lemmas[k] ?? '') && view.tokens[k - 1]?.pos === 'VERB') return false;
  // "began deporting migrants": after a verb of phase the gerund is the act begun (not after an
  // infinitive of it, "prepared to resume shelling": what is readied is not done).
  if (view.tokens[k]?.pos === 'VERB' && view.language.phaseVerbs.has(view.lemmas[k] ?? '') && view.lemmas[k - 1] !== 'to') return false;
  return view.lemmas[k] !== 'be';
}

/**
 * Does the -ing word at `i` open the sentence as a participle clause set off by a comma before any verb
 * ("Meeting in Accra on 6 August, the two presidents agreed …")? It sets the scene of the main clause's
 * act, whichever way the tagger read it; "Meetings between the two resumed in May, …" is a subject.
 */
function openingParticiple(view: SentenceView, i: number): boolean {
  for (let k = 0; k < i; k++) if (view.tokens[k]?.pos !== 'ADV' && view.tokens[k]?.pos !== 'PUNCT') return false;
  for (let k = i + 1; k < view.tokens.length; k++) {
    const t = view.tokens[k];
    if (!t || t.pos === 'VERB' || t.pos === 'AUX' || view.hard[k]) return false;
    if (t.text === ',') return k > i + 1;
  }
  return false;
}

/** Words of a noun phrase before its head noun ("Iraq's brief invasion"). */
const PREMODIFIERS = new Set(['DET', 'ADJ', 'PROPN', 'NOUN', 'NUM', 'PART']);

/**
 * Is the noun at `i` the head of a phrase after a preposition of time ("after Iraq's invasion of
 * Kuwait", "since the annexation") or of topic ("talks about the unrest")? What it names is the
 * background the clause is dated against, or what it talks of: not the clause's news.
 */
export function background(view: SentenceView, i: number): boolean {
  let k = i - 1;
  while (k >= Math.max(0, i - 6) && (PREMODIFIERS.has(view.tokens[k]?.pos ?? '') || view.language.possessives.has(view.tokens[k]?.lower ?? ''))) k--;
  const t = view.tokens[k];
  if (!t) return false;
  // "talks about the unrest in Y", "a summit on the unrest": the topic of a talk ("on", "over" only after a noun).
  // ("a summit in Geneva on the unrest": after a noun's phrase of place, too.)
  if (t.pos === 'ADP' && (view.language.topicPrepositions.has(t.lower) || (view.language.nounTopicPrepositions.has(t.lower) && (view.tokens[k - 1]?.pos === 'NOUN' || placeEndsAt(view, k - 1))))) return true;
  if (!view.language.timePrepositions.has(t.lower)) return false;
  // ("following" tagged a verb: only with a phrase between it and the noun, "following Iraq's invasion")
  return t.pos !== 'VERB' || k < i - 1;
}


/** Does a phrase of place end at token `k`: a name after "in" or "at" ("in Geneva", "at Camp David")? */
function placeEndsAt(view: SentenceView, k: number): boolean {
  let j = k;
  while (j >= 0 && view.tokens[j]?.pos === 'PROPN') j--;
  return j < k && (view.lemmas[j] === 'in' || view.lemmas[j] === 'at');
}

/** The verbs an -ing form may come from: blocking → block, expelling → expel, closing → close. */
export function ingStems(w: string): string[] {
  const base = w.slice(0, -3);
  const out = [base, `${base}e`];
  if (base.length > 2 && base[base.length - 1] === base[base.length - 2]) out.push(base.slice(0, -1));
  return out;
}

/**
 * A participle before the noun it describes ("Hungary's frozen funds", "the suspended talks", "settlers
 * in occupied territories": a verb never follows a preposition in its past form): no act of its own.
 */
export function attributive(view: SentenceView, i: number): boolean {
  const t = view.tokens[i];
  const next = view.tokens[i + 1]?.pos;
  // (The tagger reads some such participles as adjectives, with themselves for lemma.)
  const plain = t !== undefined && t.lower === view.lemmas[i] && !(t.pos === 'ADJ' && t.lower.endsWith('ed'));
  const prev = view.tokens[i - 1];
  // "the occupied north of Cyprus": the tagger takes a compass point for an adverb.
  const described = next === 'NOUN' || next === 'PROPN' || (next === 'ADV' && prev?.pos === 'DET');
  if (!t || plain || t.lower.endsWith('ing') || !described) return false;
  // After a number, too: "the two seized boats", "40 detained fishermen".
  return prev !== undefined && (prev.pos === 'DET' || prev.pos === 'ADJ' || prev.pos === 'ADP' || prev.pos === 'NUM' || prev.lower === "'s" || prev.lower === '’s' || view.language.possessives.has(prev.lower));
}

/**
 * A past participle right after a noun that names no actor, with its agent or complement after it ("at
 * talks hosted by Norway", "a ceremony attended by the ambassador of Peru", "the smuggler accused of the
 * murder", "a man charged with spying"): it describes the noun; it is no act on the parties around it.
 */
export function reducedRelative(view: SentenceView, i: number): boolean {
  const t = view.tokens[i];
  // (The tagger reads some such participles as adjectives, with themselves for lemma: "mediated".)
  if (!t || !t.lower.endsWith('ed') || (t.lower === view.lemmas[i] && t.pos !== 'ADJ')) return false;
  const prev = i - 1;
  if (view.tokens[prev]?.pos !== 'NOUN' || (view.actorAt[prev] ?? -1) >= 0) return false;
  let k = i + 1;
  while (view.tokens[k]?.pos === 'ADV') k++;
  return view.language.reducedRelativePrepositions.has(view.lemmas[k] ?? '');
}

/** Tags after a verb that open its own object: a verb followed by one is no participle describing a noun. */
const OBJECT_OPENERS = new Set(['DET', 'PRON', 'NOUN', 'PROPN', 'NUM']);

/**
 * Is the past form at `i` a participle describing the object of a verb before it ("released an
 * opposition member jailed a year ago", "expelled the diplomats posted in Lima")? The noun phrase
 * before it (with its "of" phrases and an apposition) is that verb's object, so the form is no verb of its own; with no object after it,
 * it tells what was done to that noun, by someone it does not name. Not after a verb of saying
 * ("said rebels attacked in the night": a clause of its own).
 */
export function participleAfterObject(view: SentenceView, i: number): boolean {
  const t = view.tokens[i];
  if (!t || !t.lower.endsWith('ed') || (t.lower === view.lemmas[i] && t.pos !== 'ADJ')) return false;
  if (OBJECT_OPENERS.has(view.tokens[i + 1]?.pos ?? '')) return false;
  const prev = view.tokens[i - 1]?.pos;
  if (prev !== 'NOUN' && prev !== 'PROPN') return false;
  // Back over the object's phrase, its "of" phrases and an apposition ("the mayor of X, a member of Y jailed …").
  let k = i - 1;
  while (k >= 0 && (PREMODIFIERS.has(view.tokens[k]?.pos ?? '') || view.lemmas[k] === 'of' || view.lemmas[k] === ',')) k--;
  const v = view.tokens[k];
  if (!v || v.pos !== 'VERB' || !PREMODIFIERS.has(view.tokens[k + 1]?.pos ?? '')) return false;
  return !loadModality().reportingVerbs.has(view.lemmas[k] ?? '');
}

/** Is `p` named as the agent of a participle after a noun ("talks mediated by Kenya and Uganda", "hosted by Norway")? */
export function agentOfParticiple(view: SentenceView, p: { first: number }): boolean {
  let k = p.first - 1;
  for (; k > 0; k--) {
    if ((view.actorAt[k] ?? -1) >= 0) continue;
    const pos = view.tokens[k]?.pos;
    if (pos !== 'DET' && pos !== 'ADJ' && pos !== 'CCONJ' && view.tokens[k]?.text !== ',') break;
  }
  if (!view.language.agentPrepositions.has(view.lemmas[k] ?? '')) return false;
  let v = k - 1;
  while (v > 0 && view.tokens[v]?.pos === 'ADV') v--;
  return reducedRelative(view, v);
}

/**
 * Verb lemmas to try for a past form the tagger read as an adjective: after "be" ("was certified")
 * or right after the actor doing it ("Oman mediated between …").
 */
export function participleLemmas(view: SentenceView, i: number): string[] {
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
export function presentLemmas(view: SentenceView, i: number, m: Modality): string[] {
  const t = view.tokens[i];
  if (!t || (t.pos !== 'NOUN' && t.pos !== 'ADJ')) return [];
  const w = t.lower;
  const lemma = view.lemmas[i] ?? w;
  // "summons" is its own lemma: either form.
  const either = w === lemma && w.endsWith('s');
  const plain = w === lemma && !either;
  if (!plain && !w.endsWith('s')) return [];
  // "… cut their ties with Qatar and close their links to it": a second predicate after a finite verb,
  // its object opening with a determiner or a possessive, which no adjective or noun takes.
  if (secondPredicate(view, i)) return verbForms(w, lemma);
  // The subject: an actor right before, or a noun phrase headed by a noun that has an actor before it.
  let k = i - 1;
  const start = view.clauseStart(i);
  let head = -1;
  // An adverb between subject and verb: "Colombian troops then cross …", "Egypt also signs it".
  while (k > start && view.tokens[k]?.pos === 'ADV' && (view.actorAt[k] ?? -1) < 0) k--;
  const adverbs = i - 1 - k;
  while (k >= start && (view.actorAt[k] ?? -1) < 0) {
    const pos = view.tokens[k]?.pos;
    if (pos === 'NOUN' && head < 0 && k === i - 1 - adverbs) head = k;
    else if (!(head >= 0 && (pos === 'NOUN' || pos === 'ADJ' || pos === 'PART' || view.lemmas[k] === "'s"))) break;
    k--;
  }
  // "The new government halts the talks": a definite office opening the clause is a subject too.
  const office = head >= 0 && m.officeNouns.has(view.lemmas[head] ?? '') && view.lemmas[k] === 'the' && k + 1 <= head;
  // "the four states hand …", "both sides sign …": a counted group of those named before is a subject too.
  let between = k + 1;
  while (between < head && view.tokens[between]?.pos === 'ADJ') between++;
  const counted = head >= 0 && between === head && m.pairNouns.has(view.lemmas[head] ?? '') &&
    (view.lemmas[k] === 'both' || (view.tokens[k]?.pos === 'NUM' && view.language.cardinals.has(view.lemmas[k] ?? '')) ||
      // "…, and the leaders sign …": those named before, uncounted
      (view.lemmas[k] === 'the' && head === k + 1 && view.tokens[head]?.lower !== view.lemmas[head]));
  const actor = k >= start ? view.actors[view.actorAt[k] ?? -1] : undefined;
  // ("the two foreign ministers": an office counted is such a group too, though the dictionary knows it.)
  const countedOffice = actor !== undefined && actor.generic && m.pairNouns.has(view.lemmas[actor.last] ?? '');
  if (!office && !counted && !countedOffice && (!actor || actor.generic || actor.setting)) return [];
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
  // "Minsk orders gas production halted": the participle after the object is what is ordered, not a rival verb.
  const complement = objectParticiple(view, i, verbForms(w, lemma));
  if (complement >= 0) return verbForms(w, lemma);
  if (next.pos === 'NOUN' && !plain) {
    const after = view.tokens[i + 2]?.pos;
    if (after === 'NOUN' || after === 'VERB' || after === 'AUX') return [];
  } else if (next.pos !== 'NOUN' && !AFTER_PRESENT.has(next.pos) && (view.actorAt[i + 1] ?? -1) < 0) return [];
  // The only finite verb of its clause: otherwise the word is the subject's noun ("NATO visits to Serbia increased").
  const end = view.clauseEnd(i);
  // The verbs of an infinitive's own clause after the word are none of its rivals ("sign accords to let ships leave"),
  // nor those of a that-clause right after it ("Uribe pledges that Colombia will not …").
  let infinitive = view.lemmas[i + 1] === 'that';
  for (let c = from; c < end; c++) {
    if (c === i) continue;
    const pos = view.tokens[c]?.pos;
    if (pos !== 'VERB' && pos !== 'AUX') continue;
    // An infinitive, a gerund, or a second predicate ("grants … and decides …") is no rival.
    if (view.lemmas[c - 1] === 'to' && c > i) infinitive = true;
    if (infinitive || view.tokens[c]?.lower.endsWith('ing') || view.lemmas[c - 1] === 'to' || (c > i && view.tokens[c - 1]?.pos === 'CCONJ')) continue;
    return [];
  }
  return verbForms(w, lemma);
}

/** Noun-phrase words between a verb and the participle it takes ("orders [the gas pipelines] closed"). */
const OBJECT_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * The index of a past participle that follows the object of the word at `i`, read as one of `lemmas`,
 * a verb that takes an object and a participle ("orders the pipelines closed", "orders oil production
 * shut down"); else -1. The object must be a short noun phrase ending in a noun, the participle end it.
 */
export function objectParticiple(view: SentenceView, i: number, lemmas: readonly string[]): number {
  if (!lemmas.some((l) => view.language.objectParticipleVerbs.has(l))) return -1;
  return participleAfterObjectOf(view, i);
}

/** The participle after the object of the verb at `i` ("orders the pipelines closed"), whatever the verb, or -1. */
function participleAfterObjectOf(view: SentenceView, i: number): number {
  let k = i + 1;
  while (k <= i + 5 && OBJECT_WORDS.has(view.tokens[k]?.pos ?? '') && (view.actorAt[k] ?? -1) < 0) k++;
  if (k === i + 1 || k > i + 5) return -1;
  const last = view.tokens[k - 1]?.pos;
  if (last !== 'NOUN' && last !== 'PROPN') return -1;
  const t = view.tokens[k];
  if (!t || (t.pos !== 'VERB' && !(t.pos === 'ADJ' && t.lower.endsWith('ed')))) return -1;
  // A past form: in -ed, or one the tagger gives another lemma ("shut", "cut" are their own).
  if (t.lower.endsWith('ing') || view.lemmas[k - 1] === 'to') return -1;
  return k;
}

/**
 * Is the participle at `i` the one a verb before it takes after its object ("orders the pipelines
 * closed")? What is to be done is that verb's act, read there: the participle is none of its own.
 */
export function orderedParticiple(view: SentenceView, i: number): boolean {
  for (let k = i - 2; k >= Math.max(0, i - 6); k--) {
    const w = view.tokens[k]?.lower ?? '';
    if (hasVerbFormIn(w, view.lemmas[k] ?? w, view.language.objectParticipleVerbs) && participleAfterObjectOf(view, k) === i) return true;
  }
  return false;
}

/** Is one of `verbForms(w, lemma)` in `verbs`? (Asked of the words before every trigger: without the array.) */
function hasVerbFormIn(w: string, lemma: string, verbs: ReadonlySet<string>): boolean {
  if (verbs.has(lemma)) return true;
  if (w === lemma && !w.endsWith('s')) return false;
  for (const suffix of PLAIN_FORMS) if (w.endsWith(suffix) && verbs.has(w.slice(0, -suffix.length))) return true;
  return w.endsWith('ies') && verbs.has(`${w.slice(0, -3)}y`);
}

/**
 * Is the word at `i` (read as a noun or adjective) a verb coordinated with a finite verb before it in
 * its clause: "and"/"but" right before it, a determiner or a possessive right after it?
 */
function secondPredicate(view: SentenceView, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && view.tokens[k]?.pos === 'ADV') k--;
  if (view.tokens[k]?.pos !== 'CCONJ' || !view.language.verbCoordinators.has(view.lemmas[k] ?? '')) return false;
  const next = view.tokens[i + 1];
  if (!next) return false;
  const opens = next.pos === 'DET' || next.pos === 'NUM' || (next.pos === 'PRON' && view.language.possessives.has(next.lower));
  // A bare noun object only in the same -s form as the first verb: "expels the ambassador and orders troops to …".
  const w = view.tokens[i]?.lower ?? '';
  const sForm = w.endsWith('s') && !w.endsWith('ss') && w !== view.lemmas[i];
  if (!opens && !(next.pos === 'NOUN' && sForm)) return false;
  for (let v = k - 1; v >= 0; v--) {
    if (view.hard[v]) return false;
    const t = view.tokens[v];
    if (t && (t.pos === 'VERB' || view.verbAt[v] === 1) && !t.lower.endsWith('ing') && view.lemmas[v - 1] !== 'to') {
      return opens || (t.lower.endsWith('s') && !t.lower.endsWith('ss') && t.lower !== view.lemmas[v]);
    }
  }
  return false;
}

/** Is one of `verbForms` a key of `verbs`? (Without building the list: this runs for many nouns.) */
export function hasVerbForm(w: string, lemma: string, verbs: { has(key: string): boolean }): boolean {
  if (verbs.has(lemma)) return true;
  if (!w.endsWith('s')) return false;
  return verbs.has(w.slice(0, -1)) || (w.endsWith('es') && verbs.has(w.slice(0, -2))) || (w.endsWith('ies') && verbs.has(`${w.slice(0, -3)}y`));
}

/** The verb lemmas a present-tense form may have: its lemma, and less its -s, -es or -ies. */
export function verbForms(w: string, lemma: string): string[] {
  const out = [lemma];
  if (w === lemma && !w.endsWith('s')) return out;
  for (const suffix of PLAIN_FORMS) if (w.endsWith(suffix)) out.push(w.slice(0, -suffix.length));
  if (w.endsWith('ies')) out.push(`${w.slice(0, -3)}y`);
  return out;
}

/**
 * Is the verb at `i` in the passive voice ("was signed", "got arrested", a reduced relative "recognised
 * by 111 states")? The one test the events and milestones stages read the voice with.
 */
export function isPassive(view: SentenceView, i: number): boolean {
  const t = view.tokens[i];
  if (!t) return false;
  if (t.lower === view.lemmas[i]) return invariantPassive(view, i);
  // "is asking", "were being held": a form in -ing after "be" is progressive, not a passive participle.
  if (t.lower.endsWith('ing')) return false;
  // A reduced relative: "independence, recognised by 111 states".
  if (t.lower.endsWith('ed') && view.language.agentPrepositions.has(view.lemmas[i + 1] ?? '')) return true;
  let k = i - 1;
  while (k >= 0 && view.tokens[k]?.pos === 'ADV') k--;
  return (k >= 0 && view.language.passiveAuxiliaries.has(view.lemmas[k] ?? '')) || headlineParticiple(view, i, k);
}

/**
 * Is the verb at `i`, its participle spelt as its base form ("was hit by", "were cut by"), passive:
 * right after a passive auxiliary, past adverbs, with its agent after it? A base form follows "be" or
 * "get" only so; without an agent named the reading is left as the tagger gave it.
 */
export function invariantPassive(view: SentenceView, i: number): boolean {
  if (view.tokens[i]?.pos !== 'VERB' || view.tokens[i]?.lower.endsWith('ing')) return false;
  let k = i - 1;
  while (k >= 0 && view.tokens[k]?.pos === 'ADV') k--;
  if (k < 0 || view.tokens[k]?.pos !== 'AUX' || !view.language.passiveAuxiliaries.has(view.lemmas[k] ?? '')) return false;
  const end = view.clauseEnd(i);
  for (let j = i + 1; j < end; j++) if (view.language.agentPrepositions.has(view.lemmas[j] ?? '') && view.tokens[j]?.pos === 'ADP') return true;
  return false;
}

/**
 * What a headline's subject is made of, before its participle: a bare noun phrase after the entry's
 * date, without the articles headlines leave out ("Both sides agreed in 2016" is a sentence's past tense).
 */
const HEADLINE_SUBJECT: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'PUNCT', 'SYM']);

/**
 * A headline's participle, its "was" left out: "2014: Association agreement signed in Lima", "12 May
 * 2015 – Border crossing reopened after talks". A past form in -ed after a noun that names no actor, with
 * no object after it, the sentence before it an entry's date and a bare noun phrase (a past tense after
 * an actor, "Peru signed in Lima", or after a longer subject, "police in Baku detained …", is active).
 */
function headlineParticiple(view: SentenceView, i: number, before: number): boolean {
  const prev = view.tokens[before];
  // ("Border crossing": a noun in -ing the tagger may read as a verb.)
  const noun = prev !== undefined && (prev.pos === 'NOUN' || prev.pos === 'PROPN' || (prev.pos === 'VERB' && prev.lower.endsWith('ing')));
  if (!view.tokens[i]?.lower.endsWith('ed') || !noun || (view.actorAt[before] ?? -1) >= 0) return false;
  const next = view.tokens[i + 1]?.pos;
  if (next === 'DET' || next === 'NOUN' || next === 'PROPN' || next === 'PRON' || next === 'NUM' || next === 'ADJ') return false;
  // Only under an entry's date: in running prose "Protesters marched in Lima" is a past tense.
  let dated = false;
  for (let k = 0; k < before; k++) {
    const t = view.tokens[k];
    if (t && !HEADLINE_SUBJECT.has(t.pos) && !(t.pos === 'VERB' && t.lower.endsWith('ing'))) return false;
    if (t?.pos === 'NUM') dated = true;
  }
  return dated;
}

/**
 * The index of the last hyphen in a word, or -1. Most words have none, and V8's indexOf is a fast
 * built-in where lastIndexOf is a call into the runtime: this runs for every token.
 */
export function lastHyphen(word: string): number {
  let at = word.indexOf('-');
  if (at < 0) return -1;
  for (let next = word.indexOf('-', at + 1); next >= 0; next = word.indexOf('-', at + 1)) at = next;
  return at;
}
