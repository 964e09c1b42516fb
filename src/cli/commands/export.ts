/**
 * `dyad export [--dyad A:B] [--actor A] [--from YYYY[-MM[-DD]]] [--to YYYY[-MM[-DD]]] [--dataset gdelt] --format csv|ndjson|gdelt|plover
 * [--out FILE]`: stored events to stdout or a file. The gdelt format is GDELT 2.0 export rows that
 * `dyad import` reads back into the same events.
 */
import { defineCommand } from 'citty';
import { principalIn } from '../../analysis/index.js';
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { DyadError } from '../../core/errors.js';
import { EXPORT_FORMATS, exportEvents } from '../../export/index.js';
import type { Dataset, EventFilter } from '../../store/store.js';
import { parseFormat } from '../output.js';
import { periodArgs, readPeriod } from './_period-args.js';
import { dbArg, withStore } from './_store-args.js';
import { parseDyad } from './events.js';

const DATASETS: readonly Dataset[] = ['dyad', 'gdelt', 'gdelt1', 'icews', 'acled'];

async function writeTo(stream: NodeJS.WritableStream | WriteStream, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}

export default defineCommand({
  meta: { name: 'export', description: 'Export stored events as CSV, NDJSON, GDELT 2.0 rows or PLOVER records' },
  args: {
    dyad: { type: 'string', description: 'Two principals, either direction: SRB:NATO', valueHint: 'A:B' },
    actor: { type: 'string', description: 'A principal on either side', valueHint: 'CODE' },
    ...periodArgs,
    dataset: { type: 'string', description: 'dyad, gdelt, gdelt1, icews or acled', valueHint: 'NAME' },
    format: { type: 'string', description: 'csv, ndjson, gdelt or plover (PLOVER JSON records, one a line)', default: 'csv', valueHint: 'FORMAT' },
    out: { type: 'string', description: 'Write to this file instead of stdout', valueHint: 'FILE' },
    db: dbArg,
  },
  async run({ args }) {
    const format = parseFormat(args.format, EXPORT_FORMATS);
    const filter: Omit<EventFilter, 'limit' | 'offset'> = readPeriod(args);
    if (args.dataset) {
      if (!DATASETS.includes(args.dataset as Dataset)) {
        throw new DyadError('BAD_ARGUMENT', `unknown dataset '${args.dataset}'`, { place: { field: '--dataset' }, hint: `Use one of: ${DATASETS.join(', ')}.` });
      }
      filter.dataset = args.dataset as Dataset;
    }
    // A reader that stops early (`| head`) closes the pipe: that ends the export, it is not a failure.
    if (!args.out) process.stdout.on('error', (e: NodeJS.ErrnoException) => (e.code === 'EPIPE' ? process.exit(0) : undefined));
    let stream: NodeJS.WritableStream | WriteStream = process.stdout;
    const result = await withStore(args.db, 'read', async (store) => {
      if (args.dyad) {
        const [a, b] = parseDyad(args.dyad);
        filter.dyad = [await principalIn(store, a, '--dyad'), await principalIn(store, b, '--dyad')];
      }
      if (args.actor) filter.actor = await principalIn(store, args.actor, '--actor');
      // The file is made only once the filter is known to be right.
      if (args.out) stream = createWriteStream(args.out);
      return exportEvents(store, filter, format, (s) => writeTo(stream, s));
    });
    if (args.out) {
      (stream as WriteStream).end();
      await once(stream, 'finish');
    }
    const why = format === 'plover' ? 'PLOVER has no event for CAMEO 01 and 02' : 'GDELT rows need a day';
    const skipped = result.skipped ? ` (${result.skipped} events left out: ${why})` : '';
    console.error(`dyad: exported ${result.written} events${skipped}`);
  },
});
