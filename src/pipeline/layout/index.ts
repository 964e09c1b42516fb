/**
 * layout: what a document's layout says beyond its sentences — the date it states for itself, what
 * kind of document it is, and the relationship its title names.
 */
export { statedPublished } from './_published.js';
export { documentKind } from './_kind.js';
export { subjectOf, subjectStage, type NamesIn } from './_subject.js';
export { layoutVocabulary, type LayoutVocabulary } from './_vocabulary.js';
