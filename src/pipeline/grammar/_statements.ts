/**
 * CAMEO's reading of statements, as grammar: an act said under a statement's governor ("vowed to
 * impose", "urged Iran to free", "demanded that Minsk release"), in the future ("will meet"), or under a
 * modal of obligation in a report ("said Sudan must return") is the statement, not the act. Which
 * statement, if any, an act at a token is said under, read from the verb groups. The statements
 * themselves (their words and codings) are the events rules' data; this reads only their frames, so
 * every stage after grammar can ask without reading another stage.
 */
import { scheduled, unasserted, type Modality } from './_modality.js';
import { objectOf, subjectOf } from './_slots.js';
import type { Party, SentenceView } from './_view.js';

/** What a statement's frame is, as far as grammar needs it. */
export interface StatementFrame {
  /** Verbs and adjectives that govern the act ("urge", "vow", "ready"). */
  governors: ReadonlySet<string>;
  /** Does an act in the future tense state it ("will meet": an intent)? */
  future: boolean;
  /** Modals under which a reported act states it ("said Sudan must return"). */
  modals: ReadonlySet<string>;
  /** Does it name one appealed to or demanded of ("urged Iran to")? */
  addressee: boolean;
  /** Is the act this statement only when the governor names one addressed ("wants Peru to pay", not "wants to pay")? */
  addressed: boolean;
  /** The act said may be in any tense ("denied that its troops had crossed"). */
  reports: boolean;
  /** Nouns that name the statement after one of `lightVerbs`, whose that-clause is its act: "issued a demand that Minsk release …". */
  named?: ReadonlySet<string>;
  /** Verbs that make the statement their noun object names ("issue", "make", "repeat"). */
  lightVerbs?: ReadonlySet<string>;
}

/**
 * A kind of statement with its id and its coding (`C`, at least a CAMEO code) of an act said under it:
 * the events rules compile them and the dictionary stage reads them, both through this one type.
 */
export interface CodedStatement<C extends { code: string } = { code: string }> extends StatementFrame {
  id: string;
  /** The statement's coding of an act of code `code` (the longest matching prefix in its tables), or undefined. */
  codeOf(code: string): C | undefined;
}

/** An act said under a statement. */
export interface Said<S extends StatementFrame = StatementFrame> {
  statement: S;
  /** The token whose subject says it: the governor, or the act's own verb. */
  anchor: number;
  /** The one appealed to or demanded of, when the statement names one. */
  addressee: Party[];
}

/** Is the governor at `k` itself asserted (not negated, hypothetical, conditional, asked)? */
export function asserted(view: SentenceView, k: number, m: Modality): boolean {
  const g = view.verbGroupAt(k);
  if (g && (g.negated || g.conditional || (g.modal !== null && g.modal !== 'must'))) return false;
  const u = unasserted(view, k, false, m);
  return u === null;
}

/** The addressee of a governor at `g` for an act at `i`: its object, named between them ("urged Iran to"). */
function addresseeOf(view: SentenceView, g: number, i: number): Party[] {
  return objectOf(view, g, i - g).filter((p) => p.last < i);
}

/** Is the adjective at `k` a predicate of "be" or a verb like it ("is ready", "was not willing", "stands ready")? */
export function copulaBefore(view: SentenceView, k: number): boolean {
  let j = k - 1;
  while (j >= 0 && (view.tokens[j]?.pos === 'ADV' || view.tokens[j]?.pos === 'PART')) j--;
  return view.language.copulas.has(view.lemmas[j] ?? '');
}

/**
 * The statement a noun names right before the "that" of the clause the verb at `i` heads, when the
 * clause's governor is a light verb: "issued a demand that Quito withdraw", "repeated its warning that
 * it would retaliate" (the noun's clause is the statement's act, not a fact the verb reports; "rejected
 * the demand that …" says nothing of the kind).
 */
function namedBefore<S extends StatementFrame>(view: SentenceView, governor: number, i: number, statements: readonly S[]): S | null {
  for (let k = i - 1; k > governor; k--) {
    if (view.lemmas[k] !== 'that' || view.tokens[k]?.pos === 'DET') continue;
    const noun = view.tokens[k - 1]?.pos === 'NOUN' ? view.lemmas[k - 1] ?? '' : '';
    const light = view.lemmas[governor] ?? '';
    return statements.find((s) => s.named?.has(noun) && s.lightVerbs?.has(light)) ?? null;
  }
  return null;
}

