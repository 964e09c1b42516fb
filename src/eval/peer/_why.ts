/**
 * Why the extractor missed an expected coding, told per miss by `npm run eval:peer -- --why`:
 *  - `no-trigger`: no event was read, and no rule of the team's and no pattern of the verb
 *    dictionaries matched a word of the sentence with the expected root (full code);
 *  - `other-code`: an event was read, but with another root (at the full-code level: another code);
 *  - `no-parties`: a rule or pattern of the expected root matched, but the sentence names fewer than
 *    two principals, so no event could be read;
 *  - `held-back`: a rule or pattern of the expected root matched and two principals are named, yet no
 *    event was read (negation, modality, a rule's conditions, the clause's reach).
 */
import { createStages, readDocument } from '../../pipeline/extract.js';
import { loadEventPatterns } from '../../pipeline/events/index.js';
import { grammarOf } from '../../pipeline/grammar/index.js';
import { buildVerbIndex, codeClauses, loadClauseReading, SentenceCoding, WordForms } from '../../pipeline/dictionary/index.js';
import { loadPetrarchDictionaries } from '../../knowledge/petrarch/index.js';
import type { PeerCase, PeerCoding } from './_types.js';

/** Words that put an act in the future. */
const FUTURE = new Set(['will', 'would', 'shall', "'ll"]);

export type Why = 'no-trigger' | 'other-code' | 'no-parties' | 'held-back';
export const WHYS: readonly Why[] = ['no-trigger', 'other-code', 'no-parties', 'held-back'];

/** What the pipeline made of one text: its events' codes, the codes its triggers could give, its principals. */
export interface Reading {
  codes: string[];
  /** Codes of the team's rules keyed by a word of the text and of the dictionaries' best patterns. */
  matched: string[];
  principals: number;
}

export type Reader = (c: PeerCase) => Reading;

/** A reader that runs the whole pipeline and then looks again at each sentence's triggers. */
export function createReader(): Reader {
  const stages = createStages().map((s) => s.run);
  const patterns = loadEventPatterns();
  const index = buildVerbIndex(loadPetrarchDictionaries({}, { kinds: ['verbs'] }).verbs);
  const forms = new WordForms(index);
  const reading = loadClauseReading(patterns.statements);
  return (c) => {
    const ctx = readDocument(c.text, { published: c.published });
    for (const stage of stages) stage(ctx);
    const matched: string[] = [];
    const principals = new Set<string>();
    for (const view of grammarOf(ctx).sentences) {
      for (const p of view.actors) if (!p.generic && !p.setting) principals.add(p.principal);
      view.tokens.forEach((t, i) => {
        const lemma = view.lemmas[i] ?? t.lemma;
        const verb = patterns.verbs.get(lemma) ?? patterns.verbs.get(patterns.verbForms.get(t.lower) ?? '');
        const rules = [...(t.pos === 'VERB' || t.pos === 'ADJ' ? verb ?? [] : []), ...(t.pos !== 'VERB' ? patterns.nouns.get(lemma) ?? [] : [])];
        for (const r of rules) matched.push(r.code);
      });
      // An act said under a statement of the sentence ("will provide", "urged … to free") is coded as the statement.
      const said = patterns.statements.filter((st) => view.lemmas.some((l) => st.governors.has(l) || (st.future && FUTURE.has(l))));
      for (const code of [...matched]) for (const st of said) {
        const stated = st.codeOf(code);
        if (stated) matched.push(stated.code);
      }
      codeClauses(index, view, new SentenceCoding(forms.wordsOf(view.tokens)), reading, (_head, pattern) => {
        if (pattern.code.forward) matched.push(pattern.code.forward);
      });
    }
    return { codes: ctx.events.map((e) => e.code), matched, principals: principals.size };
  };
}

/** Why `x` was missed at the root (`code` false) or full-code level, given the text's reading. */
export function whyMissed(r: Reading, x: PeerCoding, code: boolean): Why {
  const root = x.code.slice(0, 2);
  const right = (k: string): boolean => (code ? k === x.code : k.startsWith(root));
  if (r.codes.length > 0) return 'other-code';
  if (!r.matched.some(right)) return 'no-trigger';
  return r.principals < 2 ? 'no-parties' : 'held-back';
}
