/**
 * layout: what a document's layout says beyond its sentences — the date it states for itself, what
 * kind of document it is, the relationship its title names, and the furniture (headline, link lists)
 * whose words are no acts of the document's own.
 */
export { statedPublished } from './_published.js';
export { documentKind } from './_kind.js';
export { subjectOf, subjectStage, type NamesIn } from './_subject.js';
export { furnitureStage, headEnd, linkLists } from './_furniture.js';
export { layoutVocabulary, type LayoutVocabulary } from './_vocabulary.js';
