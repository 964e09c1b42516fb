/**
 * A page of a list that knows whether more rows follow it: the store is asked for one row more than
 * the page holds. The CLI's lists (`dyad events`) and the API's (`more`) say it the same way.
 */

/**
 * Ask for one row more than `limit` (never more than `max` in all), so a list can say whether more
 * exist: the rows to show, and whether there were more.
 * @example const { rows, more } = await page(limit, (n) => store.events({ ...filter, limit: n }));
 */
export async function page<T>(limit: number, fetch: (n: number) => Promise<T[]>, max = Number.MAX_SAFE_INTEGER): Promise<{ rows: T[]; more: boolean }> {
  const got = await fetch(Math.min(limit + 1, max));
  return { rows: got.slice(0, limit), more: got.length > limit };
}
