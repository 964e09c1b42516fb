/**
 * Where the parties of an event stand around its trigger: the subject before it, the object after it,
 * the actor after a given preposition, a possessive ("NATO's air strikes"), "between A and B", or the
 * instrument an agreement names (which stands for its organisation). Searches stay inside the clause
 * and return coordinated groups ("Croatia and Albania").
 */
import type { SlotName } from './_schema.js';
import { loadModality } from './_modality.js';
import type { Party, SentenceView } from './_view.js';
import { agentOfParticiple } from './_forms.js';

/** Tokens that may sit between a preposition and its party: "to the newly elected …". */
const NP_INNER = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADV', 'PART', 'PUNCT', 'CCONJ', 'SYM']);

/** Tokens of a short adverbial of time or place between a reporting verb and its clause ("on Monday", "here today"). */
const ADVERBIAL = new Set(['ADV', 'ADP', 'NOUN', 'PROPN', 'NUM', 'DET']);

/**
 * The word before the verb at `i`, past its auxiliaries, adverbs and "not": where a relative pronoun
 * opening its clause stands ("the armed group that has repeatedly seized …").
 */
export function beforeAuxiliaries(view: SentenceView, i: number): number {
  let k = i - 1;
  while (k > 0 && (view.tokens[k]?.pos === 'AUX' || view.tokens[k]?.pos === 'ADV' || view.lemmas[k] === 'not')) k--;
  return k;
}

/** What a subject search found. */
export type SubjectResult = { parties: Party[] } | { pronoun: true } | { generic: true; party?: Party } | null;

function partyAt(view: SentenceView, k: number): Party | undefined {
  const idx = view.actorAt[k] ?? -1;
  return idx >= 0 ? view.actors[idx] : undefined;
}

/** The party and those coordinated with it before it ("A, B and C" from C). */
function groupBack(view: SentenceView, p: Party): Party[] {
  const out = [p];
  let cur = p;
  for (;;) {
    let j = cur.first - 1;
    // "Reagan and Egyptian President Mubarak": a party of the same principal right before it, read as a
    // mention of its own, is one conjunct with it (a nationality before a name and title), where a
    // coordinator comes before them both.
    const modifier = j >= 0 ? partyAt(view, j) : undefined;
    if (modifier && modifier.last === j && modifier !== cur && modifier.principal === cur.principal && !modifier.setting && view.language.nounCoordinators.has(view.lemmas[modifier.first - 1] ?? '')) {
      out.unshift(modifier);
      cur = modifier;
      continue;
    }
    // "Saudi Arabia, the UAE and Egypt": a conjunct's article stands between it and the comma.
    while (j >= 0 && view.tokens[j]?.pos === 'DET' && (view.actorAt[j] ?? -1) < 0) j--;
    if (j < 0 || !view.language.nounCoordinators.has(view.lemmas[j] ?? '')) break;
    if (view.lemmas[j] === 'as' && view.lemmas[j - 1] === 'well' && view.lemmas[j - 2] === 'as') j -= 2;
    // ("A, B, and C": the serial comma before the last "and".)
    if (view.lemmas[j] === 'and' && view.lemmas[j - 1] === ',') j--;
    const bare = view.lemmas[j] === ',';
    j--;
    while (j >= 0 && view.tokens[j]?.pos === 'DET') j--;
    const q = j >= 0 ? partyAt(view, j) : undefined;
    if (!q || q.last !== j || q.setting) break;
    // "In a letter to the UN Security Council, Egypt rejected …": a bare comma before the last name closes
    // the phrase before it (an opening adverbial); a list joins its last item by "and" ("A, B and C").
    if (bare && cur === p && !listBefore(view, q)) break;
    out.unshift(q);
    cur = q;
  }
  return out;
}

/** Does a comma stand right before party `q` (past its article), as inside a list "A, B, C"? */
function listBefore(view: SentenceView, q: Party): boolean {
  let j = q.first - 1;
  while (j >= 0 && view.tokens[j]?.pos === 'DET' && (view.actorAt[j] ?? -1) < 0) j--;
  return view.lemmas[j] === ',';
}

/** The party and those coordinated with it after it ("A and B" from A). */
function groupForward(view: SentenceView, p: Party): Party[] {
  const out = [p];
  let cur = p;
  for (;;) {
    let j = cur.last + 1;
    const l = view.lemmas[j] ?? '';
    if (l === 'as' && view.lemmas[j + 1] === 'well' && view.lemmas[j + 2] === 'as') j += 2;
    else if (l !== 'and' && l !== ',' && l !== '&') break;
    j++;
    while (j < view.tokens.length && !partyAt(view, j) && (view.tokens[j]?.pos === 'DET' || view.lemmas[j] === 'and')) j++;
    const q = partyAt(view, j);
    if (!q || q.first !== j || q.setting) break;
    out.push(q);
    cur = q;
  }
  return out;
}

