/**
 * Coding one sentence with the verb dictionaries, in the way of TABARI and PETRARCH but over a
 * tagged word sequence rather than a parse tree: each verb of the dictionaries that the tagger read
 * as a verb is a candidate; its source is the actor (or the actors joined by "and" and commas) before
 * it with no other verb between, its target the first actor after it in its clause, or those its
 * pattern marks with `$` and `+`; in the passive ("was attacked by X") the two trade places. The most
 * specific of the block's patterns that matches gives the code; else the verb's own code, else the
 * block's. `[a:b]` codes give a second event back from target to source.
 */
import { matchParts, type MatchContext, type PartsMatch } from './_patterns.js';
import type { VerbIndex, VerbRef } from './_index.js';
import type { ActorSpan, CodedEvent, Word } from './_types.js';
import type { VerbPattern } from '../../knowledge/petrarch/index.js';

const BE = new Set(['BE', 'IS', 'ARE', 'WAS', 'WERE', 'BEEN', 'BEING', 'AM', "'RE"]);
const JOINERS = new Set([',', 'AND', '&', 'AS', 'WELL', 'NOR', 'NEITHER', 'BOTH', 'EITHER', 'OR']);
/** A code the coder gives: CAMEO digits (a user's dictionary may add a letter); '+++' and the like are not. */
export const EVENT_CODE = /^\d{2,4}[A-Za-z]?$/;
/** Words that end a clause on the right: what follows belongs to another statement. */
const CLAUSE_END = new Set([';', ':', 'WHICH', 'WHO', 'WHOM', 'WHILE', 'WHEN', 'AFTER', 'BEFORE', 'BECAUSE', 'ALTHOUGH', 'THOUGH', 'UNTIL', 'SINCE', 'IF', 'WHERE', 'BUT']);

export interface CodeOptions {
  /** Require both a source and a target (PETRARCH's `require_dyad`, on by default). */
  requireDyad?: boolean;
}

/** The verb dictionaries' entries of a word's text, else of its lemma. */
export function verbsOf(index: VerbIndex, w: Word): readonly VerbRef[] | undefined {
  if (w.upperForm && w.lemmaForm) return w.upperForm.verbs ?? (w.lemma !== w.upper ? w.lemmaForm.verbs : undefined);
  return index.forms.get(w.upper) ?? (w.lemma !== w.upper ? index.forms.get(w.lemma) : undefined);
}

/** The verb entry a word is, checking a multi-word verb's neighbours; null when none. */
export function verbAt(index: VerbIndex, words: Word[], i: number): { ref: VerbRef; start: number; end: number } | null {
  const w = words[i];
  if (!w) return null;
  const refs = verbsOf(index, w);
  if (!refs) return null;
  for (const ref of refs) {
    const { before, after } = ref.verb;
    let ok = true;
    for (let k = 0; k < before.length && ok; k++) ok = words[i - before.length + k]?.upper === before[k];
    for (let k = 0; k < after.length && ok; k++) ok = words[i + 1 + k]?.upper === after[k];
    if (ok) return { ref, start: i - before.length, end: i + 1 + after.length };
  }
  return null;
}

/** Groups of actors joined by "and" and commas ("Mordor, Rohan, Fornost and Bree"). */
function groupsOf(words: Word[], actors: ActorSpan[]): ActorSpan[][] {
  const sorted = [...actors].sort((a, b) => a.start - b.start);
  const groups: ActorSpan[][] = [];
  for (const a of sorted) {
    const last = groups[groups.length - 1];
    const prev = last?.[last.length - 1];
    if (last && prev) {
      // Joined by commas, "and", articles and adjectives ("Fornost and the evil awful Gondor"); a
      // compound actor's codes (ELR/GAL) stand on the same words.
      let joined = a.start === prev.start || a.start > prev.end;
      for (let k = prev.end; k < a.start && joined; k++) {
        const w = words[k];
        joined = !!w && (JOINERS.has(w.upper) || w.pos === 'DET' || w.pos === 'ADJ');
      }
      if (joined) {
        last.push(a);
        continue;
      }
    }
    groups.push([a]);
  }
  return groups;
}

function isVerb(w: Word | undefined): boolean {
  return !!w && w.pos === 'VERB';
}

