/**
 * The charts the dashboard draws and the reports print: pure functions of data and a `document` (the
 * browser's, or a server-side DOM's), so a report and the dashboard never draw the same data apart.
 */
export { QUADS, quadLook, type QuadLook } from './quad.js';
export { periodDate, periodsBetween, type ChartPeriod } from './periods.js';
export { directionName, goldsteinChart, quadChart, type TrendChartOptions } from './trend.js';
export { cooperationChart, type CooperationChartOptions, type CooperationPoint, type CooperationSeries } from './cooperation.js';
export { ladderChart, type LadderChartData, type LadderChartOptions, type LadderChartStep } from './ladder.js';
export { formatInterval, intervalSpan, isDayPrecise, spanLanes, type WhenInterval } from './when.js';
export { countTicks, formatNumber, formatSigned, withEvents } from './counts.js';
