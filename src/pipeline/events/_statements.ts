/**
 * CAMEO's reading of statements: an act said under a statement's governor ("vowed to impose",
 * "urged Iran to free", "demanded that Minsk release"), in the future ("will meet"), or under a modal
 * of obligation in a report ("said Sudan must return") is the statement, not the act. Which statement,
 * if any, an act at a token is said under, read from the grammar's verb groups.
 */
import { objectOf, subjectOf, unasserted, type Modality, type Party, type SentenceView } from '../grammar/index.js';
import type { EventPatterns, EventRule, Statement } from './_patterns.js';

/** An act said under a statement. */
export interface Said {
  statement: Statement;
  /** The token whose subject says it: the governor, or the act's own verb. */
  anchor: number;
  /** The one appealed to or demanded of, when the statement names one. */
  addressee: Party[];
}

/** Is the governor at `k` itself asserted (not negated, hypothetical, conditional, asked)? */
function asserted(view: SentenceView, k: number, m: Modality): boolean {
  const g = view.verbGroupAt(k);
  if (g && (g.negated || g.conditional || (g.modal !== null && g.modal !== 'must'))) return false;
  const u = unasserted(view, k, false, m);
  return u === null;
}

/** The addressee of a governor at `g` for an act at `i`: its object, named between them ("urged Iran to"). */
function addresseeOf(view: SentenceView, g: number, i: number): Party[] {
  return objectOf(view, g, i - g).filter((p) => p.last < i);
}

/** Is the adjective at `k` a predicate of "be" ("is ready", "was not willing")? */
function beBefore(view: SentenceView, k: number): boolean {
  let j = k - 1;
  while (j >= 0 && (view.tokens[j]?.pos === 'ADV' || view.tokens[j]?.pos === 'PART')) j--;
  return view.lemmas[j] === 'be';
}

/** The statement the verb at `i` is said under, or null when it is no statement's act. */
export function statementAt(view: SentenceView, i: number, statements: readonly Statement[], m: Modality): Said | null {
  if (statements.length === 0) return null;
  const g = view.verbGroupAt(i);
  if (!g || g.negated || g.conditional || view.question) return null;
  if (g.governor >= 0 && (g.governed === 'infinitive' || g.governed === 'that')) {
    const word = view.lemmas[g.governor] ?? '';
    const st = statements.find((s) => s.governors.has(word));
    // An adjective of readiness governs as a predicate: "is ready to", "said it was willing to"; "proved willing to" describes.
    const adjective = view.tokens[g.governor]?.pos === 'ADJ';
    if (st && (!adjective || beBefore(view, g.governor))) {
      if (!asserted(view, g.governor, m)) return null;
      // A that-clause states what is wanted only in the future, with a modal or in the plain form:
      // "demanded that Minsk release"; "warned that Russia attacked" reports an attack. A denial is of any tense.
      const t = view.tokens[i];
      if (g.governed === 'that' && !(st.reports || g.tense === 'future' || g.modal !== null || t?.lower === view.lemmas[i])) return null;
      return { statement: st, anchor: g.governor, addressee: st.addressee ? addresseeOf(view, g.governor, i) : [] };
    }
  }
  const reported = g.governor >= 0 && (g.governed === 'reported' || g.governed === 'that' || g.governed === 'quote') &&
    m.reportingVerbs.has(view.lemmas[g.governor] ?? '');
  for (const st of statements) {
    if (st.future && (g.tense === 'future' || (reported && g.modal === 'would'))) {
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
const BEFORE_ACT = new Set(['DET', 'ADJ', 'NUM', 'ADV', 'PROPN', 'PART', 'SYM', 'PRON']);
/** How far after its governor an act noun may stand. */
const ACT_REACH = 10;

/**
 * The rule of an act named by a noun that the statement verb at `i` takes as its object ("called for
 * the withdrawal of Syrian forces" 0256, "offered mediation" 039, "threatened sanctions" 1312), or that
 * a statement noun after a light verb names ("made an offer of mediation"), and the act noun's token;
 * null when there is none. The statement must be asserted.
 */
export function namedActAt(view: SentenceView, i: number, patterns: EventPatterns, m: Modality): { rule: EventRule; noun: number } | null {
  const lemma = view.lemmas[i] ?? '';
  let governs = patterns.nounGovernors.get(lemma);
  if ((!governs && !patterns.lightVerbs.has(lemma)) || view.question || (view.tokens[i]?.pos !== 'VERB' && view.verbAt[i] !== 1) || !asserted(view, i, m)) return null;
  let from = i + 1;
  // "made an offer of mediation", "issued a call for the withdrawal of …": the statement is the verb's noun.
  let named = false;
  if (!governs) {
    while (from < view.tokens.length && (view.tokens[from]?.pos === 'DET' || view.tokens[from]?.pos === 'ADJ' || view.tokens[from]?.pos === 'PRON')) from++;
    const statement = view.tokens[from]?.pos === 'NOUN' ? patterns.statementNames.get(view.lemmas[from] ?? '') : undefined;
    if (!statement) return null;
    governs = [{ statement, preposition: null }];
    named = true;
    from++;
  }
  const end = Math.min(view.clauseEnd(i), i + 1 + ACT_REACH);
  const prepositions = new Set<string>();
  for (let k = from; k < end; k++) {
    const p = view.actors[view.actorAt[k] ?? -1];
    // The one addressed ("appealed to the Sudanese government for …") stands before the act.
    if (p) {
      k = p.last;
      continue;
    }
    const t = view.tokens[k];
    const l = view.lemmas[k] ?? '';
    if (!t) break;
    // "pledged to double its aid": an infinitive that carries the act on.
    if (l === 'to' && t.pos === 'PART' && patterns.actCarriers.has(view.lemmas[k + 1] ?? '')) {
      k++;
      continue;
    }
    // (The tagger reads "for" before a noun as a subordinator at times.)
    if (t.pos === 'ADP' || (t.pos === 'SCONJ' && l === 'for')) {
      // ("of" and "in" join a measure or a part to the act: "4 billion euros in aid", "delivery of aid".)
      if (l !== 'of' && l !== 'in') prepositions.add(l);
      continue;
    }
    // (A noun the tagger read as a verb after a preposition or a determiner: "asked for help".)
    const prev = view.tokens[k - 1]?.pos;
    const nounLike = t.pos === 'NOUN' || t.pos === 'PROPN' || (t.pos === 'VERB' && (prev === 'ADP' || prev === 'SCONJ' || prev === 'DET'));
    const act = nounLike ? patterns.actNouns.get(l) : undefined;
    if (act) {
      const said = governs.find((g) => named || (g.preposition === null ? prepositions.size === 0 : prepositions.has(g.preposition)));
      const coding = said?.statement.codeOf(act.code);
      if (!said || !coding) return null;
      return {
        noun: k,
        rule: {
          id: `said-${said.statement.id}`, ...coding, after: null, unless: null, before: null, source: ['subject'], target: ['object'],
          passive: 'never', domestic: false, places: false, confidence: 0.7, voice: 'verb',
        },
      };
    }
    // An amount or a part of the act ("4 billion euros in aid", "immediate delivery of aid") passes.
    if (t.pos === 'NOUN' && (view.lemmas[k + 1] === 'of' || view.lemmas[k + 1] === 'in')) continue;
    // A compound's first nouns ("peace talks") and what modifies the act pass; another noun is the object.
    if (t.pos === 'NOUN' && view.tokens[k + 1]?.pos !== 'NOUN') break;
    if (t.pos !== 'NOUN' && !BEFORE_ACT.has(t.pos) && l !== "'s") break;
  }
  return null;
}
