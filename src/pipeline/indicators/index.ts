/** indicators: figures with subject, metric, unit and qualifier (vocabulary in data/patterns/indicators.yaml). */
export { createIndicatorsStage, type IndicatorsStageOptions } from './_stage.js';
export { loadIndicatorVocabulary, compileIndicatorVocabulary, type IndicatorVocabulary } from './_vocabulary.js';
export { parseNumeral } from './_number.js';