/** Tokens of a noun phrase before its head: "the two armed", "Chile's". */
const PHRASE_BEFORE_HEAD = new Set(['DET', 'ADJ', 'NOUN', 'NUM', 'PART']);

/**
 * Is the relative pronoun at `rel` one after a comma whose antecedent names no actor in any of its
 * words ("the rebels, who attacked …"; not "Chile's delegation, which …")? Its clause's subject is
 * someone unnamed.
 */
export function unnamedAntecedent(view: SentenceView, rel: number): boolean {
  return (view.lemmas[rel] === 'who' || view.lemmas[rel] === 'which') && view.tokens[rel]?.pos === 'PRON' && view.lemmas[rel - 1] === ',' && unnamedPhraseBefore(view, rel - 1);
}

/** Does a noun phrase ending right before `k` (its head a noun) name no actor in any of its words? */
function unnamedPhraseBefore(view: SentenceView, k: number): boolean {
  if (view.tokens[k - 1]?.pos !== 'NOUN') return false;
  for (let j = k - 1; j >= 0 && PHRASE_BEFORE_HEAD.has(view.tokens[j]?.pos ?? ''); j--) if (partyAt(view, j)) return false;
  return !partyAt(view, k - 1);
}

/** Is there a noun naming no actor between tokens `from` and `to` (both left out)? */
function unnamedNounBetween(view: SentenceView, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (view.tokens[k]?.pos === 'NOUN' && !partyAt(view, k)) return true;
  return false;
}

/**
 * The comma opening a relative clause that the comma at `close` closes (", which borders Togo,"), or
 * -1: the relative pronoun must follow a comma, with no other comma or stop between them.
 */
function parentheticalRelative(view: SentenceView, close: number): number {
  for (let j = close - 1; j > 0; j--) {
    const l = view.lemmas[j] ?? '';
    if (view.language.relativePronouns.has(l) && view.tokens[j]?.pos !== 'ADV') return view.lemmas[j - 1] === ',' ? j - 1 : -1;
    if (view.soft[j] && !view.hard[j]) return -1;
    if (l === ';' || l === ':') return -1;
  }
  return -1;
}

/**
 * The subject of the trigger at `i`: the nearest actor before it in the sentence part (relative
 * pronouns lead back to their antecedent), a personal pronoun (resolved from the discourse by the
 * caller), or a quantified group (no event).
 */
