/** One importer per format. */
import { acledImporter } from './acled/index.js';
import type { ImportFormat } from './detect.js';
import { gdelt1Importer, gdeltImporter } from './gdelt/index.js';
import { icewsImporter } from './icews/index.js';
import type { Importer } from './importer.js';

const IMPORTERS: Record<ImportFormat, Importer> = {
  gdelt: gdeltImporter,
  gdelt1: gdelt1Importer,
  icews: icewsImporter,
  acled: acledImporter,
};

export function importerFor(format: ImportFormat): Importer {
  return IMPORTERS[format];
}
