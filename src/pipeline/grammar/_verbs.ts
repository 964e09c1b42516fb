/**
 * Verb groups: each verb of a sentence with the auxiliaries, modals and negation before it, its voice,
 * tense and form, and the word that governs it when it is said, intended, offered or reported rather
 * than done ("vowed to impose" → impose under "vow"; "said Russia had shelled" → shell under "say";
 * "was ready to hold" → hold under "ready"; "«…,» he said" → the quote's verbs under "say").
 * What a governor means (an intent, a threat, a demand) is the events stage's to say; the grammar
 * says which word governs and how.
 */
import type { Token } from '../types.js';
import type { Modality } from './_modality.js';
import { invariantPassive } from './_forms.js';
import type { SentenceView } from './_view.js';

/** How a verb group hangs off its governor. */
export type Governed =
  /** "vowed to impose", "is ready to talk", "a plan to build": an infinitive. */
  | 'infinitive'
  /** "said that …", "warned Iran that …", "demanded that Minsk stop": a that-clause. */
  | 'that'
  /** "said Russia had shelled …": a reporting verb's clause without "that". */
  | 'reported'
  /** `"…," he said`: a quotation attributed after it (or before it: `he said: "…"`). */
  | 'quote';

export interface VerbGroup {
  /** The main verb's token index. */
  head: number;
  /** The first token of the group (its first auxiliary, modal, negation or "to"). */
  first: number;
  lemma: string;
  voice: 'active' | 'passive';
  /** Tense of a finite group; `none` for an infinitive, a bare gerund or participle. */
  tense: 'past' | 'present' | 'future' | 'none';
  form: 'finite' | 'infinitive' | 'gerund' | 'participle';
  /** "did not sign", "has never recognised", "can't join". */
  negated: boolean;
  /** The modal verb's lemma ("could join": `can`… as wink lemmatises it), null when none; will/shall make `future`. */
  modal: string | null;
  /** In a clause opened by a conditional ("if Serbia signs"). */
  conditional: boolean;
  /** The token that governs the group (a verb, an adjective or a noun), -1 when none. */
  governor: number;
  /** How it governs; null when there is no governor. */
  governed: Governed | null;
}

const PAST_AUX = new Set(['was', 'were', 'had', 'did', "'d"]);
/** Nouns of intent an infinitive may hang off: "a plan to build", "the threat to impose". */
const NOUN_OR_ADJ = new Set(['NOUN', 'ADJ']);

function isVerbToken(view: SentenceView, k: number): boolean {
  const pos = view.tokens[k]?.pos;
  return pos === 'VERB' || view.verbAt[k] === 1;
}

/** The tense a finite verb's own form says (no auxiliary before it). */
function ownTense(t: Token, lemma: string): 'past' | 'present' {
  const w = t.lower;
  if (w === lemma) return 'present';
  if (w.endsWith('s') && !w.endsWith('ss')) return 'present';
  return 'past';
}