/** The statement the verb at `i` is said under, or null when it is no statement's act. */
export function statementAt<S extends StatementFrame>(view: SentenceView, i: number, statements: readonly S[], m: Modality): Said<S> | null {
  if (statements.length === 0) return null;
  const g = view.verbGroupAt(i);
  if (!g || g.negated || g.conditional || view.question) return null;
  if (g.governor >= 0 && (g.governed === 'infinitive' || g.governed === 'that')) {
    const named = g.governed === 'that' ? namedBefore(view, g.governor, i, statements) : null;
    if (named) {
      if (!asserted(view, g.governor, m) || !(g.tense === 'future' || g.modal !== null || view.tokens[i]?.lower === view.lemmas[i])) return null;
      return { statement: named, anchor: g.governor, addressee: named.addressee ? addresseeOf(view, g.governor, i) : [] };
    }
    const word = view.lemmas[g.governor] ?? '';
    // "is prepared to", "was determined to": a participle the tagger read as a verb is the adjective of readiness.
    const form = view.tokens[g.governor]?.lower ?? '';
    const asAdjective = !statements.some((s) => s.governors.has(word)) && statements.some((s) => s.governors.has(form));
    // A governor of two statements is read by the first whose addressee fits: "wants Peru to pay" is a wish of
    // Peru, "wants to pay" an intention.
    const governing = statements.filter((s) => s.governors.has(asAdjective ? form : word));
    // An adjective of readiness governs as a predicate: "is ready to", "said it was willing to"; "proved willing to" describes.
    const adjective = view.tokens[g.governor]?.pos === 'ADJ' || asAdjective;
    if (governing.length > 0 && (!adjective || copulaBefore(view, g.governor))) {
      if (!asserted(view, g.governor, m)) return null;
      for (const st of governing) {
        // A that-clause states what is wanted only in the future, with a modal or in the plain form:
        // "demanded that Minsk release"; "warned that Russia attacked" reports an attack. A denial is of any tense.
        const t = view.tokens[i];
        if (g.governed === 'that' && !(st.reports || g.tense === 'future' || g.modal !== null || t?.lower === view.lemmas[i])) return null;
        const addressee = st.addressee ? addresseeOf(view, g.governor, i) : [];
        if (st.addressed && addressee.length === 0) continue;
        return { statement: st, anchor: g.governor, addressee };
      }
      return null;
    }
  }
  // "said the EU would continue to support …": an act carried by a verb of going on or beginning is said as that verb is.
  if (g.governor >= 0 && g.governor < i && g.governed === 'infinitive' && m.factives.has(view.lemmas[g.governor] ?? '') && view.tokens[g.governor]?.pos === 'VERB') {
    const carried = statementAt(view, g.governor, statements, m);
    if (carried) return carried;
  }
  // "said it would keep negotiating", "will continue shelling": the gerund after a verb of going on is said as that verb is.
  const phase = i - 1;
  if (g.governor < 0 && view.tokens[i]?.lower.endsWith('ing') && view.tokens[phase]?.pos === 'VERB' && view.language.phaseVerbs.has(view.lemmas[phase] ?? '') &&
    view.verbGroupAt(phase)?.head === phase) {
    const carried = statementAt(view, phase, statements, m);
    if (carried) return carried;
  }
  const reported = g.governor >= 0 && (g.governed === 'reported' || g.governed === 'that' || g.governed === 'quote') &&
    m.reportingVerbs.has(view.lemmas[g.governor] ?? '');
  for (const st of statements) {
    if (st.future && (g.tense === 'future' || (reported && g.modal === 'would')) && !(g.tense === 'future' && scheduled(view, i, m))) {
      return { statement: st, anchor: i, addressee: [] };
    }
    if (reported && g.modal !== null && st.modals.has(g.modal)) {
      // "Russia said Sudan must return the helicopter": Russia demands of Sudan.
      const who = subjectOf(view, i);
      const addressee = who && 'parties' in who ? who.parties : [];
      return { statement: st, anchor: g.governor, addressee };
    }
  }
  return null;
}

/** Tags of the words that may stand between a governor and the act it names: "called on Tuesday for an immediate ceasefire". */
