/**
 * Hand-made rows for tests of the importers: a GDELT 2.0 / 1.0 row built field by field from the
 * layout, so a test states only the fields it is about.
 */
import { GDELT1_LAYOUT, GDELT2_LAYOUT, type GdeltLayout } from './gdelt/index.js';

export interface GdeltRowFields {
  id?: string;
  day?: string;
  source?: [code: string, country?: string, group?: string];
  target?: [code: string, country?: string, group?: string];
  code?: string;
  quad?: string;
  goldstein?: string;
  mentions?: string;
  url?: string;
}

/** A GDELT row (2.0 by default) with every other field empty, as tab-separated text. */
export function gdeltLine(f: GdeltRowFields = {}, layout: GdeltLayout = GDELT2_LAYOUT, width = layout.columns[0] ?? 61): string {
  const cells = new Array<string>(width).fill('');
  const L = layout;
  const set = (i: number, v: string | undefined) => {
    if (i < width && v !== undefined) cells[i] = v;
  };
  const day = f.day ?? '20150101';
  set(L.rowKey, f.id ?? '1000');
  set(L.date, day);
  set(2, day.slice(0, 6));
  set(3, day.slice(0, 4));
  set(L.sourceCode, f.source?.[0] ?? 'SRBGOV');
  set(L.sourceCountry, f.source?.[1] ?? 'SRB');
  set(L.sourceGroup, f.source?.[2] ?? '');
  set(L.targetCode, f.target?.[0] ?? 'IGOWSTNAT');
  set(L.targetCountry, f.target?.[1] ?? '');
  set(L.targetGroup, f.target?.[2] ?? 'NAT');
  const code = f.code ?? '040';
  set(L.code, code);
  set(27, code.slice(0, 3));
  set(28, code.slice(0, 2));
  set(L.quadClass, f.quad ?? '1');
  set(L.goldstein, f.goldstein ?? '1.0');
  set(L.mentions, f.mentions ?? '3');
  set(L.dateAdded, `${day}000000`);
  set(L.sourceUrl, f.url ?? 'https://example.org/a');
  return cells.join('\t');
}

/** A GDELT 1.0 row (58 columns; `backfile` for the 57-column form without SOURCEURL). */
export function gdelt1Line(f: GdeltRowFields = {}, backfile = false): string {
  return gdeltLine(f, GDELT1_LAYOUT, backfile ? 57 : 58);
}