export function subjectOf(view: SentenceView, i: number): SubjectResult {
  // A second predicate shares the first one's subject, past any apposition between them: "police searched
  // the office of X, a branch of the Finnish broadcaster, and detained two employees".
  const first = firstPredicate(view, i);
  if (first >= 0) return subjectOf(view, first);
  // "Uganda recalled its envoy from Rwanda, accusing Kigali of …": the main clause's subject says it.
  const host = participleHost(view, i);
  if (host >= 0) return subjectOf(view, host);
  // "The Council grants Iceland candidate status and decides to open talks": an infinitive's subject is its verb's.
  if (view.lemmas[i - 1] === 'to' && (view.tokens[i - 1]?.pos === 'PART' || view.verbAt[i] === 1) && isVerb(view, i - 2)) return subjectOf(view, i - 2);
  // "Russia began deporting migrants": a gerund after a verb of phase has that verb's subject.
  if (view.tokens[i]?.lower.endsWith('ing') && isVerb(view, i - 1) && view.language.phaseVerbs.has(view.lemmas[i - 1] ?? '')) return subjectOf(view, i - 1);
  // "…the Central European countries that joined the Alliance": a relative clause right after a noun
  // that names no actor has that noun for subject, not an actor further back: no party.
  // (Past the verb's auxiliaries and adverbs: "the armed group that has repeatedly seized …".)
  const rel = beforeAuxiliaries(view, i);
  if ((view.lemmas[rel] === 'that' || view.lemmas[rel] === 'who' || view.lemmas[rel] === 'which') && view.tokens[rel]?.pos === 'PRON' &&
    view.tokens[rel - 1]?.pos === 'NOUN' && !partyAt(view, rel - 1)) return { parties: [] };
  // "accused Sudan of arming the rebels, who attacked …": so too after a comma, where the noun's whole
  // phrase names no actor ("Chile's delegation, which …" still has Chile).
  if (unnamedAntecedent(view, rel)) return { parties: [] };
  // "…with Polish President Duda, who pledged …": a relative pronoun's antecedent is the party right before it.
  let relative = false;
  for (let k = i - 1; k >= 0; k--) {
    const l = view.lemmas[k] ?? '';
    if (view.hard[k] && (l === ';' || l === ':')) break;
    // "Ghana, which borders Togo, accused Benin": a relative clause between commas says something of
    // the party before it, which is the subject; the parties inside it are not.
    if (l === ',' && !relative) {
      const open = parentheticalRelative(view, k);
      if (open >= 0) {
        k = open;
        continue;
      }
    }
    if (l === 'who' || l === 'which') relative = true;
    // "refugees, whom authorities blame": a relative pronoun followed by a subject of its own is the
    // verb's object; a subject that names no actor is someone unnamed.
    if ((l === 'who' || l === 'whom' || l === 'which') && view.tokens[k]?.pos === 'PRON' && unnamedNounBetween(view, k, i)) return { parties: [] };
    const p = partyAt(view, k);
    if (p) {
      // (Nor a go-between: "In talks mediated by Kenya, the delegations agreed …".)
      if (p.setting || agentOfParticiple(view, p)) {
        k = p.first;
        continue;
      }
      if (p.generic) return { generic: true, party: p };
      // "Serbia's progress … with Kosovo was commended": a party inside a prepositional phrase
      // yields to one earlier in the clause that heads it.
      const head = !relative && prepositional(view, p) ? headBefore(view, p) : undefined;
      return { parties: groupBack(view, head ?? p) };
    }
    if (view.tokens[k]?.pos === 'PRON' && view.language.subjectPronouns.has(l)) {
      // "Canberra said (that) it regretted …": the reporting verb's subject, past what dates or places
      // the saying ("said on Monday it …", "said here Saturday that he …").
      let r = k - 1;
      if (view.lemmas[r] === 'that') r--;
      for (let n = 0; n < 4 && r > 0 && (view.actorAt[r] ?? -1) < 0 && ADVERBIAL.has(view.tokens[r]?.pos ?? ''); n++) r--;
      if (r >= 0 && view.tokens[r]?.pos === 'VERB' && loadModality().reportingVerbs.has(view.lemmas[r] ?? '')) {
        const reporter = subjectOf(view, r);
        if (reporter && 'parties' in reporter) return reporter;
      }
      return { pronoun: true };
    }
  }
  return null;
}

function isVerb(view: SentenceView, k: number): boolean {
  return view.tokens[k]?.pos === 'VERB' || view.verbAt[k] === 1;
}

/**
 * The finite verb of the clause that an -ing participle after a comma adjoins ("…, accusing Kigali of
 * arming the rebels"), or -1.
 */
export function participleHost(view: SentenceView, i: number): number {
  const t = view.tokens[i];
  // After a comma, or after a preposition of time or manner: "… shut down after accusing Khartoum of …".
  if (!t || !t.lower.endsWith('ing') || t.lower === view.lemmas[i] || (view.tokens[i - 1]?.text !== ',' && !view.language.participlePrepositions.has(view.lemmas[i - 1] ?? ''))) return -1;
  for (let v = i - 2; v >= 0; v--) {
    if (view.hard[v]) return -1;
    const w = view.tokens[v];
    if (w && isVerb(view, v) && !w.lower.endsWith('ing') && view.lemmas[v - 1] !== 'to' && (view.actorAt[v] ?? -1) < 0) return v;
  }
  return -1;
}

/** The verb of the first predicate when the trigger at `i` is a second one ("… and detained"), or -1. */
export function firstPredicate(view: SentenceView, i: number): number {
  if (!isVerb(view, i)) return -1;
  let k = i - 1;
  while (k >= 0 && view.tokens[k]?.pos === 'ADV') k--;
  if (!view.language.verbCoordinators.has(view.lemmas[k] ?? '') || view.tokens[k]?.pos !== 'CCONJ') return -1;
  for (let v = k - 1; v >= 0; v--) {
    if (view.hard[v]) return -1;
    const t = view.tokens[v];
    if ((view.actorAt[v] ?? -1) >= 0 && !isVerb(view, v)) continue;
    if (t && isVerb(view, v) && !t.lower.endsWith('ing') && view.lemmas[v - 1] !== 'to' && !insidePhrase(view, v)) return v;
  }
  return -1;
}

