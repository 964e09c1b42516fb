/**
 * Strict command lines. citty parses leniently: an unknown option (`--dayd`) is kept and ignored, and
 * a stray word is dropped, so a typo silently changes what a command does. Every command line is
 * checked here against its command's own definition before the command runs: an unknown option, a
 * single-dash long option (`-store`), an option without its value and a word no argument takes are
 * errors that name them, with the closest options. One check for every command, the ones to come too.
 */
import type { ArgDef, CommandDef } from 'citty';
import { closest } from '../core/closest.js';
import { DyadError } from '../core/errors.js';

/** Marks a positional argument that takes every remaining word (files, globs). */
const MANY = 'many';

/**
 * A positional argument that takes one or more words (`dyad ingest a.txt b.txt notes/`); the command
 * reads them from `args._`. Any other positional takes exactly one word.
 * @example args: { files: many({ description: 'Dataset files', required: true }) }
 */
export function many<T extends { description?: string; required?: boolean; valueHint?: string }>(def: T) {
  return { ...def, type: 'positional' as const, [MANY]: true as const };
}

type Def = CommandDef;
type Resolvable<T> = T | Promise<T> | (() => T | Promise<T>);

/** A citty value that may be given as itself, a promise or a function returning either. */
export async function resolve<T>(value: Resolvable<T> | undefined): Promise<T | undefined> {
  return typeof value === 'function' ? await (value as () => T | Promise<T>)() : await value;
}

const kebab = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
const camel = (s: string) => s.replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

interface Options {
  /** Every spelling of every option (name, kebab and camel case, aliases) → its definition. */
  byName: Map<string, ArgDef>;
  /** The names a person writes, for hints. */
  shown: string[];
  positionals: ArgDef[];
}

function optionsOf(args: Record<string, ArgDef>): Options {
  const byName = new Map<string, ArgDef>();
  const shown: string[] = [];
  const positionals: ArgDef[] = [];
  for (const [name, def] of Object.entries(args)) {
    if (def.type === 'positional') {
      positionals.push(def);
      continue;
    }
    const alias = (def as { alias?: string | string[] }).alias;
    const aliases: string[] = alias === undefined ? [] : Array.isArray(alias) ? alias : [alias];
    for (const n of [name, kebab(name), camel(name), ...aliases]) byName.set(n, def);
    shown.push(`--${kebab(name)}`, ...aliases.filter((a) => a.length > 1).map((a) => `--${a}`));
  }
  return { byName, shown, positionals };
}

function unknownOption(written: string, opts: Options, command: string): DyadError {
  const near = closest(written.replace(/^-+/, ''), opts.shown.map((s) => s.slice(2))).map((s) => `--${s}`);
  return new DyadError('BAD_ARGUMENT', `unknown option '${written}' for ${command}`, {
    hint: near.length ? `Did you mean ${near.join(' or ')}? See '${command} --help'.` : `See '${command} --help' for its options.`,
  });
}

/**
 * Check `rawArgs` against `cmd` (and the subcommand they name, if any); throws `BAD_ARGUMENT` naming
 * the first option or word that has no place.
 * @example await checkArguments(main, ['events', '--dayd', 'SRB:NATO']) // throws: unknown option '--dayd'
 */
export async function checkArguments(cmd: Def, rawArgs: readonly string[], path = ''): Promise<void> {
  const meta = await resolve(cmd.meta);
  const command = [path, meta?.name].filter(Boolean).join(' ') || 'dyad';
  const opts = optionsOf((await resolve(cmd.args)) ?? {});
  const subCommands = (await resolve(cmd.subCommands)) as Record<string, Resolvable<Def>> | undefined;
  const words: string[] = [];
  for (let i = 0; i < rawArgs.length; i++) {
    const arg = rawArgs[i] ?? '';
    if (arg === '--') {
      words.push(...rawArgs.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      if (subCommands && words.length === 0 && opts.positionals.length === 0) {
        const sub = subCommands[arg];
        if (!sub) {
          const near = closest(arg, Object.keys(subCommands));
          throw new DyadError('BAD_ARGUMENT', `unknown command '${arg}'`, {
            hint: near.length ? `Did you mean ${near.join(' or ')}? Run '${command} --help'.` : `Run '${command} --help' for the commands.`,
          });
        }
        const def = await resolve(sub);
        if (def) await checkArguments(def, rawArgs.slice(i + 1), command);
        return;
      }
      words.push(arg);
      continue;
    }
    if (!arg.startsWith('--')) {
      // Short options: only single letters that are declared aliases; `-store` is a typo for `--store`.
      const def = arg.length === 2 ? opts.byName.get(arg.slice(1)) : undefined;
      if (!def) {
        const long = opts.byName.has(arg.slice(1)) ? `--${arg.slice(1)}` : undefined;
        if (long) {
          throw new DyadError('BAD_ARGUMENT', `unknown option '${arg}' for ${command}`, {
            hint: `Long options take two dashes: ${long}.`,
          });
        }
        throw unknownOption(arg, opts, command);
      }
      if (def.type === 'string' || def.type === 'enum') i = needValue(rawArgs, i, arg, command);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const def = opts.byName.get(name);
    if (!def && name.startsWith('no-')) {
      const negated = opts.byName.get(name.slice(3));
      if (negated?.type === 'boolean' && eq < 0) continue;
    }
    if (!def) throw unknownOption(`--${name}`, opts, command);
    if ((def.type === 'string' || def.type === 'enum') && eq < 0) i = needValue(rawArgs, i, arg, command);
  }
  const takesMany = opts.positionals.some((p) => (p as { [MANY]?: boolean })[MANY]);
  if (!takesMany && words.length > opts.positionals.length) {
    const stray = words.slice(opts.positionals.length);
    const takes = opts.positionals.length === 0 ? 'takes no arguments' : `takes ${opts.positionals.length} argument${opts.positionals.length > 1 ? 's' : ''}`;
    throw new DyadError('BAD_ARGUMENT', `unexpected argument${stray.length > 1 ? 's' : ''} ${stray.map((s) => `'${s}'`).join(' ')}: ${command} ${takes}`, {
      hint: `Options start with --; see '${command} --help'.`,
    });
  }
}

/** The index of an option's value; an option at the end of the line has none. */
function needValue(rawArgs: readonly string[], i: number, arg: string, command: string): number {
  const next = rawArgs[i + 1];
  if (next === undefined || (next.startsWith('--') && next.length > 2)) {
    throw new DyadError('BAD_ARGUMENT', `${arg} needs a value`, {
      hint: `See '${command} --help'.`,
    });
  }
  return i + 1;
}
