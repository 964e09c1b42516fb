/** The published date of a document as Dyad keeps it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, else null. */
import { isDatePrefix } from '../core/days.js';

const SHAPES = /^\d{4}(?:-\d{2}(?:-\d{2})?)?/;

/**
 * `2015-11-20T09:00:00Z` → `2015-11-20`; `2017-03` stays; a date that does not exist (`2015-02-30`,
 * `0000-01-01`) or anything else is null. Checks as `checkDatePrefix` does (src/core/days.ts).
 */
export function normalisePublished(value: string | null | undefined): string | null {
  if (!value) return null;
  const prefix = SHAPES.exec(value.trim())?.[0];
  return prefix && isDatePrefix(prefix) ? prefix : null;
}
