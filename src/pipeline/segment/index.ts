/** segment: sentences, tokens, parts of speech and lemmas (wink-nlp with its English model). */
export { segmentStage, segmentText, tokenizeOnly } from './_segment.js';
export { startsUpper } from './_capital.js';
