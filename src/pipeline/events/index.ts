/**
 * events: verb and noun patterns (data/patterns/events.yaml) mapped to CAMEO, active and passive;
 * negated, hypothetical and future statements are not events (data/patterns/modality.yaml).
 * Sentences are read as the grammar stage left them (src/pipeline/grammar).
 */
export { createEventsStage, type EventsStageOptions } from './_match.js';
export { loadEventPatterns, compileEventPatterns, type EventPatterns, type EventRule, type Statement } from './_patterns.js';
export { objectCoding, loadObjects, compileObjects, OBJECTS_SCHEMA, type ObjectTables } from './_objects.js';
