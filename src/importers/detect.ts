/**
 * Tells which dataset a file holds from its first line: ICEWS and ACLED files carry a header, GDELT
 * files do not and are told apart by their column count (2.0: 61 tab-separated columns; 1.0: 58, or 57
 * for back-file rows without SOURCEURL).
 */
import { DyadError } from '../core/errors.js';
import { headLines } from './_stream.js';

export const IMPORT_FORMATS = ['gdelt', 'gdelt1', 'icews', 'acled'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Column counts of the tab-separated GDELT layouts. */
export const GDELT2_COLUMNS = 61;
export const GDELT1_COLUMNS = 58;
export const GDELT1_BACKFILE_COLUMNS = 57;
export const ICEWS_COLUMNS = 20;

/** The format a first line shows, or null when it matches none. */
export function formatOfFirstLine(line: string): ImportFormat | null {
  const tabs = line.split('\t');
  const first = (tabs[0] ?? '').trim().replace(/^"|"$/g, '').toLowerCase();
  if (tabs.length === ICEWS_COLUMNS && (first === 'event id' || /^\d+$/.test(first))) return 'icews';
  if (tabs.length === GDELT2_COLUMNS) return 'gdelt';
  if (tabs.length === GDELT1_COLUMNS || tabs.length === GDELT1_BACKFILE_COLUMNS) return 'gdelt1';
  if (tabs.length === 1) {
    const head = line.toLowerCase();
    if (/(^|,)"?event_id_cnty"?(,|$)/.test(head) && head.includes('event_date')) return 'acled';
  }
  return null;
}

/**
 * Detect the format of `file` from its first line.
 * @throws DyadError IMPORT_FORMAT when the file matches no known layout.
 */
export async function detectFormat(file: string): Promise<ImportFormat> {
  const [first] = await headLines(file, 1);
  if (first === undefined || first.trim() === '') {
    throw new DyadError('INPUT_EMPTY', 'the file is empty', { place: { file, line: 1 } });
  }
  const format = formatOfFirstLine(first);
  if (!format) {
    const cols = first.split('\t').length;
    throw new DyadError('IMPORT_FORMAT', `cannot tell the dataset: the first line has ${cols} tab-separated column(s)`, {
      place: { file, line: 1 },
      hint: 'Expected GDELT 2.0 (61 columns), GDELT 1.0 (58/57), ICEWS (20, with header) or ACLED CSV; or pass --format.',
    });
  }
  return format;
}

/** Check a `--format` value. */
export function parseImportFormat(value: string): ImportFormat | 'auto' {
  if (value === 'auto' || (IMPORT_FORMATS as readonly string[]).includes(value)) return value as ImportFormat | 'auto';
  throw new DyadError('BAD_ARGUMENT', `unknown import format '${value}'`, {
    place: { field: '--format' },
    hint: `Use one of: ${[...IMPORT_FORMATS, 'auto'].join(', ')}.`,
  });
}
