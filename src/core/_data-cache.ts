/**
 * A cache of data files already parsed and validated, as JSON, so a process does not pay the YAML
 * parse and the schema compilation again for files it has read before (the package's dictionaries
 * take a second or more to parse; their JSON reads in milliseconds). Entries are named by a hash of
 * the file's text and its schema, so an edited file or schema simply misses; the cache never holds a
 * file that failed to parse or validate. It lives in `$DYAD_CACHE_DIR`, else `$XDG_CACHE_HOME/dyad`,
 * else `~/.cache/dyad`; `DYAD_CACHE=off` turns it off. Any trouble with it (no home, a read-only
 * disk, a damaged entry) just means reading the file the slow way.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Bump when what a cached entry means changes (the loader's parse options, say). */
const FORMAT = 'dyad-data-cache-1';

const schemaKeys = new WeakMap<object, string>();

function schemaKey(schema: object): string {
  let k = schemaKeys.get(schema);
  if (k === undefined) {
    k = JSON.stringify(schema);
    schemaKeys.set(schema, k);
  }
  return k;
}

/** The cache folder, or null when the cache is off or there is nowhere to put it. */
function cacheDir(): string | null {
  if (process.env['DYAD_CACHE'] === 'off') return null;
  const own = process.env['DYAD_CACHE_DIR'];
  if (own) return own;
  const xdg = process.env['XDG_CACHE_HOME'];
  if (xdg) return join(xdg, 'dyad');
  try {
    const home = homedir();
    return home ? join(home, '.cache', 'dyad') : null;
  } catch {
    return null;
  }
}

/** The cache entry's path for this text under this schema, or null when the cache is off. */
export function cacheEntry(text: string, schema: object): string | null {
  const dir = cacheDir();
  if (!dir) return null;
  const hash = createHash('sha256').update(FORMAT).update('\u0000').update(schemaKey(schema)).update('\u0000').update(text).digest('hex');
  return join(dir, `${hash.slice(0, 40)}.json`);
}

/** The cached value, or undefined on a miss (or a damaged entry). */
export function readCached(entry: string): unknown {
  try {
    return JSON.parse(readFileSync(entry, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Whether JSON gives this value back exactly: plain objects, arrays, strings, finite numbers,
 * booleans and null (YAML may give `.inf` or `.nan`, which JSON cannot hold).
 */
function jsonSafe(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(jsonSafe);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [k, v] of Object.entries(value)) if (k === '__proto__' || !jsonSafe(v)) return false;
    return true;
  }
  return false;
}

/** Store a parsed, validated value; written to a temporary name and renamed, so readers never see half a file. */
export function writeCached(entry: string, value: unknown): void {
  if (!jsonSafe(value)) return;
  try {
    mkdirSync(join(entry, '..'), { recursive: true, mode: 0o700 });
    const tmp = `${entry}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(value), { mode: 0o600 });
    renameSync(tmp, entry);
  } catch {
    // No cache this time; the value is still right.
  }
}
