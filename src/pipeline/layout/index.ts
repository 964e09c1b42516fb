/** layout: what a document's layout says beyond its sentences — the date it states for itself. */
export { statedPublished } from './_published.js';
export { layoutVocabulary, type LayoutVocabulary } from './_vocabulary.js';
