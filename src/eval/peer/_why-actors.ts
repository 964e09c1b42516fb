/**
 * Why an expected event was lost for its actors (`npm run eval:peer -- --why-actors`): each miss of a
 * peer source whose sentence holds a verb the rules or the CAMEO dictionary know is read again through
 * the stages, and put in one class —
 *   unknown   fewer than two principals named: an actor's words name none the gazetteer or the
 *             Phoenix dictionary knows (for coded records: the side whose principal is not named);
 *   domestic   two or more actors named, all of one principal: an event inside a country is not read;
 *   unattached both parties named, no event read with them: the grammar did not tie them to the verb;
 *   reversed  an event of the right root with source and target swapped;
 *   wrong     an event of the right root with another principal on a side (a reporter taken as target…);
 *   verb      no verb the rules know, or an event read with another root: the verb's, not the actors'.
 */
import { createStages, readDocument } from '../../pipeline/extract.js';
import { loadEventPatterns } from '../../pipeline/events/index.js';
import { buildVerbIndex, findActors, loadActorTable, loadClauseReading, mayCode, PhraseTable, PrincipalOfCode, SentenceCoding, WordForms, type ActorFinder } from '../../pipeline/dictionary/index.js';
import { dictionaryPaths, loadPetrarchDictionaries } from '../../knowledge/petrarch/index.js';
import { grammarOf } from '../../pipeline/grammar/index.js';
import type { PeerCase, PeerCoding } from './_types.js';

export type WhyClass = 'unknown' | 'domestic' | 'unattached' | 'reversed' | 'wrong' | 'verb';

export interface WhyMiss {
  id: string;
  text: string;
  expected: PeerCoding;
  why: WhyClass;
  /** For `unknown` on a coded record: which sides' principals no actor names. */
  lost: ('source' | 'target')[];
  /** The principals named in the sentence, `text=PRINCIPAL` each (`~` for the Phoenix dictionary's). */
  named: string[];
  /** What was read, `code SRC→TGT` each. */
  read: string[];
}

/** A reader of cases through the stages, keeping what the classes need. */
export function whyActorsReader(): (c: PeerCase) => WhyMiss[] {
  const stages = createStages();
  const patterns = loadEventPatterns();
  const dicts = loadPetrarchDictionaries({}, { kinds: ['verbs', 'discards'] });
  const index = buildVerbIndex(dicts.verbs);
  const forms = new WordForms(index);
  const reading = loadClauseReading(patterns.statements);
  const principals = new PrincipalOfCode();
  let finder: ActorFinder | undefined;
  const actorFinder = (): ActorFinder => (finder ??= { actors: loadActorTable(dictionaryPaths('actors', {})).table, agents: PhraseTable.of([]) });

  return (c) => {
    const ctx = readDocument(c.text, { published: c.published });
    for (const s of stages) s.run(ctx);
    const grammar = grammarOf(ctx);
    const read = ctx.events.map((e) => `${e.code} ${e.source.principal}→${e.target.principal}`);
    const named: string[] = [];
    const principalsNamed = new Set<string>();
    let mentions = 0;
    let trigger = false;
    for (const a of ctx.actors) {
      if (a.role !== 'actor' || !a.principal) continue;
      named.push(`${a.text}=${a.principal}`);
      principalsNamed.add(a.principal);
      mentions++;
    }
    for (const sentence of ctx.sentences) {
      const view = grammar.sentences[sentence.index];
      if (!view) continue;
      const words = forms.wordsOf(sentence.tokens);
      const team = sentence.tokens.some((t, i) => (t.pos === 'VERB' || view.verbAt[i] === 1 || t.pos === 'NOUN') && (patterns.verbs.has(t.lemma) || patterns.nouns.has(t.lemma)));
      if (team || mayCode(index, view, new SentenceCoding(words), reading)) trigger = true;
      const taken = new Uint8Array(sentence.tokens.length);
      for (const a of ctx.actors)
        if (a.sentence === sentence.index) sentence.tokens.forEach((t, i) => { if (t.start >= a.start && t.end <= a.end) taken[i] = 1; });
      const date = ctx.published?.start ?? null;
      for (const f of findActors(actorFinder(), words, date)) {
        const code = f.codes[0];
        let free = true;
        for (let i = f.start; i < f.end; i++) free &&= !taken[i];
        const p = code && free ? principals.at(code, date ?? '9999-12-31') : '';
        if (!p) continue;
        named.push(`~${sentence.tokens.slice(f.start, f.end).map((t) => t.text).join(' ')}=${p}`);
        principalsNamed.add(p);
        mentions++;
      }
    }
    const out: WhyMiss[] = [];
    const root = (code: string): string => code.slice(0, 2);
    for (const x of c.expected) {
      const sameRoot = ctx.events.filter((e) => e.root === root(x.code));
      const coded = x.source !== null && x.target !== null;
      if (coded && sameRoot.some((e) => e.source.principal === x.source && e.target.principal === x.target)) continue;
      if (!coded && sameRoot.length > 0) continue;
      let why: WhyClass;
      const lost: ('source' | 'target')[] = [];
      if (coded && x.source !== null && !principalsNamed.has(x.source)) lost.push('source');
      if (coded && x.target !== null && !principalsNamed.has(x.target)) lost.push('target');
      if (sameRoot.some((e) => e.source.principal === x.target && e.target.principal === x.source)) why = 'reversed';
      else if (sameRoot.length > 0) why = lost.length > 0 ? 'unknown' : 'wrong';
      else if (!trigger || ctx.events.length > 0) why = 'verb';
      else if (coded ? lost.length > 0 : mentions < 2) why = 'unknown';
      else if (coded ? x.source === x.target : principalsNamed.size < 2) why = 'domestic';
      else why = 'unattached';
      out.push({ id: c.id, text: c.text, expected: x, why, lost, named, read });
    }
    return out;
  };
}

/** The classes' counts and every miss under its class, as text. */
export function renderWhyActors(source: string, misses: readonly WhyMiss[]): string {
  const classes: WhyClass[] = ['unknown', 'domestic', 'unattached', 'reversed', 'wrong', 'verb'];
  const out = [`${source} — misses by why (${misses.length}):`];
  for (const k of classes) out.push(`  ${k.padEnd(11)} ${misses.filter((m) => m.why === k).length}`);
  const sides = misses.filter((m) => m.why === 'unknown');
  if (sides.some((m) => m.lost.length > 0))
    out.push(`  unknown side: source ${sides.filter((m) => m.lost.includes('source')).length}, target ${sides.filter((m) => m.lost.includes('target')).length}`);
  for (const k of classes) {
    if (k === 'verb') continue;
    out.push('', `  ${k}:`);
    for (const m of misses.filter((x) => x.why === k)) {
      const who = m.expected.source !== null ? ` ${m.expected.source}→${m.expected.target}` : '';
      out.push(`  - [${m.id}] ${m.expected.code}${who}${m.lost.length ? ` lost ${m.lost.join('+')}` : ''}; named ${m.named.join(', ') || 'none'}; read ${m.read.join(', ') || 'nothing'}`);
      out.push(`      ${m.text}`);
    }
  }
  return out.join('\n');
}
