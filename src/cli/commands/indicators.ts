/** `dyad indicators [SUBJECT]`: the figures the documents state, with their evidence. */
import { defineCommand } from 'citty';
import { principalIn } from '../../analysis/index.js';
import { parseFormat, printRows } from '../output.js';
import { cut, dbArg, formatArg, showDate, withStore } from './_store-args.js';

export default defineCommand({
  meta: { name: 'indicators', description: 'Figures the documents state (polls, tonnes, recognitions), with evidence' },
  args: {
    subject: { type: 'positional', description: 'Only this subject (SRB)', required: false },
    db: dbArg,
    format: formatArg,
  },
  async run({ args }) {
    const format = parseFormat(args.format);
    const rows = await withStore(args.db, 'read', async (store) =>
      store.indicators(args.subject ? await principalIn(store, args.subject, 'SUBJECT') : undefined));
    if (format !== 'table') {
      printRows(rows as unknown as Record<string, unknown>[], format);
      return;
    }
    printRows(
      rows.map((i) => ({
        subject: i.subject,
        metric: i.metric,
        value: `${i.qualifier ? `${i.qualifier} ` : ''}${i.value}${i.unit === '%' ? '%' : ` ${i.unit}`}`,
        date: showDate(i.date),
        evidence: cut(i.evidence.text, 80),
      })),
      'table',
    );
  },
});
