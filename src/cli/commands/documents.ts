/**
 * `dyad documents [--limit N] [--offset N]`: the stored documents, oldest first, with their ids, kinds
 * (news, press-release, chronology, brief), titles and file names; it says when more are stored than it shows.
 * `dyad documents rm ID… [--force]`: remove documents and what only they told (their mentions, the
 * events and milestones no other document tells, their indicators). It asks first on a terminal;
 * elsewhere (scripts, pipes) it needs --force, so nothing is removed by a command that was not meant.
 */
import { defineCommand } from 'citty';
import { basename } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { DyadError } from '../../core/errors.js';
import { many } from '../arguments.js';
import type { RemovedDocument } from '../../store/store.js';
import { parseFormat, printRows } from '../output.js';
import { cut, dbArg, formatArg, withStore } from './_store-args.js';

const limitArg = { type: 'string' as const, description: 'At most this many (default 100)', valueHint: 'N' };
const offsetArg = { type: 'string' as const, description: 'Skip this many', valueHint: 'N' };

function count(value: string | undefined, field: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new DyadError('BAD_ARGUMENT', `'${value}' is not a whole number`, { place: { field } });
  return n;
}

const list = defineCommand({
  meta: { name: 'list', description: 'List the stored documents (the default)' },
  args: { limit: limitArg, offset: offsetArg, db: dbArg, format: formatArg },
  async run({ args }) {
    const format = parseFormat(args.format);
    const limit = Math.max(1, count(args.limit, '--limit', 100));
    const offset = count(args.offset, '--offset', 0);
    // One more than asked for: whether more are stored is known without counting them all.
    const { docs, total } = await withStore(args.db, 'read', async (store) => {
      const docs = await store.listDocuments(limit + 1, offset);
      return { docs, total: docs.length > limit ? (await store.stats()).documents : null };
    });
    const shown = docs.slice(0, limit);
    const rows = shown.map((d) => ({ id: d.id, published: d.published, kind: d.kind ?? null, title: d.title ?? null, name: d.path ? basename(d.path) : null }));
    if (format === 'table') printRows(rows.map((r) => ({ ...r, title: cut(r.title, 50) })), 'table');
    else printRows(rows, format);
    if (total !== null) {
      process.stderr.write(`(${shown.length} of ${total} documents shown, from ${offset + 1}; --offset ${offset + shown.length} shows the next)\n`);
    }
  },
});

async function confirmed(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}

const describe = (r: RemovedDocument): string =>
  `removed ${r.documentId}: ${r.events} events only it told, ${r.mentions} mentions, ${r.milestones} milestones, ${r.indicators} indicators`;

const rm = defineCommand({
  meta: { name: 'rm', description: 'Remove documents and what only they told (asks first; --force to skip asking)' },
  args: {
    ids: many({ description: 'Document ids (as `dyad documents` lists them)', required: true }),
    force: { type: 'boolean', description: 'Remove without asking' },
    db: dbArg,
  },
  async run({ args }) {
    const ids = args._.map(String);
    for (const id of ids) {
      if (!/^[0-9a-f]{64}$/.test(id)) {
        throw new DyadError('BAD_ARGUMENT', `'${id}' is not a document id`, { place: { field: 'ID' }, hint: 'Give the 64-character id `dyad documents` lists.' });
      }
    }
    const interactive = Boolean(process.stdin.isTTY && process.stderr.isTTY);
    if (!args.force && !interactive) {
      throw new DyadError('BAD_ARGUMENT', 'removing documents needs --force when it cannot ask', {
        place: { field: '--force' },
        hint: `Run it on a terminal to be asked, or add --force: dyad documents rm ${ids.join(' ')} --force`,
      });
    }
    let missing = 0;
    await withStore(args.db, 'write', async (store) => {
      for (const id of ids) {
        const doc = await store.getDocument(id);
        if (!doc) {
          console.error(`dyad: no document ${id} [NOT_FOUND]`);
          missing++;
          continue;
        }
        const name = doc.title ?? (doc.path ? basename(doc.path) : id);
        if (!args.force && !(await confirmed(`Remove '${name}' (${id.slice(0, 12)}…) and what only it told? [y/N] `))) {
          console.error(`kept ${id}`);
          continue;
        }
        const removed = await store.removeDocument(id);
        if (removed) console.log(describe(removed));
      }
    });
    if (missing > 0) process.exitCode = 1;
  },
});

export default defineCommand({
  meta: { name: 'documents', description: 'List the stored documents, or remove some (documents rm ID…)' },
  // The list's options, so that `dyad documents --limit 5` is read as the list's, not as a sub-command.
  args: { limit: limitArg, offset: offsetArg, db: dbArg, format: formatArg },
  subCommands: { list, rm },
  default: 'list',
});
