/**
 * How quad classes are shown (the looks are shared with the reports' charts) and how a date interval reads (at its precision).
 */
export { QUADS, quadLook, type QuadLook } from '../../src/charts/quad.js';
export { formatInterval } from '../../src/charts/when.js';
