/** `dyad stats`: what the store holds — documents, events and their mentions, milestones, indicators, quarantined rows. */
import { defineCommand } from 'citty';
import { parseFormat, printRows } from '../output.js';
import { dbArg, formatArg, withStore } from './_store-args.js';

export default defineCommand({
  meta: { name: 'stats', description: 'Count what the store holds: documents, events, mentions, milestones, indicators, quarantined rows' },
  args: { db: dbArg, format: formatArg },
  async run({ args }) {
    const format = parseFormat(args.format);
    const stats = await withStore(args.db, 'read', (store) => store.stats());
    if (format === 'table') printRows(Object.entries(stats).map(([what, n]) => ({ what, count: n })), 'table');
    else printRows([stats as unknown as Record<string, unknown>], format);
  },
});
