/**
 * The scorer behind `dyad eval`: gold files (../shared/spec/gold-format.md) loaded and checked,
 * extractions matched to them one-to-one, precision / recall / F1 per kind, misses and false alarms.
 */
export { loadGold, goldDocumentPath, resolveGold, locateQuote, locateQuoteFolded, type GoldOptions } from './_gold.js';
export { scoreFile, buildReport } from './_score.js';
export { renderReport } from './_report.js';
export { metrics, sumCounts, summarise } from './_metrics.js';
export { goldDateSpan, dateFits, prefixToDays, formatSpan } from './_dates.js';
export { foldUnit, valueFits } from './_units.js';
export { GOLD_SCHEMA } from './_schema.js';
export type * from './_types.js';
export { loadExtraction, EXTRACTION_SCHEMA } from './_extraction.js';
