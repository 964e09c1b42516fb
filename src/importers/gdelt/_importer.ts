/** The GDELT importers: the row parser for every store, and the bulk description for DuckDB's reader. */
import { loadCameo } from '../../knowledge/cameo/index.js';
import type { Importer } from '../importer.js';
import { CameoActorResolver } from './_actors.js';
import { GDELT1_LAYOUT, GDELT2_LAYOUT, type GdeltLayout } from './_layout.js';
import { gdeltParser } from './_parse.js';

function make(format: 'gdelt' | 'gdelt1', layout: GdeltLayout): Importer {
  let actors: CameoActorResolver | undefined;
  const resolver = () => (actors ??= new CameoActorResolver());
  return {
    format,
    dataset: format,
    parser: (file) => gdeltParser({ file, dataset: format, layout, cameo: loadCameo(), actors: resolver() }),
    bulk: (file) => {
      const r = resolver();
      const cameo = loadCameo()
        .all()
        .map((c) => ({ code: c.code, quadClass: c.quadClass, goldstein: c.goldstein }));
      return {
        file,
        dataset: format,
        compression: 'none',
        delimiter: '\t',
        columns: Math.max(...layout.columns),
        minColumns: Math.min(...layout.columns),
        fields: layout,
        cameo,
        actorSegments: (code, country, group) => r.segments(code, country, group),
      };
    },
  };
}

/** GDELT 2.0 events (61 columns). */
export const gdeltImporter: Importer = make('gdelt', GDELT2_LAYOUT);
/** GDELT 1.0 events (58 columns; 57 in back-file rows). */
export const gdelt1Importer: Importer = make('gdelt1', GDELT1_LAYOUT);
