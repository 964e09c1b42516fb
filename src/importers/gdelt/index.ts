/** GDELT 2.0 and 1.0 event files: the importers. */
export { gdeltImporter, gdelt1Importer } from './_importer.js';
export { CameoActorResolver } from './_actors.js';
export { GDELT2_LAYOUT, GDELT1_LAYOUT, GDELT2_WIDTH, type GdeltLayout } from './_layout.js';
