/**
 * Test data from `../shared` (gold files, peer tables, real dataset samples) is read in place, never
 * copied. A user's clone has no `../shared`: tests that need it skip there, and fail under CI, which
 * always has it.
 */
import { existsSync } from 'node:fs';
import type { TestContext } from 'node:test';
import { sharedPath } from '../core/paths.js';

/**
 * The path of `../shared/<parts>`, or null after marking the test skipped when it is absent.
 * Under CI (env `CI` set) a missing file fails the test instead.
 */
export function sharedFile(t: TestContext, ...parts: string[]): string | null {
  const p = sharedPath(...parts);
  if (p && existsSync(p)) return p;
  const what = `../shared/${parts.join('/')}`;
  if (process.env['CI']) throw new Error(`${what} is missing, and CI always has it`);
  t.skip(`needs ${what}, which only the team's checkout has`);
  return null;
}
