/** ICEWS coded-event files: the importer and its actor resolver. */
export { icewsImporter } from './_importer.js';
export { IcewsActorResolver, type IcewsActor } from './_actors.js';
