/**
 * How the CLI reports an error that stopped a command: one message naming what and where, never a
 * stack trace (set DYAD_DEBUG=1 to see one), and the exit code that goes with it.
 */
import { isDyadError } from '../core/errors.js';

/** Print `err` to stderr and return the exit code: 2 for wrong usage, 1 otherwise. */
export function reportFailure(err: unknown): number {
  const debug = Boolean(process.env['DYAD_DEBUG']);
  if (isDyadError(err)) {
    console.error(`dyad: ${err.describe()}`);
    if (debug && err.stack) console.error(err.stack);
    return err.code === 'BAD_ARGUMENT' ? 2 : 1;
  }
  const e = err as { name?: string; message?: string; code?: string; stack?: string };
  if (e && e.name === 'CLIError') {
    console.error(`dyad: ${e.message ?? String(err)}\n  Run 'dyad --help' or 'dyad COMMAND --help'.`);
    return 2;
  }
  console.error(`dyad: internal error: ${e?.message ?? String(err)}`);
  console.error('  This is a bug in Dyad; run again with DYAD_DEBUG=1 and report what it prints.');
  if (debug && e?.stack) console.error(e.stack);
  return 1;
}
