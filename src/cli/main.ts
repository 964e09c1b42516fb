/**
 * The `dyad` command line. Each command lives in `commands/<name>.ts` and is loaded only when run,
 * so `dyad extract` never pays for the database drivers. Errors are printed as one clear message
 * (never a stack trace unless DYAD_DEBUG is set) and mapped to exit codes scripts can trust:
 * 0 done, 1 failed (or some inputs failed), 2 wrong usage.
 */
import { defineCommand, renderUsage, runCommand, type CommandDef, type Resolvable } from 'citty';
import { readFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';
import { packagePath } from '../core/paths.js';
import { checkArguments, resolve } from './arguments.js';
import { reportFailure } from './failure.js';

type Lazy = () => Promise<CommandDef>;
// citty's CommandDef is invariant in its args, so a command with its own args is not a CommandDef<ArgsDef>:
// take any object and view it as a CommandDef.
const lazy = (load: () => Promise<{ default: object }>): Lazy => () => load().then((m) => m.default as CommandDef);

/** Every command, by name. Add yours here. */
export const COMMANDS: Record<string, Lazy> = {
  demo: lazy(() => import('./commands/demo.js')),
  ingest: lazy(() => import('./commands/ingest.js')),
  documents: lazy(() => import('./commands/documents.js')),
  stats: lazy(() => import('./commands/stats.js')),
  extract: lazy(() => import('./commands/extract.js')),
  eval: lazy(() => import('./commands/eval.js')),
  events: lazy(() => import('./commands/events.js')),
  dyad: lazy(() => import('./commands/dyad.js')),
  balance: lazy(() => import('./commands/balance.js')),
  ladder: lazy(() => import('./commands/ladder.js')),
  indicators: lazy(() => import('./commands/indicators.js')),
  report: lazy(() => import('./commands/report.js')),
  evidence: lazy(() => import('./commands/evidence.js')),
  serve: lazy(() => import('./commands/serve.js')),
  import: lazy(() => import('./commands/import.js')),
  export: lazy(() => import('./commands/export.js')),
};

function version(): string {
  const pkg = JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

export const main = defineCommand({
  meta: {
    name: 'dyad',
    version: version(),
    description: 'An open relations observatory: documents to dated, coded, evidence-linked events.',
  },
  subCommands: COMMANDS,
});

/** Run the CLI with `argv` (default: the process's arguments) and exit with its code. */
export async function runMain(argv: string[] = process.argv.slice(2)): Promise<void> {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) {
    const [cmd, parent] = await resolveForUsage(argv);
    // citty writes every alias with one dash; a long one (`--store`) takes two, as the strict check
    // wants. The column is right-aligned: the added dash takes the place of a space before it.
    const usage = (await renderUsage(cmd, parent)).replace(/ (\u001b\[\d+m)?-(\w[\w-]+)(?=,)/g, '$1--$2');
    // Colour only for a person at a terminal: help piped to a file or a pager is plain text.
    const plain = !process.stdout.isTTY || Boolean(process.env['NO_COLOR']);
    process.stdout.write(`${plain ? stripVTControlCharacters(usage) : usage}\n\n`);
    process.exit(argv.length === 0 ? 2 : 0);
  }
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
    console.log(version());
    return;
  }
  try {
    // Unknown options and stray words are errors before any command runs (citty would ignore them).
    await checkArguments(main, argv);
    await runCommand(main, { rawArgs: argv });
    if (process.exitCode === undefined) process.exitCode = 0;
  } catch (err) {
    process.exitCode = reportFailure(err);
  }
}

/**
 * The command whose help `argv` asks for, however deep (`documents rm`), and a parent named by the
 * path to it, so the usage line reads `dyad documents rm`.
 */
async function resolveForUsage(argv: string[]): Promise<[CommandDef, CommandDef | undefined]> {
  let cmd: CommandDef = main;
  const path: string[] = [];
  for (const word of argv) {
    if (word.startsWith('-')) continue;
    const subCommands = (await resolve(cmd.subCommands)) as Record<string, Resolvable<CommandDef>> | undefined;
    const sub = subCommands?.[word];
    if (!sub) break;
    path.push((await resolve(cmd.meta))?.name ?? word);
    cmd = (await resolve(sub)) ?? cmd;
  }
  return [cmd, path.length > 0 ? { meta: { name: path.join(' '), version: version() } } : undefined];
}
