/** ICEWS coded-event files: the importer. */
import { loadCameo } from '../../knowledge/cameo/index.js';
import type { Importer } from '../importer.js';
import { IcewsActorResolver } from './_actors.js';
import { icewsParser } from './_parse.js';

export { IcewsActorResolver } from './_actors.js';

let actors: IcewsActorResolver | undefined;

/** ICEWS (Dataverse layout, tab-separated, header). */
export const icewsImporter: Importer = {
  format: 'icews',
  dataset: 'icews',
  parser: (file) => icewsParser(file, loadCameo(), (actors ??= new IcewsActorResolver())),
};
