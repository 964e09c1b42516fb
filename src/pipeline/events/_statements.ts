/**
 * Acts named by a noun under a statement ("called for the withdrawal", "offered mediation"): which of
 * the team's rules such a noun names. Which statement an act is said under is grammar's reading
 * (`statementAt` in the grammar stage).
 */
import { asserted, type Modality, type Said, type SentenceView } from '../grammar/index.js';
import type { EventPatterns, EventRule, Statement } from './_patterns.js';

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
    const noun = nounLike ? patterns.actNouns.get(l) : undefined;
    // "asked Portugal for military aid": the word before the act noun may make its code finer.
    const act = noun ? patterns.actKinds.get(noun.code)?.get(view.lemmas[k - 1] ?? '') ?? noun : undefined;
    if (act) {
      const said = governs.find((g) => named || (g.preposition === null ? prepositions.size === 0 : prepositions.has(g.preposition)));
      const coding = said?.statement.codeOf(act.code);
      if (!said || !coding) return null;
      return {
        noun: k,
        rule: {
          id: `said-${said.statement.id}`, ...coding, after: null, also: null, unless: null, before: null, notBefore: null, source: ['subject'], target: ['object'],
          passive: 'never', domestic: false, places: false, reciprocal: false, host: false, confidence: 0.7, voice: 'verb',
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

/**
 * The promise over a negated act at `i`: "pledged that Peru will not violate …", "vowed not to attack":
 * its governor is one of the `intent` statement's and is itself asserted; null otherwise.
 */
export function promisedNot(view: SentenceView, i: number, statements: readonly Statement[], m: Modality): Said<Statement> | null {
  const g = view.verbGroupAt(i);
  if (!g || !g.negated || g.conditional || view.question || g.governor < 0 || (g.governed !== 'infinitive' && g.governed !== 'that')) return null;
  const promise = statements.find((s) => s.id === INTENT);
  if (!promise || !promise.governors.has(view.lemmas[g.governor] ?? '')) return null;
  if (!asserted(view, g.governor, m)) return null;
  return { statement: promise, anchor: g.governor, addressee: [] };
}

/** The id of the statement (data/patterns/events.yaml) of promises and intentions. */
const INTENT = 'intent';
