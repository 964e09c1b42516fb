/** The CAMEO codebook: `loadCameo()` and its index. */
export { Cameo, loadCameo, quadClass, goldstein, quadClassOfRoot, type CameoCode } from './cameo.js';
