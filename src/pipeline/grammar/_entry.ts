/**
 * Chronology entries: the lines of a list, a table or a run of dated lines ("- 12 March: …",
 * "| 27 October 1995 | Application lodged |", "1. 30 April 1962 - …", "March 1998: applies …").
 * An entry tells a step or an act in a few words, often with no verb or subject of its own.
 */
import { firstDateIn } from '../dates/index.js';

/** A bullet, a list number or a table cell opening a line. */
const ITEM_MARK = /^[ \t>]*(?:[-*•·+|]|\d{1,3}[.)])[ \t]/;
/**
 * A short head set off from the rest of the line ("March 1998:", "12 May 2004 –", "**9 May 2011.**");
 * a comma sets one off too, so that a dateline's place ("YEREVAN, March 26 (Wire) -") is the head.
 */
const ENTRY_HEAD = /^[\s*_]*(?:On\s+)?([^:|–—,.\n]{1,32}?)\s*(?:[:|–—,]|\s-\s|\.(?=[\s*_]|$)|\*\*)/;
/** An entry's date may leave out its year: it is read against any day, only to tell that it is a date. */
const ANY_DAY = { start: '2000-01-01', end: '2000-01-01', precision: 'day' } as const;

/** Is the line holding offset `at` of `text` a chronology entry: a list item, a table row or a line opening with its date? */
export function isEntryLine(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  const line = text.slice(start, end);
  if (ITEM_MARK.test(line)) return true;
  const head = ENTRY_HEAD.exec(line)?.[1];
  return head !== undefined && firstDateIn(head, ANY_DAY) !== null;
}
