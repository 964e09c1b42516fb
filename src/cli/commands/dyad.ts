/**
 * `dyad dyad SRB NATO [--by month|quarter|year]`: a dyad per period — counts by quad class, Goldstein
 * mean and sum, the cooperation index — for both directions together and each apart.
 */
import { defineCommand } from 'citty';
import { dyadTrend, principalIn, unplacedNote } from '../../analysis/index.js';
import { checkPeriod } from '../../store/filters.js';
import type { Direction, DyadSeriesRow } from '../../store/store.js';
import { parseFormat, printRows } from '../output.js';
import { dbArg, formatArg, withStore } from './_store-args.js';

/** A series row as a flat record (for tables and CSV). */
export function flatSeriesRow(r: DyadSeriesRow, a: string, b: string): Record<string, unknown> {
  const dir: Record<Direction, string> = { both: `${a}<->${b}`, 'a->b': `${a}->${b}`, 'b->a': `${b}->${a}` };
  return {
    period: r.period,
    direction: dir[r.direction],
    events: r.events,
    mentions: r.mentions,
    q1: r.quad[0],
    q2: r.quad[1],
    q3: r.quad[2],
    q4: r.quad[3],
    goldstein_sum: r.goldsteinSum,
    goldstein_mean: r.goldsteinMean,
    cooperation: r.cooperation,
  };
}

export default defineCommand({
  meta: { name: 'dyad', description: 'A dyad per period: quad classes, Goldstein, cooperation index, both directions and each apart' },
  args: {
    a: { type: 'positional', description: 'First principal (SRB)', required: true },
    b: { type: 'positional', description: 'Second principal (NATO)', required: true },
    by: { type: 'string', description: 'month, quarter or year', default: 'year', valueHint: 'PERIOD' },
    from: { type: 'string', description: 'From this day', valueHint: 'YYYY-MM-DD' },
    to: { type: 'string', description: 'To this day', valueHint: 'YYYY-MM-DD' },
    direction: { type: 'string', description: 'all (default), both, a->b or b->a', default: 'all', valueHint: 'WHICH' },
    db: dbArg,
    format: formatArg,
  },
  async run({ args }) {
    const format = parseFormat(args.format);
    const by = checkPeriod(args.by, '--by');
    let a = '';
    let b = '';
    const { rows, unplaced } = await withStore(args.db, 'read', async (store) => {
      a = await principalIn(store, args.a, 'A');
      b = await principalIn(store, args.b, 'B');
      return dyadTrend(store, { a, b, by, ...(args.from ? { from: args.from } : {}), ...(args.to ? { to: args.to } : {}) });
    });
    const note = unplacedNote(unplaced, by);
    if (note) console.error(`dyad: ${note}`);
    const picked = args.direction === 'all' ? rows : rows.filter((r) => r.direction === args.direction);
    if (format === 'json' || format === 'ndjson') printRows(picked as unknown as Record<string, unknown>[], format);
    else printRows(picked.map((r) => flatSeriesRow(r, a, b)), format);
  },
});
