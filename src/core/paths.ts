/**
 * Where the package's own files are, whether the code runs from `src/` (tsx) or `dist/src/` (built):
 * data files live in `<package root>/data`, the example corpus in `<package root>/examples`.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findPackageRoot(from: string): string {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'data'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`dyad: cannot find the package root above ${from}`);
    dir = parent;
  }
}

export const PACKAGE_ROOT = findPackageRoot(dirname(fileURLToPath(import.meta.url)));

/** A file under `data/`. */
export function dataPath(...parts: string[]): string {
  return join(PACKAGE_ROOT, 'data', ...parts);
}

/** A path under the package root. */
export function packagePath(...parts: string[]): string {
  return join(PACKAGE_ROOT, ...parts);
}

/**
 * `../shared` beside the clone, where the team's test data lives (never copied into the project).
 * Returns null on a user's clone, where it does not exist.
 */
export function sharedPath(...parts: string[]): string | null {
  const root = join(PACKAGE_ROOT, '..', 'shared');
  return existsSync(root) ? join(root, ...parts) : null;
}
