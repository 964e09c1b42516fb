/**
 * grammar: each sentence read once for what the extraction stages stand on — lemmas, clauses, the
 * actors it names on token positions and where they stand to a word (subject, object, preposition,
 * possessive), verb forms and voice, and whether a statement is asserted (negation, modals,
 * conditionals, intentions). English function words are data (data/lang/en.yaml), the lists that say
 * what a statement means data/patterns/modality.yaml.
 */
export { createGrammarStage, grammarOf, readGrammar, type DocumentGrammar, type GrammarStageOptions } from './_stage.js';
export { buildView, topics, topicCountry, topicOrganisation, ViewArrays, type Party, type SentenceView } from './_view.js';
export { loadLanguage, type Language } from '../language/index.js';
export { quoteSpans, type Governed, type VerbGroup } from './_verbs.js';
export type { NounPhrase } from './_phrases.js';
export { chargedAct, conditionalThreat, loadModality, unasserted, decidedRefusal, statedRefusal, type Modality, type Unasserted } from './_modality.js';
export { unnamedAntecedent, subjectOf, objectOf, companion, prepositionOf, possessiveOf, betweenOf, beforeAuxiliaries, firstPredicate, participleHost, slotParties, type SubjectResult } from './_slots.js';
export { agentOfParticiple, participleAfterObject, attributive, background, hasVerbForm, ingStems, isPassive, lastHyphen, orderedParticiple, participial, participleLemmas, presentLemmas, reducedRelative, verbForms } from './_forms.js';
export { frameAddressee } from './_frames.js';
export { coordinatedSubject, otherClauseSubject } from './_otherclause.js';
export { describedVerdict } from './_verdicts.js';
export { asserted, copulaBefore, statementAt, type CodedStatement, type Said, type StatementFrame } from './_statements.js';
export { findInstruments, initialsOf, loadInstrumentNames, mayStart, type InstrumentMention, type InstrumentNames } from './_instruments.js';
export {
  SLOT_NAMES, MODALITY_SCHEMA, INSTRUMENTS_SCHEMA, type SlotName, type ModalityFile, type InstrumentData,
} from './_schema.js';
export { isEntryLine } from './_entry.js';
