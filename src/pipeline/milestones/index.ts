/**
 * milestones: steps on a ladder (instrument × status) from the vocabulary of
 * ../shared/spec/gold-format.md, kept as data in data/patterns/milestones.yaml.
 */
export { createMilestonesStage, type MilestonesStageOptions } from './_stage.js';
export { loadMilestoneVocabulary, compileMilestoneVocabulary, type MilestoneVocabulary } from './_vocabulary.js';
