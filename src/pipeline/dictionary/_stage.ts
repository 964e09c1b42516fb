/**
 * The dictionary stage: after the team's own event rules, each sentence where they gave no event is
 * coded with the verb dictionaries (CAMEO.2.0 and a user's `--verbs`). Its actors are the actors
 * stage's mentions (the team's gazetteer wins) and, on words none of them covers, the actor
 * dictionaries' entries (Phoenix and a user's `--actors`; a person's code taken at the sentence's
 * date), whose CAMEO codes are mapped to principals (data/importers/cameo-actors.yaml). The reading is
 * strict (`codeSentence`'s `strict`), and a negated, modal or hypothetical statement is no event, as for
 * the team's rules. An event's `rule` names the dictionary entry: `dictionary:CAMEO.2.0.txt:719`, the
 * file and line of the pattern.
 */
import { hash } from 'node:crypto';
import type { DyadEvent } from '../../core/model.js';
import { loadCameo } from '../../knowledge/cameo/index.js';
import { existsSync } from 'node:fs';
import { DyadError } from '../../core/errors.js';
import { bundledDictionaryFiles, dictionaryPaths, loadPetrarchDictionaries, type DictionaryFiles, type PetrarchDictionaries } from '../../knowledge/petrarch/index.js';
import { loadEventPatterns } from '../events/index.js';
import { grammarOf, unasserted } from '../grammar/index.js';
import type { DateFor, DocumentContext, Stage } from '../types.js';
import { loadActorTable } from './_actor-table.js';
import { buildActorFinder, findActors, PhraseTable, type ActorFinder } from './_actors.js';
import { codeSentence, verbAt } from './_code.js';
import { buildVerbIndex } from './_index.js';
import { PrincipalOfCode } from './_principals.js';
import type { ActorSpan, Word } from './_types.js';

export interface DictionaryStageOptions {
  /** Loaded dictionaries; else the bundled ones and `files`. */
  dictionaries?: PetrarchDictionaries;
  /** A user's own dictionary files, added after the bundled ones. */
  files?: DictionaryFiles;
  dateFor?: DateFor;
  /** Told the malformed lines of `files` (the bundled files' known faults are not repeated). */
  onProblem?: (problem: DyadError) => void;
}

/** How sure a dictionary event is: below the team's rules, which were written and tested on this kind of text. */
const CONFIDENCE_PATTERN = 0.5;
const CONFIDENCE_VERB = 0.4;
const AUX_OR_ADVERB = new Set(['AUX', 'ADV', 'PART']);
/** Where an actor phrase of the dictionaries may start in running text. */
const startsActor = (w: Word): boolean => w.pos === 'PROPN' || w.pos === 'NOUN' || w.pos === 'ADJ' || w.pos === 'DET';

interface Mention {
  principal: string;
  actor: string;
  actorId?: string;
  start: number;
  end: number;
}

