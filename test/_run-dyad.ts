/**
 * Runs the built CLI (`node bin/dyad.js …`) as a user would, for the end-to-end tests: exit status,
 * stdout and stderr. `npm test` builds first; bin/dyad.js loads dist/.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import assert from 'node:assert/strict';
import { packagePath } from '../src/core/paths.js';

export interface DyadRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Run `dyad ARGS…` to completion. */
export function runDyad(args: readonly string[], options: SpawnSyncOptions = {}): DyadRun {
  const r = spawnSync(process.execPath, [packagePath('bin', 'dyad.js'), ...args], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    ...options,
    env: { ...process.env, TZ: 'UTC', DYAD_DEBUG: '', ...options.env },
  });
  return { status: r.status, stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? '') };
}

/** No stack trace on stderr, ever: a user sees messages, not `at file:line`. */
export function assertNoStackTrace(stderr: string): void {
  assert.doesNotMatch(stderr, /^\s+at .+[(:]\d+/m, `stack trace on stderr:\n${stderr}`);
  assert.doesNotMatch(stderr, /internal error/, `internal error on stderr:\n${stderr}`);
}

/** A fixture under test/fixtures. */
export const fixture = (...parts: string[]) => packagePath('test', 'fixtures', ...parts);
