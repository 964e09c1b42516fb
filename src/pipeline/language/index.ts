/**
 * The English function words and closed-class lists (data/lang/en.yaml) as sets. Not a stage: any stage
 * may read them, whatever its place in the pipeline's order.
 */
export { loadLanguage, type Language } from './_language.js';
export { LANGUAGE_SCHEMA, type LanguageFile } from './_schema.js';
