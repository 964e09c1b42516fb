/** The conditions a rule sets around its trigger: words before it, words (or an instrument) after it, a stated intent. */
import { lastHyphen, type SentenceView } from '../grammar/index.js';

/** How many tokens after the trigger an `after` word is looked for. */
const AFTER_WINDOW = 12;

export function hasBefore(view: SentenceView, i: number, words: ReadonlySet<string>, extra: string | null): boolean {
  if (extra !== null && words.has(extra)) return true;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (words.has(view.lemmas[k] ?? '')) return true;
    if (view.soft[k]) break;
  }
  return false;
}

/** Is one of the `after` words in the clause before the trigger (the subject of a passive)? */
export function findBefore(view: SentenceView, i: number, words: ReadonlySet<string>): boolean {
  for (let k = i - 1; k >= view.clauseStart(i); k--) if (beforeWordAt(view, k, words)) return true;
  // Past an apposition set off by commas, back to the verb or boundary before the subject: "Seven
  // agreements, among them the free movement of persons, are signed".
  for (let k = view.clauseStart(i) - 1; k >= 0; k--) {
    if (view.hard[k] || view.tokens[k]?.pos === 'VERB') return false;
    if (beforeWordAt(view, k, words)) return true;
  }
  return false;
}

/**
 * Is token `k` one of `words`: its lemma, or the singular of a capitalised plural the tagger took for a
 * name ("Sanctions were imposed on …" opening a sentence)?
 */
function beforeWordAt(view: SentenceView, k: number, words: ReadonlySet<string>): boolean {
  const l = view.lemmas[k] ?? '';
  if (words.has(l)) return true;
  return view.tokens[k]?.pos === 'PROPN' && l.endsWith('s') && (view.actorAt[k] ?? -1) < 0 && words.has(l.slice(0, -1));
}

/**
 * Is one of the `after` words the antecedent of the relative clause the trigger is in ("the levy that
 * Ottawa placed on Korean ships", "the tariffs, which Lima imposed on Quito")? The object of such a verb
 * stands before it, as the noun the clause describes. Only with a party named after the verb: the
 * other side of "a ceasefire, which Tbilisi signed" is not in the clause.
 */
export function findAntecedent(view: SentenceView, i: number, words: ReadonlySet<string>): boolean {
  const start = view.clauseStart(i);
  const opener = view.lemmas[start - 1];
  if (opener !== 'that' && opener !== 'which') return false;
  let k = start - 2;
  if (view.lemmas[k] === ',') k--;
  if (view.tokens[k]?.pos !== 'NOUN' || !words.has(view.lemmas[k] ?? '')) return false;
  const end = view.clauseEnd(i);
  return view.actors.some((p) => p.first > i && p.first < end);
}

/**
 * The token where an `after` word is found, or -1. The window ends at a clause's end or a comma that
 * is not between a list's items; which commas those are is asked only once a word is found past them
 * (reading the noun phrases costs more than the rest).
 */
export function findAfter(view: SentenceView, i: number, words: ReadonlySet<string>): number {
  const wantsInstrument = words.has('@instrument');
  const wantsOrganisation = words.has('@organisation');
  const end = Math.min(view.tokens.length, i + 1 + AFTER_WINDOW);
  let commas: number[] | undefined;
  for (let k = i + 1; k < end; k++) {
    const l = view.lemmas[k] ?? '';
    if (view.hard[k] || l === '.') break;
    if (l === ',') (commas ??= []).push(k);
    if (afterWordAt(view, k, l, words, wantsInstrument) || (wantsOrganisation && organisationStartsAt(view, k))) return commas && !commas.every((c) => insideList(view, c)) ? -1 : k;
  }
  return -1;
}

/** Is token `k` (lemma `l`) an `after` word? */
function afterWordAt(view: SentenceView, k: number, l: string, words: ReadonlySet<string>, wantsInstrument: boolean): boolean {
  const t = view.tokens[k];
  // A capitalised word before another in an actor's name ("told the National Assembly") describes the actor
  // it names, not a thing the act is about; a name's head stays one ("the International Court of Justice").
  const named = view.actorAt[k] ?? -1;
  if (named >= 0 && (view.actors[named]?.last ?? k) > k && capitalised(t?.text) && capitalised(view.tokens[k + 1]?.text)) return false;
  if (words.has(l) || (t !== undefined && t.lower !== l && words.has(t.lower))) return true;
  // (A plain word has no hyphen.)
  const dash = t?.plain ? -1 : lastHyphen(l);
  if (dash > 0 && words.has(l.slice(dash + 1))) return true;
  return wantsInstrument && instrumentStartsAt(view, k);
}

const CAPITAL = /^\p{Lu}/u;

function capitalised(text: string | undefined): boolean {
  return text !== undefined && CAPITAL.test(text);
}

/** Is the comma at `k` one between the items of a list ("air, sea and rail links")? */
function insideList(view: SentenceView, k: number): boolean {
  let before = -1;
  for (const p of view.nounPhrases()) {
    if (p.last === k - 1) before = p.group;
    else if (p.first === k + 1) return before >= 0 && p.group === before;
  }
  return false;
}

/** Does a named organisation ("the CSTO", "the International Criminal Court") start at token `k`? */
function organisationStartsAt(view: SentenceView, k: number): boolean {
  const p = view.actors[view.actorAt[k] ?? -1];
  return p !== undefined && p.first === k && p.kind === 'organisation' && !p.generic;
}

/** Does an instrument party start at token `k`? */
export function instrumentStartsAt(view: SentenceView, k: number): boolean {
  for (const p of view.instrumentParties) if (p.first === k) return true;
  return false;
}
