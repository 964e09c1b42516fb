/**
 * The dictionary stage: after the team's own event rules, each sentence where they gave no event is
 * coded with the verb dictionaries (CAMEO.2.0 and a user's `--verbs`) over the grammar stage's clauses
 * (`codeClauses`), a negated, modal or hypothetical statement being no event, as for the team's rules.
 * Its actors are the actors stage's mentions (the team's gazetteer wins); where they give no event, the
 * actor dictionaries' entries (Phoenix and a user's `--actors`; a person's code taken at the sentence's
 * date) are added on words no mention covers, their CAMEO codes mapped to principals
 * (data/importers/cameo-actors.yaml). An event's `rule` names the dictionary entry:
 * `dictionary:CAMEO.2.0.txt:719`, the file and line of the pattern.
 */
import { hash } from 'node:crypto';
import type { DyadEvent } from '../../core/model.js';
import { loadCameo } from '../../knowledge/cameo/index.js';
import { existsSync } from 'node:fs';
import { DyadError } from '../../core/errors.js';
import { bundledDictionaryFiles, dictionaryPaths, loadPetrarchDictionaries, type ActorFiles, type DictionaryFiles, type PetrarchDictionaries } from '../../knowledge/petrarch/index.js';
import { fold, isCountry, loadGazetteer } from '../../knowledge/gazetteer/index.js';
import { buildView, grammarOf, loadModality, type CodedStatement, type Party, type SentenceView } from '../grammar/index.js';
import type { ActorMention, DateFor, DocumentContext, RuleTrace, Sentence, Stage, Token } from '../types.js';
import { loadActorTable } from './_actor-table.js';
import { buildActorFinder, findActors, PhraseTable, type ActorFinder } from './_actors.js';
import { codeClauses, mayCode, SentenceCoding } from './_clauses.js';
import { SentenceTrace } from './_trace.js';
import { DiscardPhrases } from './_discards.js';
import { buildVerbIndex } from './_index.js';
import { loadClauseReading } from './_reading.js';
import { PrincipalOfCode } from './_principals.js';
import { finestNarrowing, narrowability } from './_refine.js';
import type { Word } from './_types.js';
import { WordForms } from './_words.js';

export interface DictionaryStageOptions {
  /** Loaded dictionaries; else the bundled ones and `files`. */
  dictionaries?: PetrarchDictionaries;
  /** A user's own dictionary files, added after the bundled ones. */
  files?: DictionaryFiles;
  /** Reads the actor files, shared with the rest of the pipeline (the gazetteer's Phoenix persons); else the stage's own. */
  actorFiles?: ActorFiles;
  /**
   * The team's statements (the events rules' `statements`): an act said under one is coded as the
   * statement. Without them an act under a statement is left uncoded.
   */
  statements?: readonly CodedStatement[];
  dateFor?: DateFor;
  /**
   * The finer code an act's object names ("will ask the banks to help finance …" 0231), from the team's
   * object tables (the events stage's `objectCoding`): a coarse dictionary code (CAMEO's own "ASK * HELP" is a
   * plain 020) is made as specific as a team rule's would be. Without it the dictionary's code stands.
   */
  objectCoding?: (view: SentenceView, head: number, code: string) => { code: string } | undefined;
  /** Told each clause verb's best pattern in a sentence the team's rules left, and what became of it (`npm run eval:peer -- --why`). */
  trace?: RuleTrace;
  /** Told the malformed lines of `files` (the bundled files' known faults are not repeated). */
  onProblem?: (problem: DyadError) => void;
}

