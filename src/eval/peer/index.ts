/**
 * The project's own scorer on the field's public test sentences in ../shared/peer (`npm run
 * eval:peer`): CAMEO's codebook examples and PETRARCH-2's validation records, scored at the root and
 * the full code, with and without both actors right, per root, with every miss.
 */
export { scoreCases, agrees, rate } from './_score.js';
export { renderPeerScore } from './_report.js';
export { peerEvents, peerFile, scorePeerSource } from './_run.js';
export { cameoExamples, readCameoExamples } from './cameo-examples.js';
export { petrarchGsr, readPetrarchGsr, principalOf } from './petrarch-gsr.js';
export { PEER_SOURCES } from './_sources.js';
export type * from './_types.js';
