/** The ACLED importer: its row parser, with country names resolved like ICEWS's. */
import { loadCameo } from '../../knowledge/cameo/index.js';
import { IcewsActorResolver } from '../icews/index.js';
import { loadAcledCameo } from '../_tables.js';
import type { Importer } from '../importer.js';
import { acledParser } from './_parse.js';

let names: IcewsActorResolver | undefined;

/** ACLED (CSV with ACLED's header). */
export const acledImporter: Importer = {
  format: 'acled',
  dataset: 'acled',
  parser: (file) => {
    const n = (names ??= new IcewsActorResolver());
    return acledParser({ file, cameo: loadCameo(), table: loadAcledCameo(), country: (c) => n.countryPrincipal(c) });
  },
};