/** How sure a dictionary event is: below the team's rules, which were written and tested on this kind of text. */
const CONFIDENCE = 0.5;
/** Where an actor phrase of the dictionaries may start in running text. */
const startsActor = (w: Word): boolean => w.pos === 'PROPN' || w.pos === 'NOUN' || w.pos === 'ADJ' || w.pos === 'DET';

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
  // Each word met, upper-cased and looked up in the verb index once for the life of the stage.
  const wordForms = new WordForms(index);
  for (const f of [...(files.actors ?? []), ...(files.agents ?? [])])
    if (!existsSync(f)) throw new DyadError('INPUT_NOT_FOUND', 'cannot read the actors dictionary', { place: { file: f }, hint: 'Check the path.' });
  let finder: ActorFinder | undefined;
  const actorFinder = (): ActorFinder => {
    if (finder) return finder;
    // Agents refine a CAMEO code's sector (GOV, MIL…), which a principal does not carry: running text
    // needs only the actors.
    if (options.dictionaries) return (finder = buildActorFinder(options.dictionaries.actors, []));
    // The compiled phrase table, from the cache: no entry is rebuilt at start.
    const { table, problems } = loadActorTable(dictionaryPaths('actors', files), options.actorFiles);
    report(problems);
    return (finder = { actors: table, agents: PhraseTable.of([]) });
  };
  const discards = dicts.discards.flat();
  const discardText = (d: (typeof discards)[number]): string => ` ${d.phrase.join(' ')}${d.whole ? ' ' : ''}`;
  const storyDiscards = new DiscardPhrases(discards.filter((d) => d.story).map(discardText));
  // A bare year is a discard of the news feeds the list was made for (a story's look back at a past
  // year); in a brief or a chronology nearly every sentence has one, and the act it dates is the event.
  const sentenceDiscards = new DiscardPhrases(discards.filter((d) => !d.story && !(d.phrase.length === 1 && /^\d{4}$/.test(d.phrase[0] ?? ''))).map(discardText));
  // The team's statements ("urged Y to", "will …"): an act said under one is coded as the statement.
  const reading = loadClauseReading(options.statements ?? []);
  const principals = new PrincipalOfCode();
  const agentWords = loadGazetteer().agents.sectorOf;
  const cameo = loadCameo();
  // Only a code some CAMEO code narrows can be narrowed (a finer code must be one of CAMEO's).
  const narrowable = narrowability(cameo.all().map((c) => c.code));
  const dateFor: DateFor = options.dateFor ?? ((ctx, s) => ctx.sentenceDates[s] ?? null);
  // The dictionaries' verb forms in lower case, so the first test of a token needs no case change.
  const formsLower = new Set([...index.forms.keys()].map((f) => f.toLowerCase()));

  /** The actor dictionaries' actors of a sentence on words no mention of the team's covers, as mentions. */
  const dictionaryMentions = (ctx: DocumentContext, sentence: Sentence, words: Word[], named: readonly ActorMention[], date: string | null): ActorMention[] => {
    const tokens = sentence.tokens;
    const found = findActors(actorFinder(), words, date, { from: startsActor });
    // (Most sentences hold no actor of the dictionaries: the words the team's mentions take are marked only for the others.)
    if (found.length === 0) return [];
    const taken = new Uint8Array(tokens.length);
    for (const a of named)
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i] as Token;
        if (t.start >= a.start && t.end <= a.end) taken[i] = 1;
      }
    const day = date ?? '9999-12-31';
    const added: ActorMention[] = [];
    for (const f of found) {
      let free = true;
      for (let i = f.start; i < f.end && free; i++) free = !taken[i];
      const code = f.codes[0];
      if (!free || !code) continue;
      const principal = principals.at(code, day);
      const first = tokens[f.start];
      const last = tokens[f.end - 1];
      if (!principal || !first || !last) continue;
      const text = ctx.text.slice(first.start, last.end);
      // "the Senate", "Congress": an agent's word names a part of whichever country the context is about
      // (the actors stage's to resolve), not the one country an actor file lists it under.
      if (agentWords.has(fold(text))) continue;
      added.push({ sentence: sentence.index, start: first.start, end: last.end, text, entryId: `cameo:${code}`, kind: isCountry(principal) ? 'country' : 'organisation', principal, role: 'actor', name: text });
    }
    return added;
  };

  /**
   * The team's events of a sentence whose code a dictionary pattern of the same verb, between the same
   * parties, makes more specific in the same root take that code; their rule names both.
   */
  const narrowCodes = (ctx: DocumentContext, sentence: Sentence, view: SentenceView, events: readonly DyadEvent[], named: readonly ActorMention[]): void => {
    const coarse = events.filter((e) => !e.rule.startsWith('dictionary:') && e.code.length === 3 && narrowable(e.code));
    if (coarse.length === 0 || named.filter((a) => a.role === 'actor' && a.principal).length < 2) return;
    const words = wordForms.wordsOf(sentence.tokens);
    const coding = new SentenceCoding(words);
    if (!mayCode(index, view, coding, reading)) return;
    const coded = codeClauses(index, view, coding, reading);
    if (coded.length === 0) return;
    for (const e of coarse) {
      const same = coded.filter((d) => {
        // (an act said under a statement stands for its governor: "asked Peru to pay" is the asking)
        const verb = sentence.tokens[d.governor >= 0 ? d.governor : d.head];
        if (!verb || !cameo.has(d.code) || d.source.principal !== e.source.principal || d.target.principal !== e.target.principal) return false;
        // The dictionary's verb stands in the team event's evidence: the same act, not another clause's.
        const at = ctx.offsets.toOriginal(verb.start);
        return at >= e.evidence.start && at < e.evidence.end;
      });
      const code = finestNarrowing(e.code, same.map((d) => d.code));
      const by = same.find((d) => d.code === code);
      if (!code || !by) continue;
      e.code = code;
      e.quadClass = cameo.quadClass(code);
      e.goldstein = cameo.goldstein(code);
      e.rule = `${e.rule}+dictionary:${by.pattern.source.file}:${by.pattern.source.line}`;
    }
  };

  return (ctx: DocumentContext) => {
    if (ctx.sentences.length === 0) return;
    // Sentences the team's rules gave an event in: the dictionaries are tried only elsewhere.
    const covered = coveredSentences(ctx);
    const grammar = grammarOf(ctx);
    // Discards (sports, entertainment) are looked for only where an event would be coded: most
    // sentences never get that far, and 500 phrases sought in every one would cost more than the rest.
    let storyDiscarded: boolean | undefined;
    const discarded = (text: string, story: boolean): boolean => {
      const upper = ` ${text.toUpperCase().replace(/\s+/g, ' ')} `;
      return (story ? storyDiscards : sentenceDiscards).foundIn(upper);
    };
    // Each sentence's mentions, places included: a place is no actor of the dictionaries either.
    const mentionsBySentence: DocumentContext['actors'][] = ctx.sentences.map(() => []);
    for (const a of ctx.actors) mentionsBySentence[a.sentence]?.push(a);

    for (const sentence of ctx.sentences) {
      const view = grammar.sentences[sentence.index];
      if (!view) continue;
      const own = covered.get(sentence.index);
      if (own) {
        narrowCodes(ctx, sentence, view, own, mentionsBySentence[sentence.index] ?? []);
        continue;
      }
      const tokens = sentence.tokens;
      // Most sentences have no verb of the dictionaries (one set look-up per verb tells), or none that
      // may code a clause; only the others are looked at for the dictionaries' actors.
      let anyVerb = false;
      for (let i = 0; i < tokens.length && !anyVerb; i++) {
        const t = tokens[i];
        anyVerb = !!t && (t.pos === 'VERB' || view.verbAt[i] === 1) && (formsLower.has(t.lower) || (t.lemma !== t.lower && formsLower.has(t.lemma)));
      }
      if (!anyVerb) continue;
      const words = wordForms.wordsOf(tokens);
      const coding = new SentenceCoding(words);
      if (!mayCode(index, view, coding, reading)) continue;
      // (only with a trace: each pattern seen, and what became of it once the sentence is done with)
      const traced = options.trace ? new SentenceTrace(options.trace, sentence.index) : undefined;
      const see = traced?.see;

      // The team's parties first; where they give no event, the actor dictionaries' entries are added
      // on the words the team's mentions leave, and the sentence is read again with them.
      const named = mentionsBySentence[sentence.index] ?? [];
      const mentions = named.filter((a) => a.role === 'actor' && a.principal);
      let coded = mentions.length >= 2 ? codeClauses(index, view, coding, reading, see) : [];
      if (coded.length === 0) {
        const date = ctx.sentenceDates[sentence.index]?.start ?? ctx.published?.start ?? null;
        const added = dictionaryMentions(ctx, sentence, words, named, date);
        if (added.length === 0 || mentions.length + added.length < 2) {
          if (traced?.empty) codeClauses(index, view, coding, reading, traced.see);
          traced?.tell('parties');
          continue;
        }
        traced?.reset();
        coded = codeClauses(index, withParties(ctx, view, [...mentions, ...added], grammar.topics), coding, reading, see);
      }
      if (coded.length === 0) {
        traced?.tell('parties');
        continue;
      }
      storyDiscarded ??= discarded(ctx.text, true);
      if (storyDiscarded) {
        traced?.tell('held', 'discard');
        return;
      }
      if (discarded(sentence.text, false)) {
        traced?.tell('held', 'discard');
        continue;
      }
      traced?.tell('parties', undefined, coded);
      for (const e of coded) {
        if (!cameo.has(e.code)) continue;
        const verb = tokens[e.head];
        if (!verb) continue;
        const finer = options.objectCoding?.(view, e.head, e.code)?.code;
        if (finer && cameo.has(finer)) e.code = finer;
        const start = Math.min(e.source.start, e.target.start, verb.start);
        const end = Math.max(e.source.end, e.target.end, verb.end);
        const oStart = ctx.offsets.toOriginal(start);
        const oEnd = ctx.offsets.toOriginal(end);
        const entry = e.pattern.source;
        const code = cameo.get(e.code);
        ctx.events.push({
          id: hash('sha256', `${ctx.info.id}\u0000dictionary\u0000${oStart}\u0000${oEnd}\u0000${e.code}\u0000${e.source.principal}\u0000${e.target.principal}`, 'hex').slice(0, 20),
          source: ref(e.source),
          target: ref(e.target),
          code: e.code,
          root: code.root,
          quadClass: cameo.quadClass(e.code),
          goldstein: cameo.goldstein(e.code),
          date: dateFor(ctx, sentence.index, verb.start, verb.end),
          evidence: { start: oStart, end: oEnd, text: ctx.original.slice(oStart, oEnd) },
          rule: `dictionary:${entry.file}:${entry.line}`,
          confidence: CONFIDENCE,
        });
      }
    }
  };
}

/** The sentence read again with more parties; the verbs the grammar stage found stay marked. */
function withParties(ctx: DocumentContext, view: SentenceView, mentions: ActorMention[], topics: { country: string | null; organisation: string | null }): SentenceView {
  const read = buildView(ctx, view.sentence, mentions, loadModality(), topics.country, topics.organisation, undefined, view.language);
  read.verbAt.set(view.verbAt);
  return read;
}

/** The side as an event stores it: with the sector the actors stage read on its mention ("Chilean court" → judiciary). */
function ref(p: Party): DyadEvent['source'] {
  const r: DyadEvent['source'] = p.actorId ? { principal: p.principal, actor: p.actor, actorId: p.actorId } : { principal: p.principal, actor: p.actor };
  if (p.sector) r.sector = p.sector;
  return r;
}

/** The sentences holding the start of an event's evidence, with those events. */
function coveredSentences(ctx: DocumentContext): Map<number, DyadEvent[]> {
  const out = new Map<number, DyadEvent[]>();
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
    const list = out.get(lo);
    if (list) list.push(ev);
    else out.set(lo, [ev]);
  }
  return out;
}
