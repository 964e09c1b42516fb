/** Parses a whole file with an importer's row parser, without a store: for checks, tests and dry runs. */
import { lineBatches } from './_stream.js';
import type { Importer, ParsedLines } from './importer.js';

/** Every event and quarantined row of `file` (held in memory: for small files). */
export async function parseFile(importer: Importer, file: string): Promise<ParsedLines> {
  const parser = importer.parser(file);
  const out: ParsedLines = { events: [], quarantined: [] };
  for await (const b of lineBatches(file)) {
    for (let i = 0; i < b.lines.length; i++) parser.push(b.lines[i] ?? '', b.firstLine + i, out);
  }
  parser.end(out);
  return out;
}
