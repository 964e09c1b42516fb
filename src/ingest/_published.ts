/** The published date of a document as Dyad keeps it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, else null. */

const SHAPES = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

/** `2015-11-20T09:00:00Z` → `2015-11-20`; `2017-03` stays; anything else is null. */
export function normalisePublished(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = SHAPES.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d] = m;
  if (mo !== undefined && (Number(mo) < 1 || Number(mo) > 12)) return null;
  if (d !== undefined) {
    const day = `${y}-${mo}-${d}`;
    const t = new Date(`${day}T00:00:00Z`);
    return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === day ? day : null;
  }
  return mo !== undefined ? `${y}-${mo}` : (y ?? null);
}