/** Words of a noun phrase before its head. */
const MODIFIERS = new Set(['ADJ', 'PROPN', 'NOUN', 'DET']);

/**
 * Is the word at `v`, tagged a verb, the head noun of a prepositional phrase, right after an adjective
 * ("during Russian-Belarusian military exercises")? No finite verb stands there.
 */
function insidePhrase(view: SentenceView, v: number): boolean {
  if (view.tokens[v - 1]?.pos !== 'ADJ') return false;
  let k = v - 1;
  while (k >= 0 && (MODIFIERS.has(view.tokens[k]?.pos ?? '') || view.tokens[k]?.text === '-')) k--;
  return view.tokens[k]?.pos === 'ADP';
}

/**
 * Is `p` inside a prepositional phrase: a preposition before it, past determiners and modifiers, or past
 * the names coordinated with it that no party is, in a phrase set off by a comma (", with European
 * partners and Canada,"; not "agree to arbitration and Slovenia lifts …")?
 */
function prepositional(view: SentenceView, p: Party): boolean {
  let k = p.first - 1;
  while (k >= 0 && (view.tokens[k]?.pos === 'DET' || view.tokens[k]?.pos === 'ADJ')) k--;
  if (view.tokens[k]?.pos === 'ADP') return true;
  if (view.tokens[k]?.pos !== 'CCONJ') return false;
  for (; k >= 0 && !view.hard[k] && partyAt(view, k) === undefined; k--) {
    const pos = view.tokens[k]?.pos;
    if (pos === 'ADP') return view.tokens[k - 1]?.text === ',';
    if (pos !== 'DET' && pos !== 'ADJ' && pos !== 'NOUN' && pos !== 'PROPN' && pos !== 'CCONJ') return false;
  }
  return false;
}

/**
 * An earlier party of the same clause that is not itself inside a prepositional phrase; for a phrase set
 * off by a comma right after its head, that head ("Japan, in a joint statement with the United States, …").
 */
function headBefore(view: SentenceView, p: Party): Party | undefined {
  const start = view.clauseStart(p.first);
  for (let k = p.first - 1; k >= start; k--) {
    const q = partyAt(view, k);
    if (!q) continue;
    if (!q.setting && !q.generic && !prepositional(view, q)) return q;
    k = q.first;
  }
  if (view.tokens[start - 1]?.text !== ',') return undefined;
  const q = partyAt(view, start - 2);
  return q && !q.setting && !q.generic && !prepositional(view, q) ? q : undefined;
}


/** The first actor after the trigger in its clause (a direct or prepositional object). */
export function objectOf(view: SentenceView, i: number, max = 15, exclude: string | null = null): Party[] {
  // "demanded that Minsk stop …": the subject of a that-clause right after the trigger is its object.
  const that = view.lemmas[i + 1] === 'that' ? i + 2 : i;
  const end = Math.min(view.clauseEnd(that), i + 1 + max);
  for (let k = that === i ? i + 1 : that; k < end; k++) {
    // A second predicate of the same subject has its own object: "condemned the attack and expressed solidarity with B".
    if (view.tokens[k]?.pos === 'VERB' && view.language.verbCoordinators.has(view.lemmas[k - 1] ?? '') && !view.tokens[k]?.lower.endsWith('ing')) break;
    const p = partyAt(view, k);
    // The source's own side named first ("opened the NATO–Georgia centre") is passed over, and so is an ally
    // ("fought alongside the Malian army against …").
    // A counted group is a fine object ("expelled 45 Russian diplomats"); only an agent must be specific.
    if (p && !p.setting && p.principal !== exclude && !companion(view, p)) return groupForward(view, p);
    if (p) k = p.last;
  }
  return [];
}


/** Does a preposition of company stand before `p`'s phrase ("alongside the Ethiopian army")? */
export function companion(view: SentenceView, p: Party): boolean {
  let k = p.first - 1;
  while (k >= 0 && (view.tokens[k]?.pos === 'DET' || view.tokens[k]?.pos === 'ADJ')) k--;
  return view.language.companionPrepositions.has(view.lemmas[k] ?? '');
}

/** The end of the clause holding `i`, reading through brackets and quotes. */
function phraseEnd(view: SentenceView, i: number): number {
  for (let k = i + 1; k < view.tokens.length; k++) {
    if (view.soft[k] && !view.language.brackets.has(view.tokens[k]?.text ?? '')) return k;
  }
  return view.tokens.length;
}

