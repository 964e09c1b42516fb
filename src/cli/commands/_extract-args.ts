/**
 * Command-line helpers `dyad extract` and `dyad eval` share: repeatable options (citty keeps only the
 * last value of an option given twice), positional files, and the `--published` check.
 */
import { DyadError } from '../../core/errors.js';
import { checkDatePrefix } from '../../core/days.js';
import type { DictionaryFiles } from '../../knowledge/petrarch/index.js';

/**
 * Every value of a repeatable option (`--dict a.yaml --dict=b.yaml`); citty keeps only the last.
 */
export function repeatedOption(rawArgs: readonly string[], name: string): string[] {
  const values: string[] = [];
  for (let i = 0; i < rawArgs.length; i++) {
    const a = rawArgs[i] as string;
    if (a === '--') break;
    if (a === `--${name}`) {
      const v = rawArgs[i + 1];
      if (v === undefined || v.startsWith('--')) throw new DyadError('BAD_ARGUMENT', `--${name} needs a value`, { place: { field: `--${name}` } });
      values.push(v);
      i++;
    } else if (a.startsWith(`--${name}=`)) values.push(a.slice(name.length + 3));
  }
  return values;
}

/** Positional arguments, given the options that take a value. */
export function positionals(rawArgs: readonly string[], valued: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < rawArgs.length; i++) {
    const a = rawArgs[i] as string;
    if (a === '--') {
      out.push(...rawArgs.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      if (!a.includes('=') && valued.includes(a.slice(2))) i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

/** Check a `--published` value: a year, a month or a day that exists (2017, 2017-03, 2017-03-08). */
export function checkPublished(value: string | undefined): string | null {
  if (value === undefined || value === '') return null;
  return checkDatePrefix(value, '--published');
}

/** The repeatable options naming users' TABARI/PETRARCH dictionaries, for citty's help. */
export const DICTIONARY_ARGS = {
  verbs: { type: 'string', description: 'A verb pattern dictionary in the CAMEO/PETRARCH format, added to the bundled CAMEO.2.0; repeatable', valueHint: 'FILE' },
  actors: { type: 'string', description: 'An actor dictionary in the Phoenix/PETRARCH format, added to the bundled Phoenix actors; repeatable', valueHint: 'FILE' },
  agents: { type: 'string', description: 'An agent dictionary in the Phoenix/PETRARCH format; repeatable', valueHint: 'FILE' },
} as const;

/** `--verbs`, `--actors`, `--agents` (each repeatable) as the extractor's `dictionaries`. */
export function dictionaryFiles(rawArgs: readonly string[]): DictionaryFiles {
  return { verbs: repeatedOption(rawArgs, 'verbs'), actors: repeatedOption(rawArgs, 'actors'), agents: repeatedOption(rawArgs, 'agents') };
}

/** Malformed lines of a user's dictionary: named on stderr; the rest of the file is used. */
export function warnDictionaryProblem(e: DyadError): void {
  console.error(`dyad: warning: ${e.describe()}`);
}
