/** `dyad evidence EVENT_ID`: the event and every sentence that tells it, with document and offsets. */
import { defineCommand } from 'citty';
import { DyadError } from '../../core/errors.js';
import { parseFormat, printRows } from '../output.js';
import { dbArg, formatArg, showDate, withStore } from './_store-args.js';

export default defineCommand({
  meta: { name: 'evidence', description: 'The sentences behind an event, with their documents and offsets' },
  args: {
    id: { type: 'positional', description: 'Event id (from dyad events)', required: true },
    db: dbArg,
    format: formatArg,
  },
  async run({ args }) {
    const format = parseFormat(args.format);
    const rec = await withStore(args.db, 'read', (store) => store.evidence(args.id));
    if (!rec) throw new DyadError('NOT_FOUND', `no event '${args.id}'`, { place: { field: 'EVENT_ID' }, hint: 'List ids with `dyad events`.' });
    if (format === 'json') {
      process.stdout.write(`${JSON.stringify(rec, null, 2)}\n`);
      return;
    }
    const e = rec.event;
    if (format === 'table') {
      process.stdout.write(
        `${e.id}: ${e.source.actor} (${e.source.principal}) → ${e.target.actor} (${e.target.principal}), CAMEO ${e.code}, ` +
          `quad ${e.quadClass}, Goldstein ${e.goldstein}, ${showDate(e.date) || 'undated'}; ${e.mentions} mention(s)\n\n`,
      );
      for (const m of rec.mentions) {
        process.stdout.write(`${m.document.path ?? m.documentId}${m.evidence.page === undefined ? '' : ` p. ${m.evidence.page}`} [${m.evidence.start}, ${m.evidence.end})` +
          `${m.document.published ? ` published ${m.document.published}` : ''} rule ${m.rule}\n  “${m.evidence.text.replace(/\s+/g, ' ').trim()}”\n`);
      }
      if (rec.mentions.length === 0 && e.sourceUrl) process.stdout.write(`source: ${e.sourceUrl}\n`);
      return;
    }
    printRows(
      rec.mentions.map((m) => ({ event: e.id, document: m.documentId, path: m.document.path ?? '', page: m.evidence.page ?? '', start: m.evidence.start, end: m.evidence.end, rule: m.rule, text: m.evidence.text })),
      format,
    );
  },
});
