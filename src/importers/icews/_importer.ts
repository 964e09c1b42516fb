/** The ICEWS importer: its row parser (ICEWS has no bulk path; its names resolve in JS). */
import { loadCameo } from '../../knowledge/cameo/index.js';
import type { Importer } from '../importer.js';
import { IcewsActorResolver } from './_actors.js';
import { icewsParser } from './_parse.js';

let actors: IcewsActorResolver | undefined;

/** ICEWS (Dataverse layout, tab-separated, header). */
export const icewsImporter: Importer = {
  format: 'icews',
  dataset: 'icews',
  parser: (file) => icewsParser(file, loadCameo(), (actors ??= new IcewsActorResolver())),
};
