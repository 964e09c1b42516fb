/** dates: date mentions with intervals and precision, the narrative's date per sentence, and the date of an event's clause. */
export { datesStage } from './_stage.js';
export type { DatesOptions } from './_stage.js';
export { dateForSpan } from './_clause.js';
export type { SentenceDating } from './_narrative.js';
export { parseDateText, firstDateIn } from './_parse.js';
export { intervalFromIso } from './_iso.js';
export { intervalContains, intervalOverlaps } from './_calendar.js';
export { loadVocabulary } from './_vocabulary.js';
