/** The CAMEO codebook: `loadCameo()` and its index; the CAMEO actor-code table. */
export { Cameo, loadCameo, quadClass, goldstein, quadClassOfRoot, type CameoCode } from './cameo.js';
export { CAMEO_ACTORS_SCHEMA, loadCameoActors, type CameoActorsFile, type CodeEntry } from './_actor-codes.js';
