/** The actors stage: names in sentences resolved to principals at the sentence's date. */
export { actorsStage } from './actors.js';
