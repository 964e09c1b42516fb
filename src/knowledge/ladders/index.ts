/** Ladders as data and `ladderPosition()`. */
export {
  loadLadders, ladderPosition, Ladders,
  type Ladder, type Rung, type LadderRule, type LadderMilestone, type LadderPosition, type LadderStep,
} from './ladders.js';
