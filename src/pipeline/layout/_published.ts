/**
 * The date a document states for itself in its layout: a line labelled "Updated:", "Published:"…
 * (the labels are data), a wire dateline with its year ("BELGRADE, March 3, 2015 (Reuters) –") or a
 * statement's place-and-date line ("Brussels, 12 March 2013"),
 * near its top (or, for a label, its foot). Read only when the file and the user give no date.
 */
import type { DateInterval } from '../../core/model.js';
import { firstDateIn } from '../dates/index.js';
import { layoutVocabulary } from './_vocabulary.js';

/** Lines read from the top, and from the foot (for labels only). */
const TOP_LINES = 20;
const FOOT_LINES = 5;
/**
 * "Brussels, 12 March 2013" on a line of its own under a statement's title: a place (at most four
 * capitalised words), a comma, a day with its year and nothing else (a weekday may open it).
 */
export const PLACE_DATE_LINE = /^[ \t]*[*_]*[ \t]*\p{Lu}[\p{L}\p{M}.'’-]*(?:[ \t]+(?:\p{Lu}[\p{L}\p{M}.'’-]*|de|del|la|le|am|upon|on))*[ \t]*,[ \t]*((?:\p{L}+,?[ \t]+)?(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+\p{L}+\.?,?[ \t]+\d{4}|\p{L}+\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?,?[ \t]+\d{4}|\d{4}-\d{2}-\d{2}))[ \t]*[*_]*[ \t]*$/u;

/** "QUITO, March 3, 2015 (Reuters) –": a place in capitals, a date, an agency, a dash. */
export const DATELINE = /^[ \t]*\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}(?:,[ \t]*\p{L}[\p{L} .]{1,30})?,[ \t]*([^()\n]{4,40}?)[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*[–—-][ \t]/u;

function iso(i: DateInterval): string | null {
  if (!i.start) return null;
  if (i.precision === 'day') return i.start;
  if (i.precision === 'month') return i.start.slice(0, 7);
  if (i.precision === 'year') return i.start.slice(0, 4);
  return null;
}

let labelled: RegExp | undefined;

/** A line that opens with a published label, then a date (group 1 holds the date's text). */
function labelledLine(): RegExp {
  return (labelled ??= new RegExp(`^[\\t ]*[*_#>]*[\\t ]*(?:${layoutVocabulary().publishedLabels.map((l) => l.replace(/ /g, '\\s+')).join('|')})\\b[\\t ]*(?:on|at)?[\\t ]*[:\\-–—]?(.{4,80})$`, 'i'));
}

/** Does the line label a date as the document's own ("Published: 14 May 2019")? */
export function isLabelledDateLine(line: string): boolean {
  const m = labelledLine().exec(line);
  return m?.[1] ? firstDateIn(m[1]) !== null : false;
}

/**
 * The document's own date as `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`), or null.
 * @example statedPublished('Last updated: 03-Feb-2011 | Press release |\n\nThe ministers met …') // '2011-02-03'
 */
export function statedPublished(text: string): string | null {
  const labelled = labelledLine();
  const lines = text.split('\n', TOP_LINES * 4).filter((l) => l.trim() !== '');
  const top = lines.slice(0, TOP_LINES);
  const tail = text.slice(Math.max(0, text.length - 2000)).split('\n').filter((l) => l.trim() !== '').slice(-FOOT_LINES);
  for (const line of [...top, ...tail]) {
    const m = labelled.exec(line);
    const found = m?.[1] ? firstDateIn(m[1]) : null;
    const day = found ? iso(found) : null;
    if (day) return day;
  }
  for (const line of top) {
    const m = DATELINE.exec(line);
    // A dateline without its year ("BELGRADE, March 3 (Reuters) –") names no day by itself.
    if (!m?.[1] || !/\d{4}/.test(m[1])) continue;
    const found = firstDateIn(m[1]);
    if (found?.precision === 'day') return iso(found);
  }
  for (const line of top) {
    const m = PLACE_DATE_LINE.exec(line);
    const found = m?.[1] ? firstDateIn(m[1]) : null;
    if (found?.precision === 'day') return iso(found);
  }
  return null;
}