export function createDictionaryStage(options: DictionaryStageOptions = {}): Stage {
  const files = options.files ?? {};
  const report = (problems: DyadError[]): void => {
    if (!options.onProblem) return;
    const bundled = new Set(Object.values(bundledDictionaryFiles()).flat());
    for (const p of problems) if (!bundled.has(p.place?.file ?? '')) options.onProblem(p);
  };
  // The verbs screen every sentence and load now; the actor files (most of the data) load on the first
  // sentence that gets past that screen, so a start that codes nothing does not pay for them. A user's
  // missing actor file is still named now.
  const dicts = options.dictionaries ?? loadPetrarchDictionaries(files, { kinds: ['verbs', 'discards'] });
  if (!options.dictionaries) report(dicts.problems);
  const index = buildVerbIndex(dicts.verbs);
  for (const f of [...(files.actors ?? []), ...(files.agents ?? [])])
    if (!existsSync(f)) throw new DyadError('INPUT_NOT_FOUND', 'cannot read the actors dictionary', { place: { file: f }, hint: 'Check the path.' });
  let finder: ActorFinder | undefined;
  const actorFinder = (): ActorFinder => {
    if (finder) return finder;
    // Agents refine a CAMEO code's sector (GOV, MIL…), which a principal does not carry: running text
    // needs only the actors.
    if (options.dictionaries) return (finder = buildActorFinder(options.dictionaries.actors, []));
    // The compiled phrase table, from the cache: no entry is rebuilt at start.
    const { table, problems } = loadActorTable(dictionaryPaths('actors', files));
    report(problems);
    return (finder = { actors: table, agents: PhraseTable.of([]) });
  };
  const discards = dicts.discards.flat().map((d) => ({ text: ` ${d.phrase.join(' ')}${d.whole ? ' ' : ''}`, story: d.story }));
  const principals = new PrincipalOfCode();
  const cameo = loadCameo();
  const dateFor: DateFor = options.dateFor ?? ((ctx, s) => ctx.sentenceDates[s] ?? null);
  // A verb the team's rules are keyed by had their say (they may have left it on purpose: background,
  // a qualified statement); the dictionaries code the verbs they do not know.
  const teamVerbsLower = new Set(loadEventPatterns().verbs.keys());
  const teamVerbs = new Set([...teamVerbsLower].map((v) => v.toUpperCase()));
  const skip = (w: Word): boolean => teamVerbs.has(w.lemma);
  // The dictionaries' verb forms in lower case, so the first test of a token needs no case change.
  const formsLower = new Set([...index.forms.keys()].map((f) => f.toLowerCase()));

  return (ctx: DocumentContext) => {
    if (ctx.sentences.length === 0) return;
    // Sentences the team's rules gave an event in: the dictionaries are tried only elsewhere.
    const covered = coveredSentences(ctx);
    const views = grammarOf(ctx).sentences;
    // Discards (sports, entertainment) are looked for only where an event would be coded: most
    // sentences never get that far, and 500 phrases sought in every one would cost more than the rest.
    let storyDiscarded: boolean | undefined;
    const discarded = (text: string, story: boolean): boolean => {
      const upper = ` ${text.toUpperCase().replace(/\s+/g, ' ')} `;
      return discards.some((d) => d.story === story && upper.includes(d.text));
    };
    const mentionsBySentence: DocumentContext['actors'][] = ctx.sentences.map(() => []);
    for (const a of ctx.actors) if (a.role === 'actor' && a.principal) mentionsBySentence[a.sentence]?.push(a);

    for (const sentence of ctx.sentences) {
      if (covered.has(sentence.index)) continue;
      const tokens = sentence.tokens;
      // Most sentences have no verb of the dictionaries: one map look-up per verb tells.
      let anyVerb = false;
      for (let i = 0; i < tokens.length && !anyVerb; i++) {
        const t = tokens[i];
        if (t?.pos !== 'VERB' || t.lower.endsWith('ing')) continue;
        // The strict reading wants the subject's last word (a noun or a name) right before the verb.
        let k = i - 1;
        while (k >= 0 && AUX_OR_ADVERB.has(tokens[k]?.pos ?? '')) k--;
        const before = tokens[k]?.pos;
        if (before !== 'PROPN' && before !== 'NOUN') continue;
        if (!teamVerbsLower.has(t.lemma) && (formsLower.has(t.lower) || formsLower.has(t.lemma))) anyVerb = true;
      }
      if (!anyVerb) continue;
    
      const words: Word[] = tokens.map((t) => ({ upper: t.text.toUpperCase(), lemma: t.lemma.toUpperCase(), pos: t.pos }));

      const date = ctx.sentenceDates[sentence.index]?.start ?? ctx.published?.start ?? null;
      const day = date ?? '9999-12-31';
      // The team's mentions first, as word spans; then dictionary actors on words they leave.
      const mentions: Mention[] = [];
      const spans: ActorSpan[] = [];
      const taken = new Uint8Array(tokens.length);
      for (const a of mentionsBySentence[sentence.index] ?? []) {
        let s = -1;
        let e = -1;
        for (let i = 0; i < tokens.length; i++) {
          const t = tokens[i];
          if (!t || t.start < a.start || t.end > a.end) continue;
          if (s < 0) s = i;
          e = i + 1;
        }
        if (s < 0 || !a.principal) continue;
        for (let i = s; i < e; i++) taken[i] = 1;
        spans.push({ start: s, end: e, codes: [a.principal], ref: mentions.length });
        mentions.push({ principal: a.principal, actor: a.text, actorId: a.entryId, start: a.start, end: a.end });
      }
      for (const f of findActors(actorFinder(), words, date, { from: startsActor })) {
        let free = true;
        for (let i = f.start; i < f.end && free; i++) free = !taken[i];
        const code = f.codes[0];
        if (!free || !code) continue;
        const principal = principals.at(code, day);
        if (!principal) continue;
        const first = tokens[f.start];
        const last = tokens[f.end - 1];
        if (!first || !last) continue;
        spans.push({ start: f.start, end: f.end, codes: [principal], ref: mentions.length });
        mentions.push({ principal, actor: ctx.text.slice(first.start, last.end), actorId: `cameo:${code}`, start: first.start, end: last.end });
      }
      if (spans.length < 2) continue;

      const view = views[sentence.index];
      const coded = codeSentence(index, words, spans, { strict: true, skip });
      if (coded.length === 0) continue;
      storyDiscarded ??= discarded(ctx.text, true);
      if (storyDiscarded) return;
      if (discarded(sentence.text, false)) continue;
      for (const e of coded) {
        if (!cameo.has(e.code)) continue;
        if (view && unasserted(view, e.verbAt, false)) continue;
        const src = mentions[e.source.ref];
        const tgt = mentions[e.target.ref];
        const verb = tokens[e.verbAt];
        if (!src || !tgt || !verb || src.principal === tgt.principal) continue;
        const start = Math.min(src.start, tgt.start, verb.start);
        const end = Math.max(src.end, tgt.end, verb.end);
        const oStart = ctx.offsets.toOriginal(start);
        const oEnd = ctx.offsets.toOriginal(end);
        const entry = e.pattern?.source ?? e.verb.source;
        const code = cameo.get(e.code);
        const ev: DyadEvent = {
          id: hash('sha256', `${ctx.info.id}\u0000dictionary\u0000${oStart}\u0000${oEnd}\u0000${e.code}\u0000${src.principal}\u0000${tgt.principal}`, 'hex').slice(0, 20),
          source: ref(src),
          target: ref(tgt),
          code: e.code,
          root: code.root,
          quadClass: cameo.quadClass(e.code),
          goldstein: cameo.goldstein(e.code),
          date: dateFor(ctx, sentence.index, verb.start, verb.end),
          evidence: { start: oStart, end: oEnd, text: ctx.original.slice(oStart, oEnd) },
          rule: `dictionary:${entry.file}:${entry.line}`,
          confidence: e.pattern ? CONFIDENCE_PATTERN : CONFIDENCE_VERB,
        };
        ctx.events.push(ev);
      }
    }
  };
}

function ref(m: Mention): DyadEvent['source'] {
  return m.actorId ? { principal: m.principal, actor: m.actor, actorId: m.actorId } : { principal: m.principal, actor: m.actor };
}

/** The sentences holding the start of an event's evidence. */
function coveredSentences(ctx: DocumentContext): Set<number> {
  const out = new Set<number>();
  if (ctx.events.length === 0) return out;
  const starts = ctx.sentences.map((s) => ctx.offsets.toOriginal(s.start));
  for (const ev of ctx.events) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= ev.evidence.start) lo = mid;
      else hi = mid - 1;
    }
    out.add(lo);
  }
  return out;
}
