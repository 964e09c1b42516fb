/**
 * The grammar stage: after dates and actors, each sentence is read once for what the extraction
 * stages stand on — its tokens' lemmas, clause boundaries, the actors and instruments it names on
 * token positions, the verbs the tagger missed — and the document's topic country and organisation.
 * The events, milestones and indicators stages read `ctx.grammar` and nothing of each other.
 */
import { DyadError } from '../../core/errors.js';
import type { DocumentContext, Stage, SubjectSide } from '../types.js';
import { lastHyphen, participleLemmas, presentLemmas } from './_forms.js';
import { loadLanguage, type Language } from '../language/index.js';
import { loadModality, type Modality } from './_modality.js';
import { buildView, topics, ViewArrays, type Party, type SentenceView } from './_view.js';

/** What the grammar stage leaves on a document. */
export interface DocumentGrammar {
  /** One view per sentence, in order. */
  sentences: SentenceView[];
  /** The country and the organisation the document names most often as actors (the first on a tie). */
  topics: { country: string | null; organisation: string | null };
  /**
   * The two sides of the relationship the document's title names, as parties named nowhere in its
   * sentences (token and text positions -1), or null.
   */
  subject: [Party, Party] | null;
}

export interface GrammarStageOptions {
  /**
   * The verb lemmas the rules name: a present tense or participle the tagger read as a noun or an
   * adjective is read as a verb when its form is one of theirs.
   */
  verbs?: ReadonlySet<string> | ReadonlyMap<string, unknown>;
  modality?: Modality;
  language?: Language;
}

/** Create the grammar stage. */
export function createGrammarStage(options: GrammarStageOptions = {}): Stage {
  const verbs = options.verbs ?? new Set<string>();
  const forms = presentForms(verbs);
  return (ctx) => {
    ctx.grammar = readGrammar(ctx, verbs, options.modality ?? loadModality(), options.language ?? loadLanguage(), forms);
  };
}

/**
 * The present tenses of `verbs` other than their lemmas (verb + -s, -es, -y → -ies): a word is one of
 * them exactly when `hasVerbForm` finds a verb less its ending, so one look-up of the word tells.
 */
function presentForms(verbs: ReadonlySet<string> | ReadonlyMap<string, unknown>): ReadonlySet<string> {
  const out = new Set<string>();
  for (const v of verbs.keys()) {
    out.add(`${v}s`).add(`${v}es`);
    if (v.endsWith('y')) out.add(`${v.slice(0, -1)}ies`);
  }
  return out;
}

/** The grammar of a document whose actors are found. */
export function readGrammar(ctx: DocumentContext, verbs: ReadonlySet<string> | ReadonlyMap<string, unknown>, m: Modality = loadModality(), lang: Language = loadLanguage(), forms: ReadonlySet<string> = presentForms(verbs)): DocumentGrammar {
  const bySentence: DocumentContext['actors'][number][][] = ctx.sentences.map(() => []);
  for (const a of ctx.actors) bySentence[a.sentence]?.push(a);
  const found = topics(ctx.actors);
  // Each sentence's ints start on a 4-byte boundary: up to 3 bytes of padding before its actor marks, 3 before its clause bounds.
  const arrays = new ViewArrays(ctx.sentences.reduce((k, s) => k + s.tokens.length + 1, 0));
  const sentences = ctx.sentences.map((s, i) => buildView(ctx, s, bySentence[i] ?? [], m, found.country, found.organisation, arrays, lang));
  for (const view of sentences) markVerbs(view, verbs, forms, m);
  const subject = ctx.subject ? ([subjectParty(ctx.subject.sides[0]), subjectParty(ctx.subject.sides[1])] as [Party, Party]) : null;
  return { sentences, topics: found, subject };
}

/** A side of the document's subject as a party: named in its title, at no place in its sentences. */
function subjectParty(side: SubjectSide): Party {
  return { principal: side.principal, actor: side.name, kind: side.country ? 'country' : 'organisation', first: -1, last: -1, start: -1, end: -1, generic: false, setting: false, country: side.country };
}

/** The grammar the grammar stage left on `ctx`; it must have run. */
export function grammarOf(ctx: DocumentContext): DocumentGrammar {
  if (!ctx.grammar) {
    throw new DyadError('INTERNAL', 'the grammar stage has not read this document', {
      hint: 'run the stages in the order createStages gives them: the grammar stage before events, milestones and indicators',
    });
  }
  return ctx.grammar;
}

const CHAR_D = 'd'.charCodeAt(0);

/**
 * Mark the nouns and adjectives of `view` that are present tenses of a rule's verb ("The Council
 * grants Iceland candidate status"): not a participle of one ("was certified"), which is read as it is.
 */
function markVerbs(view: SentenceView, verbs: ReadonlySet<string> | ReadonlyMap<string, unknown>, forms: ReadonlySet<string>, m: Modality): void {
  const { tokens, lemmas } = view;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || (t.pos !== 'NOUN' && t.pos !== 'ADJ')) continue;
    const full = lemmas[i] ?? '';
    const dash = t.plain ? -1 : lastHyphen(full);
    const lemma = dash > 0 && dash < full.length - 1 ? full.slice(dash + 1) : full;
    // (`hasVerbForm`, by one look-up of the word among the verbs' present forms)
    if (!verbs.has(lemma) && !forms.has(t.lower)) continue;
    if (lemma !== full && prefixedInfinitive(view, i, full.slice(0, dash), lemma, m)) {
      view.verbAt[i] = 1;
      continue;
    }
    if (t.lower.charCodeAt(t.lower.length - 1) === CHAR_D && participleLemmas(view, i).some((l) => verbs.has(l))) continue;
    if (presentLemmas(view, i, m).some((l) => verbs.has(l))) view.verbAt[i] = 1;
  }
}

/**
 * Is the hyphenated word at `i` a prefixed verb's bare form after "to" or a modal ("agreed to re-open
 * its border", "will re-impose sanctions"), `prefix` one a verb is written with and `lemma` its verb?
 */
function prefixedInfinitive(view: SentenceView, i: number, prefix: string, lemma: string, m: Modality): boolean {
  const t = view.tokens[i];
  if (!t || !view.language.verbPrefixes.has(prefix) || !t.lower.endsWith(`-${lemma}`)) return false;
  let k = i - 1;
  while (k >= 0 && view.tokens[k]?.pos === 'ADV') k--;
  const before = view.lemmas[k] ?? '';
  return before === 'to' || (view.tokens[k]?.pos === 'AUX' && (m.modals.has(before) || view.language.futureMarkers.has(before)));
}
