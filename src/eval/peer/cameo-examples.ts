/**
 * The CAMEO codebook's example sentences (ICEWS's table of codes, `cameo/icews-andybega-cameo-codes.csv`
 * in ../shared/peer): one sentence per code that has one, coded with that code. The table gives no
 * actors, so only the root and the full code are scored.
 */
import { CsvRecords } from '../../importers/index.js';
import { DyadError } from '../../core/errors.js';
import type { PeerCase, PeerSource } from './_types.js';

const FILE = 'icews-andybega-cameo-codes.csv';

/** The example sentences of the code table's text, one case per code with an example. */
export function readCameoExamples(text: string): PeerCase[] {
  const records = new CsvRecords();
  const rows: string[][] = [];
  text.split(/\r?\n/).forEach((line, k) => {
    const r = records.push(line, k + 1);
    if (r) rows.push(r.fields);
  });
  const header = rows.shift() ?? [];
  const col = (name: string): number => {
    const k = header.indexOf(name);
    if (k < 0) throw new DyadError('DATA_SCHEMA', `the CAMEO code table has no '${name}' column`, { place: { file: FILE, line: 1 } });
    return k;
  };
  const codeAt = col('code');
  const exampleAt = col('example');
  const cases: PeerCase[] = [];
  for (const row of rows) {
    const code = row[codeAt] ?? '';
    // The table's encoding damage (a curly quote read as three replacement characters) is a quote.
    const example = (row[exampleAt] ?? '').replace(/\uFFFD+/g, "'").replace(/\s+/g, ' ').trim();
    if (!/^\d{2,4}$/.test(code) || example === '' || example === 'NA') continue;
    cases.push({ id: code, text: example, published: null, expected: [{ code, source: null, target: null }] });
  }
  return cases;
}

export const cameoExamples: PeerSource = {
  name: 'cameo-examples',
  title: "CAMEO codebook example sentences (one per code; ICEWS's code table)",
  parts: ['peer', 'cameo', FILE],
  read: readCameoExamples,
  targets: { root: { recall: 0.6, precision: 0.7 }, code: { recall: 0.3 } },
};