/** Code the sentence's events. `actors` are the sentence's actor spans (word indices). */
export function codeSentence(index: VerbIndex, words: Word[], actors: ActorSpan[], options: CodeOptions = {}): CodedEvent[] {
  const requireDyad = options.requireDyad ?? true;
  const groups = groupsOf(words, actors);
  const groupOf = new Map<ActorSpan, ActorSpan[]>();
  for (const g of groups) for (const a of g) groupOf.set(a, g);
  const actorAtIndex: (ActorSpan | undefined)[] = [];
  for (const a of actors) for (let k = a.start; k < a.end; k++) actorAtIndex[k] ??= a;
  const ctx: MatchContext = { words, actorAt: (i) => actorAtIndex[i], synsets: index.synsets };
  const out: CodedEvent[] = [];
  let lastSubject: ActorSpan[] | null = null;
  let lastSubjectEnd = -1;

  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w || !isVerb(w) || actorAtIndex[i]) continue;
    const hit = verbAt(index, words, i);
    if (!hit) continue;
    const { ref } = hit;

    // The subject: the nearest actor group before the verb with no other verb between.
    let subject: ActorSpan[] | null = null;
    let subjectEnd = -1;
    let from = hit.start - 1;
    // "condemned an attack … and promised aid": a verb after "and" shares the subject before.
    if (words[from]?.upper === 'AND' && lastSubject && !actorAtIndex[from - 1]) {
      subject = lastSubject;
      subjectEnd = lastSubjectEnd;
      from = -1;
    }
    // "Arnor's foreign minister, in remarks published on Monday, urged": over the parenthesis.
    if (words[from]?.upper === ',') {
      for (let k = from - 1; k >= Math.max(0, from - 12); k--)
        if (words[k]?.upper === ',') {
          if (actorAtIndex[k - 1]) from = k - 1;
          break;
        }
    }
    for (let k = from; k >= 0; k--) {
      const a = actorAtIndex[k];
      if (a) {
        subject = groupOf.get(a) ?? [a];
        subjectEnd = a.end;
        break;
      }
      const wk = words[k];
      if (!wk || CLAUSE_END.has(wk.upper)) break;
      if (isVerb(wk) && words[k - 1]?.upper !== 'TO') break;
    }
    // Where the clause after the verb ends: a clause word, or a verb that has a subject of its own.
    let end = words.length;
    for (let k = hit.end; k < words.length; k++) {
      const wk = words[k];
      if (!wk) break;
      if (CLAUSE_END.has(wk.upper)) {
        end = k;
        break;
      }
      const prev = words[k - 1];
      // (A participle after a noun, "the roads leading into Mordor", stays in the clause.)
      if (k > hit.end && isVerb(wk) && !wk.upper.endsWith('ING') && prev && (prev.pos === 'PRON' || prev.pos === 'PROPN' || prev.pos === 'NOUN')) {
        // The noun phrase before that verb is its subject, not this verb's target ("…, a Bree official said").
        end = k;
        while (end - 1 > hit.end) {
          const a = actorAtIndex[end - 1];
          const p = words[end - 1]?.pos;
          if (a) end = a.start;
          else if (p === 'NOUN' || p === 'PROPN' || p === 'ADJ' || p === 'DET') end--;
          else break;
        }
        break;
      }
    }
    // "was attacked", "was heavily criticized": a form of BE, an adverb at most between.
    const passive = !!words[i]?.upper.endsWith('ED') && (BE.has(words[i - 1]?.upper ?? '') || (words[i - 1]?.pos === 'ADV' && BE.has(words[i - 2]?.upper ?? '')));

    // The most specific pattern whose parts all stand around the verb.
    let best: { pattern: VerbPattern; m: PartsMatch; pre: PartsMatch } | null = null;
    const preFrom = subjectEnd >= 0 ? subjectEnd : Math.max(0, hit.start - 8);
    const subjectStart = subject?.[0]?.start ?? preFrom;
    for (const pattern of ref.block.patterns) {
      if (pattern.code.forward && !EVENT_CODE.test(pattern.code.forward)) continue;
      const post = matchParts(ctx, pattern.post, hit.end, end);
      if (!post) continue;
      // Actors in the part before the verb ($ source, % compound) are sought from the subject on.
      const actorsBefore = pattern.pre.some((p) => p.kind === 'noun' && p.terms.some((t) => t.kind === 'source' || t.kind === 'compound'));
      const pre = matchParts(ctx, pattern.pre, actorsBefore ? Math.min(subjectStart, preFrom) : preFrom, hit.start);
      if (!pre) continue;
      const score = post.score + pre.score;
      if (!best || score > best.m.score + best.pre.score) best = { pattern, m: post, pre };
    }
    const code = best ? best.pattern.code : ref.verb.code;
    lastSubject = subject;
    lastSubjectEnd = subjectEnd;
    if (!code.forward && !code.reverse) continue;
    if (code.forward && !EVENT_CODE.test(code.forward)) continue;

    // Source and target: what the pattern marks, else subject and first actor group after the verb.
    const marked = { source: best?.pre.source ?? best?.m.source ?? null, target: best?.m.target ?? best?.pre.target ?? null };
    let afterGroup: ActorSpan[] | null = null;
    let byGroup: ActorSpan[] | null = null;
    for (let k = hit.end; k < end; k++) {
      const a = actorAtIndex[k];
      if (!a) continue;
      const g = groupOf.get(a) ?? [a];
      const by = words[a.start - 1]?.upper === 'BY';
      if (passive && by) byGroup ??= g;
      else afterGroup ??= g;
      k = a.end - 1;
    }
    let sources: ActorSpan[] = marked.source ? [marked.source] : subject ?? [];
    let targets: ActorSpan[] = marked.target ? (groupOf.get(marked.target) ?? [marked.target]) : afterGroup ?? [];
    if (passive && !marked.source && !marked.target) {
      if (byGroup) {
        targets = subject ?? [];
        sources = byGroup;
      } else {
        targets = subject ?? [];
        sources = [];
      }
    }
    const pairs: [ActorSpan, ActorSpan][] = [];
    if (sources.length > 0 && targets.length > 0) {
      for (const s of sources) for (const t of targets) if (s.codes[0] !== t.codes[0]) pairs.push([s, t]);
    } else if (sources.length > 1 && targets.length === 0) {
      // "Gondor and Osgiliath renewed ties": the members of a compound subject act on each other.
      for (const s of sources) for (const t of sources) if (s.codes[0] !== t.codes[0]) pairs.push([s, t]);
    } else if (!requireDyad && sources.length > 0) {
      for (const s of sources) pairs.push([s, s]);
    }
    for (const [s, t] of pairs) {
      if (code.forward) out.push({ source: s, target: t, code: code.forward, verbAt: i, verb: ref.verb, block: ref.block, pattern: best?.pattern ?? null, reverse: false });
      if (code.reverse) out.push({ source: t, target: s, code: code.reverse, verbAt: i, verb: ref.verb, block: ref.block, pattern: best?.pattern ?? null, reverse: true });
    }
    i = hit.end - 1;
  }
  return out;
}
