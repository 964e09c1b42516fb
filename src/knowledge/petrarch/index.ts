/**
 * The event-data field's dictionaries in the TABARI/PETRARCH formats: the CAMEO verb patterns, the
 * Phoenix actor and agent dictionaries, discard lists — read, checked line by line, compiled and cached.
 */
export {
  loadPetrarchDictionaries,
  bundledDictionaryFiles,
  dictionaryPaths,
  dictionaryHash,
  loadDictionaryFile,
  readerVersion,
  type DictionaryFiles,
  type PetrarchDictionaries,
} from './load.js';
export { ActorFiles } from './_actor-files.js';
export { readVerbDictionary, parseVerbCode, parsePatternBody, regularForms } from './_verbs.js';
export { readActorDictionary, parseRestriction, dictionaryDate } from './_actors.js';
export { readAgentDictionary } from './_agents.js';
export { readDiscards } from './_discards.js';
export type * from './_types.js';
