/** normalise: the pipeline's first stage, text as read → text the stages work on, with offsets back. */
export { normalise, documentId } from './_normalise.js';
export type { NormalisedText } from './_normalise.js';
export { unwrapLines } from './_unwrap.js';