/** The verb groups of a sentence, in text order. */
export function readVerbGroups(view: SentenceView, m: Modality): VerbGroup[] {
  const { tokens, lemmas } = view;
  const lang = view.language;
  const groups: VerbGroup[] = [];
  const n = tokens.length;
  // Conditional clauses: from a conditional to the end of its clause (marked only in a sentence that has one).
  let conditional: Uint8Array | undefined;
  for (let k = 0; k < n; k++) {
    if (!m.conditionals.has(lemmas[k] ?? '') || tokens[k]?.pos === 'ADP' && lemmas[k] !== 'if') continue;
    conditional ??= new Uint8Array(n);
    for (let j = k + 1; j < n && !(view.soft[j] && tokens[j]?.text !== '"'); j++) conditional[j] = 1;
  }
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    if (!isVerbToken(view, i) || goingToAt(view, i)) continue;
    const lemma = lemmas[i] ?? t.lower;
    let k = i - 1;
    let negated = false;
    let modal: string | null = null;
    let future = false;
    let aux: Token | undefined;
    let to = false;
    let goingTo = false;
    let first = i;
    for (; k >= 0; k--) {
      const tk = tokens[k] as Token;
      const l = lemmas[k] ?? '';
      if (tk.pos === 'ADV' && !m.negators.has(l)) continue;
      if (m.negators.has(l) && (tk.pos === 'PART' || tk.pos === 'ADV')) {
        negated = true;
        first = k;
        continue;
      }
      if (tk.pos === 'AUX') {
        if (lang.futureMarkers.has(l)) future = true;
        else if (m.modals.has(l)) modal ??= l;
        else aux ??= tk;
        first = k;
        continue;
      }
      // ("to" before a verb the grammar found where the tagger read a noun is tagged a preposition: "to re-open")
      if (l === 'to' && (tk.pos === 'PART' || (tk.pos === 'ADP' && k === i - 1 && view.verbAt[i] === 1))) {
        // "is (not) going to meet": the future, not an infinitive governed by "go".
        if (goingToAt(view, k - 1)) {
          goingTo = true;
          first = k - 1;
          k--;
          continue;
        }
        to = true;
        first = k;
        k--;
        // "vowed never to recognise", "decided not to open": the negation stands before "to".
        while (k >= 0 && tokens[k]?.pos === 'ADV' && !m.negators.has(lemmas[k] ?? '')) k--;
        if (k >= 0 && m.negators.has(lemmas[k] ?? '') && (tokens[k]?.pos === 'PART' || tokens[k]?.pos === 'ADV')) {
          negated = true;
          first = k;
          k--;
        }
      }
      break;
    }
    // The governor of an infinitive: the word before "to" (past adverbs): "vowed to", "ready to", "a plan to".
    let governor = -1;
    let governed: Governed | null = null;
    if (to) {
      let q = k;
      while (q >= 0 && tokens[q]?.pos === 'ADV') q--;
      // "urged Iran to return": the object between the verb and "to".
      let r = q;
      while (r >= 0 && r > q - 5 && !isVerbToken(view, r) && (view.actorAt[r] ?? -1) >= 0) r--;
      // "called on Peru to free", "appealed to the world community to help": the one addressed after a
      // preposition of address, a party or a short noun phrase, right after the verb.
      // (not an adjective that a copula makes the predicate: "stands ready to" is governed by "ready")
      const predicate = tokens[q]?.pos === 'ADJ' && view.language.copulas.has(lemmas[q - 1] ?? '');
      if (r === q && !predicate) while (r >= 0 && r > q - 4 && ADDRESSEE_WORDS.has(tokens[r]?.pos ?? '')) r--;
      // (a statement's noun addresses too: "repeated its appeal to Austria to hand over")
      if (r !== q && r > 0 && tokens[r]?.pos === 'ADP' && view.language.addresseePrepositions.has(lemmas[r] ?? '') && (isVerbToken(view, r - 1) || tokens[r - 1]?.pos === 'NOUN')) r--;
      if (r !== q && r >= 0 && (isVerbToken(view, r) || (tokens[r]?.pos === 'NOUN' && tokens[r + 1]?.pos === 'ADP'))) q = r;
      if (q >= 0 && (isVerbToken(view, q) || NOUN_OR_ADJ.has(tokens[q]?.pos ?? ''))) {
        governor = q;
        governed = 'infinitive';
      }
    }
    // "to help rebuild", "will help defend": a bare verb right after a causative is its infinitive.
    if (!to && !aux && !modal && !future && !negated && t.lower === lemma && first === i) {
      const c = i - 1;
      if (isVerbToken(view, c) && m.causatives.has(lemmas[c] ?? '')) {
        to = true;
        governor = c;
        governed = 'infinitive';
      }
    }
    const passive = isPassiveAt(view, i, aux);
    const ing = t.lower.endsWith('ing');
    const form: VerbGroup['form'] = to
      ? 'infinitive'
      : future || goingTo || modal || aux
        ? 'finite'
        : ing
          ? 'gerund'
          : t.lower.endsWith('ed') && tokens[i - 1]?.pos === 'PUNCT' && view.language.agentPrepositions.has(lemmas[i + 1] ?? '')
            ? 'participle'
            : 'finite';
    const tense: VerbGroup['tense'] = form !== 'finite'
      ? 'none'
      : future || goingTo
        ? 'future'
        : aux
          ? PAST_AUX.has(aux.lower) ? 'past' : 'present'
          : modal
            ? 'present'
            : ownTense(t, lemma);
    groups.push({
      head: i, first, lemma, voice: passive ? 'passive' : 'active', tense, form, negated, modal,
      conditional: conditional?.[i] === 1, governor, governed,
    });
  }
  attachClauses(view, groups, m);
  return groups;
}

/** Tags of the words of a short noun phrase or pronoun naming one addressed ("the world community", "urged them to"). */
const ADDRESSEE_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON']);

/** Is token `g` the "going" of "be going to <verb>"? */
function goingToAt(view: SentenceView, g: number): boolean {
  if (view.tokens[g]?.lower !== 'going' || view.lemmas[g + 1] !== 'to' || !isVerbToken(view, g + 2) && view.tokens[g + 2]?.pos !== 'AUX') return false;
  let k = g - 1;
  while (k >= 0 && (view.tokens[k]?.pos === 'ADV' || view.tokens[k]?.pos === 'PART')) k--;
  return view.lemmas[k] === 'be';
}

