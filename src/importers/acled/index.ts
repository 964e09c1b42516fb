/** ACLED CSV exports: the importer. */
export { acledImporter } from './_importer.js';
export { ACLED_REQUIRED } from './_parse.js';
