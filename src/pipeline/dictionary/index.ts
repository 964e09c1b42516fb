/**
 * dictionary: coding events with the field's dictionaries (CAMEO verb patterns, Phoenix actors and
 * agents) where the team's own rules do not fire.
 */
export { buildVerbIndex, type VerbIndex, type VerbRef } from './_index.js';
export { codeSentence, verbAt, type CodeOptions } from './_code.js';
export { buildActorFinder, findActors, codeOn, withAgent, PhraseTable, type ActorCodes, type ActorFinder } from './_actors.js';
export { loadActorTable } from './_actor-table.js';
export { WordForms } from './_words.js';
export type { ActorSpan, CodedEvent, Word } from './_types.js';
export { createDictionaryStage, type DictionaryStageOptions } from './_stage.js';
export { PrincipalOfCode } from './_principals.js';
export { codeClauses, mayCode, SentenceCoding } from './_clauses.js';
export { loadClauseReading } from './_reading.js';