function isPassiveAt(view: SentenceView, i: number, aux: Token | undefined): boolean {
  const t = view.tokens[i];
  if (!t || t.lower.endsWith('ing')) return false;
  if (t.lower === view.lemmas[i]) return aux !== undefined && invariantPassive(view, i);
  if (t.lower.endsWith('ed') && view.language.agentPrepositions.has(view.lemmas[i + 1] ?? '')) return true;
  let k = i - 1;
  while (k >= 0 && (view.tokens[k]?.pos === 'ADV' || view.tokens[k]?.pos === 'PART')) k--;
  return aux !== undefined && view.language.passiveAuxiliaries.has(view.lemmas[k] ?? '');
}

/**
 * Governors of finite clauses: a that-clause after a verb ("warned Iran that …"), a reporting verb's
 * clause without "that" ("said Russia had shelled …"), and quotations attributed to a reporting verb.
 */
function attachClauses(view: SentenceView, groups: VerbGroup[], m: Modality): void {
  const { tokens, lemmas } = view;
  for (let gi = 0; gi < groups.length; gi++) {
    const g = groups[gi] as VerbGroup;
    if (g.governor >= 0 || g.form === 'infinitive') continue;
    // The nearest verb group before this one's clause, with what stands between.
    const prev = groups[gi - 1];
    if (!prev || prev.head >= g.first) continue;
    // "demanded that Minsk free the journalists and pay compensation", "urged Lima to apologise and pay": a bare
    // verb coordinated right after a governed one, with no subject of its own, is governed as that one is.
    if (prev.governor >= 0 && (prev.governed === 'that' || prev.governed === 'infinitive') && coordinatedBare(view, prev, g)) {
      g.governor = prev.governor;
      g.governed = prev.governed;
      continue;
    }
    let that = -1;
    let clean = true;
    for (let k = prev.head + 1; k < g.first; k++) {
      const l = lemmas[k] ?? '';
      if (l === 'that' && tokens[k]?.pos !== 'DET') that = k;
      else if (view.hard[k] || (view.soft[k] && l !== 'that')) clean = false;
    }
    if (that >= 0 && clean && (m.reportingVerbs.has(prev.lemma) || m.denials.has(prev.lemma) || prev.lemma !== 'be')) {
      g.governor = prev.head;
      g.governed = 'that';
    } else if (that < 0 && clean && m.reportingVerbs.has(prev.lemma) && prev.voice === 'active') {
      g.governor = prev.head;
      g.governed = 'reported';
    }
  }
  // Quotations: `"…," X said` / `"…," said X` and `X said: "…"`.
  const quotes = quoteSpans(view);
  if (quotes.length === 0) return;
  const at = new Map<number, VerbGroup>();
  for (const g of groups) at.set(g.head, g);
  for (const [open, close] of quotes) {
    let say = -1;
    for (let k = close + 1; k < Math.min(tokens.length, close + 6); k++) {
      const g = at.get(k);
      if (g) {
        if (m.reportingVerbs.has(g.lemma)) say = k;
        break;
      }
    }
    if (say < 0) {
      for (let k = open - 1; k >= Math.max(0, open - 3); k--) {
        const g = at.get(k);
        if (g) {
          if (m.reportingVerbs.has(g.lemma)) say = k;
          break;
        }
      }
    }
    if (say < 0) continue;
    for (const g of groups) {
      if (g.head > open && g.head < close && (g.governor < 0 || g.governor < open || g.governor > close)) {
        if (g.governor < 0 || g.governed === 'reported') {
          g.governor = say;
          g.governed = 'quote';
        }
      }
    }
  }
}

/**
 * Is `g` a bare verb coordinated with `prev` as a second predicate of its subject: its coordinator right
 * before it, and no clause boundary nor other verb between them ("free the journalists and pay", "admit its
 * guilt, punish those responsible and pay"; not "and Kyiv withdraw", which has a subject of its own)?
 */
function coordinatedBare(view: SentenceView, prev: VerbGroup, g: VerbGroup): boolean {
  const { tokens, lemmas } = view;
  if (g.first !== g.head || g.voice !== 'active' || tokens[g.head]?.lower !== g.lemma) return false;
  if (!view.language.infinitiveCoordinators.has(lemmas[g.first - 1] ?? '')) return false;
  for (let k = prev.head + 1; k < g.first - 1; k++) if (view.hard[k] || isVerbToken(view, k)) return false;
  return true;
}

/** Token index pairs of the quotation marks that open and close each quotation of the sentence. */
export function quoteSpans(view: SentenceView): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  view.tokens.forEach((t, k) => {
    const q = t.text;
    if (q === '“' || (q === '"' && open < 0)) open = k;
    else if ((q === '”' || q === '"') && open >= 0) {
      out.push([open, k]);
      open = -1;
    }
  });
  return out;
}