/** The party right after one preposition token at `k`, inside its noun phrase (a counted group is kept, marked generic). */
function afterPreposition(view: SentenceView, k: number): Party[] {
  for (let j = k + 1; j < Math.min(view.tokens.length, k + 8); j++) {
    const p = partyAt(view, j);
    if (p) return p.setting ? [] : p.generic ? [p] : groupForward(view, p);
    const t = view.tokens[j];
    if (!t || view.soft[j] && t.text !== '(' && t.text !== '“' && t.text !== '"') return [];
    if (!NP_INNER.has(t.pos)) return [];
  }
  return [];
}

/**
 * Parties after preposition `prep` following the trigger. With `all`, every occurrence up to the end
 * of the sentence part ("disagreement from A and, unexpectedly, from B"); otherwise the first in the clause.
 */
export function prepositionOf(view: SentenceView, i: number, prep: string, all: boolean, nounPhrase = false): Party[] {
  const out: Party[] = [];
  const end = all ? view.tokens.length : phraseEnd(view, i);
  let depth = 0;
  for (let k = i + 1; k < Math.min(end, i + 31); k++) {
    if (all && view.hard[k]) break;
    const text = view.tokens[k]?.text;
    if (text === '(') depth++;
    else if (text === ')') depth = Math.max(0, depth - 1);
    // A noun's own prepositions come before the clause's verb: "donations … from Russia to Serbia".
    const pos = view.tokens[k]?.pos;
    if (nounPhrase && depth === 0 && (pos === 'VERB' || pos === 'AUX') && !view.tokens[k]?.lower.endsWith('ing')) break;
    if (view.lemmas[k] !== prep) continue;
    const found = afterPreposition(view, k);
    if (found.length > 0) {
      out.push(...found);
      if (!all) break;
    }
  }
  return out;
}

/** "between A and B": the two sides. */
export function betweenOf(view: SentenceView, i: number): [Party, Party] | null {
  const end = Math.min(view.tokens.length, i + 12);
  for (let k = i + 1; k < end; k++) {
    if (view.hard[k]) break;
    if (view.lemmas[k] !== 'between') continue;
    const group = afterPreposition(view, k);
    const [a, b] = group;
    return a && b ? [a, b] : null;
  }
  return null;
}

/** The owner before a noun trigger: "NATO's air strikes", "the Russian air campaign". */
export function possessiveOf(view: SentenceView, i: number): Party[] {
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    const t = view.tokens[k];
    if (!t) break;
    const p = partyAt(view, k);
    if (p) return p.setting || p.generic ? [] : groupBack(view, p);
    if (t.lemma === "'s" || t.text === "'s" || t.text === '’s' || t.text === "'") continue;
    if (t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'ADV' && t.pos !== 'PUNCT') break;
    if (t.pos === 'PUNCT' && t.text !== '-') break;
  }
  return [];
}

/** The instrument named nearest the trigger in its clause, after it first. */
export function instrumentOf(view: SentenceView, i: number): Party[] {
  const s = view.clauseStart(i);
  const e = view.clauseEnd(i);
  let before: Party | undefined;
  for (const p of view.instrumentParties) {
    if (p.first > i && p.first < e) return [p];
    if (p.last < i && p.first >= s) before = p;
  }
  return before ? [before] : [];
}

/**
 * The subject of the clause the trigger governs: "said (on Tuesday) that Sudan must …", "declared China
 * must …" — the first party after the trigger, past "that" and what dates the saying, before the clause's verb.
 */
export function complementOf(view: SentenceView, i: number): Party[] {
  for (let k = i + 1; k < Math.min(view.tokens.length, i + 10); k++) {
    if (view.hard[k]) return [];
    const p = partyAt(view, k);
    if (p) return p.setting || p.generic ? [] : groupForward(view, p);
    const pos = view.tokens[k]?.pos;
    if (pos === 'VERB' || pos === 'AUX' || view.tokens[k]?.text === ',') return [];
  }
  return [];
}

/** Resolve one slot name at trigger `i`. `all` collects every occurrence of a preposition. */
export function slotParties(view: SentenceView, i: number, slot: SlotName, all: boolean, noun = false, exclude: string | null = null): Party[] | SubjectResult {
  switch (slot) {
    case 'subject':
      return subjectOf(view, i);
    case 'object':
      return objectOf(view, i, 15, exclude);
    case 'possessive':
      return possessiveOf(view, i);
    case 'instrument':
      return instrumentOf(view, i);
    case 'complement':
      return complementOf(view, i);
    case 'between': {
      const b = betweenOf(view, i);
      return b ? [b[0]] : [];
    }
    default:
      return prepositionOf(view, i, slot, all, noun);
  }
}
