/**
 * The composed extractor: normalise → segment → dates → actors → subject → grammar → events → milestones → indicators → furniture,
 * in one call per document. Evidence offsets point into the text as read; the document id is the
 * sha256 of the normalised text, so the same document always gets the same ids.
 */
import type { DyadError } from '../core/errors.js';
import type { Extraction } from '../core/model.js';
import { loadGazetteer } from '../knowledge/gazetteer/index.js';
import { actorsStage } from './actors/index.js';
import { ActorFiles, type DictionaryFiles } from '../knowledge/petrarch/index.js';
import { datesStage, dateForSpan } from './dates/index.js';
import { createDictionaryStage } from './dictionary/index.js';
import { createEventsStage, loadEventPatterns, objectCoding } from './events/index.js';
import { createGrammarStage } from './grammar/index.js';
import { createIndicatorsStage } from './indicators/index.js';
import { createMilestonesStage } from './milestones/index.js';
import { furnitureStage, subjectStage, type NamesIn } from './layout/index.js';
import { readDocument, type DocumentInput } from './_document.js';
import { segmentStage } from './segment/index.js';
import type { DocumentSubject, RuleTrace, Stage } from './types.js';

export { readDocument, type DocumentInput } from './_document.js';

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
  /** Told each event rule and dictionary pattern tried, and what became of it (`npm run eval:peer -- --why`). */
  trace?: RuleTrace;
}

/** An extraction with the relationship the document was read as being about, for the pieces after the first. */
export interface DocumentExtraction extends Extraction {
  subject: DocumentSubject | null;
}

export interface Extractor {
  /** Extract events, milestones and indicators from one document's text as read. */
  extract(original: string, input?: DocumentInput): DocumentExtraction;
}

/** A pipeline stage with its name, as benchmarks and traces report it. */
export interface NamedStage {
  name: 'segment' | 'dates' | 'actors' | 'subject' | 'grammar' | 'events' | 'dictionary' | 'milestones' | 'indicators' | 'furniture';
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
    { name: 'events', run: createEventsStage({ patterns, dateFor: dateForSpan, ...(options.trace ? { trace: options.trace } : {}) }) },
    {
      name: 'dictionary',
      run: options.dictionaryStage === false ? () => {} : createDictionaryStage({
        files: options.dictionaries ?? {},
        actorFiles,
        statements: patterns.statements,
        objectCoding: (view, head, code) => objectCoding(view, head, code),
        dateFor: dateForSpan,
        ...(options.onDictionaryProblem ? { onProblem: options.onDictionaryProblem } : {}),
        ...(options.trace ? { trace: options.trace } : {}),
      }),
    },
    { name: 'milestones', run: createMilestonesStage({ dateFor: dateForSpan }) },
    { name: 'indicators', run: createIndicatorsStage({ dateFor: dateForSpan }) },
    // Last: what the stages read in a headline or a list of links, weighed against the body.
    { name: 'furniture', run: furnitureStage() },
  ];
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
