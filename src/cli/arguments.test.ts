import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defineCommand, type CommandDef } from 'citty';
import { isDyadError } from '../core/errors.js';
import { checkArguments, many } from './arguments.js';
import { COMMANDS, main } from './main.js';

const events = defineCommand({
  meta: { name: 'events' },
  args: {
    dyad: { type: 'string' },
    limit: { type: 'string' },
    db: { type: 'string', alias: ['store'] },
    all: { type: 'boolean', alias: ['a'] },
    'max-bytes': { type: 'string' },
  },
});
const ingest = defineCommand({ meta: { name: 'ingest' }, args: { paths: many({ required: true }), db: { type: 'string' } } });
const ladder = defineCommand({ meta: { name: 'ladder' }, args: { actor: { type: 'positional', required: true }, at: { type: 'string' } } });
const documents = defineCommand({
  meta: { name: 'documents' },
  subCommands: { rm: defineCommand({ meta: { name: 'rm' }, args: { id: { type: 'positional', required: true } } }) },
});
const cli = defineCommand({
  meta: { name: 'dyad' },
  subCommands: { events, ingest, ladder, documents } as Record<string, CommandDef>,
});

async function refused(argv: string[]): Promise<{ message: string; hint: string }> {
  try {
    await checkArguments(cli, argv);
  } catch (err) {
    assert.ok(isDyadError(err), String(err));
    assert.equal(err.code, 'BAD_ARGUMENT');
    return { message: err.message, hint: err.hint ?? '' };
  }
  assert.fail(`accepted: ${argv.join(' ')}`);
}

test('the options a command declares pass, in every spelling citty reads', async () => {
  for (const argv of [
    ['events', '--dyad', 'SRB:NATO', '--limit=5'],
    ['events', '--store', 'x.duckdb', '-a', '--no-all'],
    ['events', '--max-bytes', '10', '--maxBytes=3'],
    ['ingest', 'a.txt', 'b.txt', 'notes/', '--db', 'x.duckdb'],
    ['ingest', '--', '--odd-name.txt'],
    ['ladder', 'SRB', '--at', '2016-01-01'],
    ['documents', 'rm', 'abc'],
  ]) await checkArguments(cli, argv);
});

test('an unknown option is named, with the closest ones', async () => {
  const r = await refused(['events', '--dayd', 'SRB:NATO']);
  assert.match(r.message, /unknown option '--dayd' for dyad events/);
  assert.match(r.hint, /--dyad/);
});

test('a long option written with one dash is refused and shown with two', async () => {
  const r = await refused(['events', '-store', 'other.duckdb']);
  assert.match(r.message, /'-store'/);
  assert.match(r.hint, /--store/);
  assert.match((await refused(['events', '-x'])).message, /unknown option '-x'/);
});

test('stray words are errors naming them', async () => {
  const r = await refused(['ladder', 'SRB', 'NATO']);
  assert.match(r.message, /unexpected argument 'NATO': dyad ladder takes 1 argument/);
  assert.match((await refused(['events', 'SRB:NATO'])).message, /'SRB:NATO': dyad events takes no arguments/);
  assert.match((await refused(['documents', 'rm', 'a', 'b'])).message, /'b': dyad documents rm takes 1 argument/);
});

test('an option without its value, and an unknown command, are named', async () => {
  assert.match((await refused(['events', '--limit'])).message, /--limit needs a value/);
  assert.match((await refused(['events', '--db', '--limit', '5'])).message, /--db needs a value/);
  const r = await refused(['evnts']);
  assert.match(r.message, /unknown command 'evnts'/);
  assert.match(r.hint, /events/);
  assert.match((await refused(['documents', 'remove', 'x'])).message, /unknown command 'remove'/);
});

test("every command of dyad takes the options its own help lists, and refuses one it does not", async () => {
  for (const [name, load] of Object.entries(COMMANDS)) {
    const cmd = await load();
    const args = Object.entries((cmd.args ?? {}) as Record<string, { type?: string }>);
    const option = args.find(([, d]) => d.type === 'string');
    const positional = args.filter(([, d]) => d.type === 'positional').map(() => 'X');
    const line = [name, ...positional, ...(option ? [`--${option[0]}`, 'v'] : [])];
    await checkArguments(main, line);
    await assert.rejects(checkArguments(main, [...line, '--no-such-option']), /unknown option '--no-such-option'/, name);
  }
});
