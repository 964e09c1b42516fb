/**
 * events: verb and noun patterns (data/patterns/events.yaml) mapped to CAMEO, active and passive;
 * negated, hypothetical and future statements are not events (data/patterns/modality.yaml).
 * The sentence view and modality test are shared with the milestones and indicators stages.
 */
export { createEventsStage, type EventsStageOptions, type DateFor } from './_match.js';
export { loadEventPatterns, compileEventPatterns, type EventPatterns, type EventRule } from './_patterns.js';
export { loadModality, unasserted, type Modality, type Unasserted } from './_modality.js';
export { sentenceViews, topicCountry, type Party, type SentenceView } from './_view.js';
export { subjectOf, objectOf, prepositionOf, possessiveOf } from './_slots.js';
