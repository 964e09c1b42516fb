/** The pipeline's public surface: the composed extractor and the extraction stages. */
export { createExtractor, type ExtractOptions, type DocumentInput, type Extractor } from './extract.js';
export { createGrammarStage, grammarOf, type DocumentGrammar, type GrammarStageOptions } from './grammar/index.js';
export { createEventsStage, loadEventPatterns, type EventsStageOptions } from './events/index.js';
export { createMilestonesStage, loadMilestoneVocabulary } from './milestones/index.js';
export { createIndicatorsStage, loadIndicatorVocabulary } from './indicators/index.js';
