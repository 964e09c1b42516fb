/**
 * `dyad balance SRB NATO RUS [--by year]`: the actor's two dyads side by side per period, and which way
 * it leans (net weighted cooperation: material acts count twice, conflict counts against).
 */
import { defineCommand } from 'citty';
import { balance, principalIn, type Balance } from '../../analysis/index.js';
import { checkPeriod } from '../../store/filters.js';
import { parseFormat, printRows } from '../output.js';
import { dbArg, formatArg, withStore } from './_store-args.js';

/** Balance rows flat, with a last `total` row. */
export function flatBalance(b: Balance): Record<string, unknown>[] {
  const f = b.first;
  const s = b.second;
  const rows = [...b.rows, { period: 'total', ...b.total }];
  return rows.map((r) => ({
    period: r.period,
    [`${f} events`]: r.first.events,
    [`${f} coop`]: r.first.cooperation,
    [`${f} net`]: r.first.net,
    [`${s} events`]: r.second.events,
    [`${s} coop`]: r.second.cooperation,
    [`${s} net`]: r.second.net,
    lean: r.lean,
  }));
}

export default defineCommand({
  meta: { name: 'balance', description: 'An actor between two partners: both dyads per period and which way it leans' },
  args: {
    actor: { type: 'positional', description: 'The actor in the middle (SRB)', required: true },
    first: { type: 'positional', description: 'First partner (NATO)', required: true },
    second: { type: 'positional', description: 'Second partner (RUS)', required: true },
    by: { type: 'string', description: 'month, quarter or year', default: 'year', valueHint: 'PERIOD' },
    from: { type: 'string', description: 'From this day', valueHint: 'YYYY-MM-DD' },
    to: { type: 'string', description: 'To this day', valueHint: 'YYYY-MM-DD' },
    db: dbArg,
    format: formatArg,
  },
  async run({ args }) {
    const format = parseFormat(args.format);
    const by = checkPeriod(args.by, '--by');
    const b = await withStore(args.db, 'read', async (store) => {
      const actor = await principalIn(store, args.actor, 'ACTOR');
      const first = await principalIn(store, args.first, 'FIRST');
      const second = await principalIn(store, args.second, 'SECOND');
      return balance(store, { actor, first, second, by, ...(args.from ? { from: args.from } : {}), ...(args.to ? { to: args.to } : {}) });
    });
    if (format === 'json') process.stdout.write(`${JSON.stringify(b, null, 2)}\n`);
    else printRows(flatBalance(b), format);
  },
});
