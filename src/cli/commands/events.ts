/**
 * `dyad events [--dyad SRB:NATO] [--actor A] [--from D] [--to D] [--root 05] [--quad 2]`: stored events,
 * oldest first, each with the sentence that tells it.
 */
import { defineCommand } from 'citty';
import { principalIn } from '../../analysis/index.js';
import { DyadError } from '../../core/errors.js';
import type { QuadClass } from '../../core/model.js';
import type { Dataset, EventFilter } from '../../store/store.js';
import { MAX_LIMIT } from '../../store/filters.js';
import { page } from '../../core/page.js';
import { noteMore, parseFormat, printRows } from '../output.js';
import { cut, dbArg, formatArg, showDate, withStore } from './_store-args.js';

/**
 * `SRB:NATO` → ['SRB', 'NATO']; `SRB/NATO`, `SRB,NATO` and `SRB-NATO` too, and names
 * (`Serbia:North Atlantic Treaty Organization`); a hyphen splits only when nothing else does
 * (`Guinea-Bissau:SEN`).
 */
export function parseDyad(value: string): [string, string] {
  const split = (re: RegExp) => value.split(re).map((s) => s.trim()).filter(Boolean);
  const parts = split(/[:/,]/).length > 1 ? split(/[:/,]/) : split(/-/);
  if (parts.length !== 2) {
    throw new DyadError('BAD_ARGUMENT', `'${value}' is not a dyad`, { place: { field: '--dyad' }, hint: 'Give two principals, e.g. --dyad SRB:NATO.' });
  }
  return [parts[0] ?? '', parts[1] ?? ''];
}

/** How many events `dyad events` lists without --limit. */
const DEFAULT_LIMIT = 1000;

function intArg(value: string | undefined, field: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n)) throw new DyadError('BAD_ARGUMENT', `'${value}' is not a whole number`, { place: { field } });
  return n;
}

export default defineCommand({
  meta: { name: 'events', description: 'List stored events, filtered by dyad, actor, dates, CAMEO root or quad class' },
  args: {
    dyad: { type: 'string', description: 'Two principals, either direction: SRB:NATO', valueHint: 'A:B' },
    actor: { type: 'string', description: 'A principal on either side', valueHint: 'CODE' },
    from: { type: 'string', description: 'Events that end on or after this day', valueHint: 'YYYY-MM-DD' },
    to: { type: 'string', description: 'Events that start on or before this day', valueHint: 'YYYY-MM-DD' },
    root: { type: 'string', description: 'CAMEO root, two digits (05)', valueHint: 'NN' },
    quad: { type: 'string', description: 'Quad class 1..4', valueHint: 'N' },
    dataset: { type: 'string', description: 'dyad, gdelt, gdelt1, icews or acled', valueHint: 'NAME' },
    limit: { type: 'string', description: 'At most this many (default 1000)', valueHint: 'N' },
    offset: { type: 'string', description: 'Skip this many', valueHint: 'N' },
    db: dbArg,
    format: formatArg,
  },
  async run({ args }) {
    const format = parseFormat(args.format);
    const filter: EventFilter = {};
    if (args.from) filter.from = args.from;
    if (args.to) filter.to = args.to;
    if (args.root) filter.root = args.root.padStart(2, '0');
    const quad = intArg(args.quad, 'quad');
    if (quad !== undefined) filter.quad = quad as QuadClass;
    if (args.dataset) filter.dataset = args.dataset as Dataset;
    const limit = intArg(args.limit, 'limit') ?? DEFAULT_LIMIT;
    const offset = intArg(args.offset, 'offset') ?? 0;
    if (offset) filter.offset = offset;
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new DyadError('BAD_ARGUMENT', `limit ${limit} is out of range`, { place: { field: '--limit' }, hint: `Give a whole number from 1 to ${MAX_LIMIT}.` });
    }
    const { rows: events, more } = await withStore(args.db, 'read', async (store) => {
      if (args.dyad) {
        const [a, b] = parseDyad(args.dyad);
        filter.dyad = [await principalIn(store, a, '--dyad'), await principalIn(store, b, '--dyad')];
      }
      if (args.actor) filter.actor = await principalIn(store, args.actor, '--actor');
      return page(limit, (n) => store.events({ ...filter, limit: n }), MAX_LIMIT);
    });
    const rows = format !== 'table'
      ? (events as unknown as Record<string, unknown>[])
      : events.map((e) => ({
        date: showDate(e.date),
        source: e.source.principal,
        target: e.target.principal,
        code: e.code,
        quad: e.quadClass,
        goldstein: e.goldstein,
        mentions: e.mentions,
        id: e.id,
        evidence: cut(e.evidence?.text ?? e.sourceUrl, 70),
      }));
    printRows(rows, format);
    // After the rows, where a reader's eye is when the list stops.
    if (more) noteMore('events', events.length, offset);
  },
});
