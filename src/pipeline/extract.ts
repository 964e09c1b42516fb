/**
 * The composed extractor: normalise → segment → dates → actors → subject → grammar → events → milestones → indicators,
 * in one call per document. Evidence offsets point into the text as read; the document id is the
 * sha256 of the normalised text, so the same document always gets the same ids.
 */
import type { DyadError } from '../core/errors.js';
import type { DateInterval, DocumentKind, Extraction } from '../core/model.js';
import { loadGazetteer } from '../knowledge/gazetteer/index.js';
import { actorsStage } from './actors/index.js';
import { ActorFiles, type DictionaryFiles } from '../knowledge/petrarch/index.js';
import { datesStage, dateForSpan, intervalFromIso } from './dates/index.js';
import { createDictionaryStage } from './dictionary/index.js';
import { createEventsStage, loadEventPatterns } from './events/index.js';
import { createGrammarStage } from './grammar/index.js';
import { createIndicatorsStage } from './indicators/index.js';
import { createMilestonesStage } from './milestones/index.js';
import { documentId, normalise, unwrapLines } from './normalise/index.js';
import { documentKind, statedPublished, subjectStage, type NamesIn } from './layout/index.js';
import { segmentStage } from './segment/index.js';
import type { DocumentContext, DocumentSubject, Stage } from './types.js';

export interface ExtractOptions {
  /** Users' actor dictionary files (`--dict`), applied after the package's own. */
  dictFiles?: string[];
  /**
   * Users' TABARI/PETRARCH dictionaries (`--verbs`, `--actors`, `--agents`), added to the bundled
   * CAMEO verbs and Phoenix actors that code what the team's rules do not.
   */
  dictionaries?: DictionaryFiles;
  /** Told each malformed line of a user's dictionary (file, line, what is wrong); the line is skipped. */
  onDictionaryProblem?: (problem: DyadError) => void;
  /**
   * `false` makes the dictionary stage do nothing and loads no TABARI/PETRARCH dictionary: a baseline
   * for what they cost (bench/dictionaries). On by default.
   */
  dictionaryStage?: boolean;
}

export interface DocumentInput {
  path?: string;
  /** The document's own date (`2017-03`, `2017-03-08`), the anchor for relative dates. */
  published?: string | null;
  title?: string;
  /** What kind of document it is, when already told (a later piece of a long document); else read from its text. */
  kind?: DocumentKind;
  /** The relationship the document is about (null: none), when already told (a later piece of a long document); else read from its title and top. */
  subject?: DocumentSubject | null;
}

/** An extraction with the relationship the document was read as being about, for the pieces after the first. */
export interface DocumentExtraction extends Extraction {
  subject: DocumentSubject | null;
}

export interface Extractor {
  /** Extract events, milestones and indicators from one document's text as read. */
  extract(original: string, input?: DocumentInput): DocumentExtraction;
}

function publishedInterval(published: string | null | undefined, warnings: string[]): DateInterval | null {
  if (!published) return null;
  try {
    return intervalFromIso(published);
  } catch {
    warnings.push(`published date '${published}' is not an ISO date; relative dates are left unresolved`);
    return null;
  }
}

/** A pipeline stage with its name, as benchmarks and traces report it. */
export interface NamedStage {
  name: 'segment' | 'dates' | 'actors' | 'subject' | 'grammar' | 'events' | 'dictionary' | 'milestones' | 'indicators';
  run: Stage;
}

/**
 * The stages after normalisation, in order. Data files are read and compiled here, once; running
 * the stages is then pure work.
 */
export function createStages(options: ExtractOptions = {}): NamedStage[] {
  const gazetteer = loadGazetteer(options.dictFiles ? { dictFiles: options.dictFiles } : {});
  const patterns = loadEventPatterns();
  // The Phoenix actor files, read at most once for the gazetteer's persons and the dictionary stage both.
  const actorFiles = new ActorFiles();
  const actors = actorsStage(gazetteer, actorFiles);
  // A title or heading is read for its actors as a document of its own.
  const namesIn: NamesIn = (heading) => {
    // (Its kind is told: a heading's actors do not depend on it, and reading it from the layout costs more than the rest.)
    const c = readDocument(heading, { kind: 'brief' });
    segmentStage(c);
    actors(c);
    return c.actors;
  };
  return [
    { name: 'segment', run: segmentStage },
    { name: 'dates', run: datesStage() },
    { name: 'actors', run: actors },
    { name: 'subject', run: subjectStage(namesIn) },
    { name: 'grammar', run: createGrammarStage({ verbs: patterns.verbs }) },
    { name: 'events', run: createEventsStage({ patterns, dateFor: dateForSpan }) },
    {
      name: 'dictionary',
      run: options.dictionaryStage === false ? () => {} : createDictionaryStage({
        files: options.dictionaries ?? {},
        actorFiles,
        statements: patterns.statements,
        dateFor: dateForSpan,
        ...(options.onDictionaryProblem ? { onProblem: options.onDictionaryProblem } : {}),
      }),
    },
    { name: 'milestones', run: createMilestonesStage({ dateFor: dateForSpan }) },
    { name: 'indicators', run: createIndicatorsStage({ dateFor: dateForSpan }) },
  ];
}

/** A document read for the stages: its text normalised, its id, an empty context for them to fill. */
export function readDocument(original: string, input: DocumentInput = {}): DocumentContext {
  const text0 = original.charCodeAt(0) === 0xfeff ? original.slice(1) : original;
  const normalised = normalise(text0);
  const { offsets } = normalised;
  // Wrapped lines joined after the id is taken: the id stays the hash of the normalised text.
  const text = unwrapLines(normalised.text);
  const warnings: string[] = [];
  // The file's or the user's date first; else the one the layout states ("Updated: …", a dateline).
  const published = input.published ?? statedPublished(text);
  const info: Extraction['document'] = {
    id: documentId(normalised.text),
    published,
    language: 'en',
    ...(input.path !== undefined ? { path: input.path } : {}),
    ...(input.title !== undefined ? { title: input.title } : {}),
    kind: input.kind ?? documentKind(text, input.title ?? null),
  };
  return {
    original: text0,
    text,
    offsets,
    info,
    published: publishedInterval(published, warnings),
    subject: input.subject,
    sentences: [],
    dates: [],
    sentenceDates: [],
    datings: [],
    sameEventDates: null,
    actors: [],
    grammar: null,
    events: [],
    milestones: [],
    indicators: [],
    warnings,
  };
}

/**
 * Build an extractor: `readDocument`, then every stage of `createStages`.
 * @example
 * const ex = createExtractor();
 * const x = ex.extract(text, { path: 'brief.txt', published: '2017-03' });
 * x.events[0]; // { source: { principal: 'SRB', … }, target: { principal: 'NATO', … }, code: '057', … }
 */
export function createExtractor(options: ExtractOptions = {}): Extractor {
  const stages = createStages(options).map((s) => s.run);
  return {
    extract(original: string, input: DocumentInput = {}): DocumentExtraction {
      const ctx = readDocument(original, input);
      for (const stage of stages) stage(ctx);
      return {
        document: ctx.info,
        events: ctx.events,
        milestones: ctx.milestones,
        indicators: ctx.indicators,
        warnings: ctx.warnings,
        subject: ctx.subject ?? null,
      };
    },
  };
}
