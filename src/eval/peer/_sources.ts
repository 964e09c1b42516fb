/** Every source the peer scorer reads, in the order it reports them. */
import { cameoExamples } from './cameo-examples.js';
import { petrarchGsr } from './petrarch-gsr.js';
import type { PeerSource } from './_types.js';

export const PEER_SOURCES: readonly PeerSource[] = [cameoExamples, petrarchGsr];
