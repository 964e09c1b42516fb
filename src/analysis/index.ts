/** Analysis over a store: cooperation index, balance between two dyads, timeline, ladder standing, periods, trend. */
export { cooperationIndex, type QuadCounts } from '../core/cooperation.js';
export { balance, netCooperation, type Balance, type BalanceQuery, type BalanceRow, type BalanceSide } from './balance.js';
export { timeline, type TimelineItem, type TimelineQuery } from './timeline.js';
export { dyadTrend, unplacedNote, type DyadTrend } from './trend.js';
export { ladderStandings, type LadderQuery, type LadderStanding, type LadderStepWithEvidence } from './ladder.js';
export { periodOf } from './period.js';
export { principalIn } from './principal.js';
