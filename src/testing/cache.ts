/**
 * Tests of what the data cache keeps run with a cache folder of their own (`DYAD_CACHE_DIR`), fresh
 * and removed after, and record the process warnings the cache gives meanwhile.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Run `fn` with the data cache in a fresh folder; `dataDir` is a fresh folder for its files. */
export async function withCache(fn: (cacheDir: string, dataDir: string) => void | Promise<void>): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'dyad-cache-test-'));
  const before = { dir: process.env['DYAD_CACHE_DIR'], off: process.env['DYAD_CACHE'] };
  process.env['DYAD_CACHE_DIR'] = join(root, 'cache');
  delete process.env['DYAD_CACHE'];
  try {
    await fn(join(root, 'cache'), root);
  } finally {
    if (before.dir === undefined) delete process.env['DYAD_CACHE_DIR'];
    else process.env['DYAD_CACHE_DIR'] = before.dir;
    if (before.off !== undefined) process.env['DYAD_CACHE'] = before.off;
    rmSync(root, { recursive: true, force: true });
  }
}

/** The codes of the process warnings `fn` gives (they are emitted on the next tick, so awaited). */
export async function warningsOf(fn: () => void): Promise<string[]> {
  const codes: string[] = [];
  const listener = (w: Error & { code?: string }): void => void codes.push(w.code ?? w.name);
  process.on('warning', listener);
  try {
    fn();
    await new Promise((resolve) => setImmediate(resolve));
  } finally {
    process.off('warning', listener);
  }
  return codes;
}
