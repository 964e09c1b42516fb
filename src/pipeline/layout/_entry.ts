/**
 * Chronology entries: the lines of a list, a table or a run of dated lines ("- 12 March: …",
 * "| 27 October 1995 | Application lodged |", "1. 30 April 1962 - …", "March 1998: applies …").
 * An entry tells a step or an act in a few words, often with no verb or subject of its own.
 */
import { opensWithDate } from './_kind.js';

/** A bullet, a list number or a table cell opening a line. */
const ITEM_MARK = /^[ \t>]*(?:[-*•·+|]|\d{1,3}[.)])[ \t]/;

/** Is the line holding offset `at` of `text` a chronology entry: a list item, a table row or a dated line? */
export function isEntryLine(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  const line = text.slice(start, end);
  return ITEM_MARK.test(line) || opensWithDate(line);
}
