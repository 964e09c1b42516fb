/**
 * A cache of what data files compile to, so a process does not pay again for files it has read
 * before: a data file's parsed, validated value as JSON (the package's YAML takes a second or more
 * to parse and check; its JSON reads in milliseconds), and larger compiled forms (a dictionary's
 * phrase table) in V8's serialisation, which gives maps and typed arrays back as they were. Entries
 * are named by a hash of everything they were made from (the file's text, its schema or the
 * compiler's version), so an edited file or a changed compiler simply misses; the cache never holds
 * a file that failed to parse or validate, and an entry is written under a temporary name and
 * renamed, so a process reading it beside one writing it sees the whole entry or none. It lives in
 * `$DYAD_CACHE_DIR`, else `$XDG_CACHE_HOME/dyad`, else `%LOCALAPPDATA%\dyad\cache` on Windows, else
 * `~/.cache/dyad`; `DYAD_CACHE=off` turns it off. Writing a compiled form removes that form's
 * entries made from other sources and written more than a month ago. Trouble with it (no home, a
 * read-only disk) just means compiling the slow way; a damaged entry is compiled again and
 * replaced, with a process warning (`DYAD_CACHE_DAMAGED`) naming it.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';

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
export function cacheDir(): string | null {
  if (process.env['DYAD_CACHE'] === 'off') return null;
  const own = process.env['DYAD_CACHE_DIR'];
  if (own) return own;
  const xdg = process.env['XDG_CACHE_HOME'];
  if (xdg) return join(xdg, 'dyad');
  const local = process.platform === 'win32' ? process.env['LOCALAPPDATA'] : undefined;
  if (local) return join(local, 'dyad', 'cache');
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

/**
 * The entry for a compiled form named `name` (`petrarch-actors`), made from `key`: the hashes of its
 * sources and its compiler's version, in order. V8's serialisation is that of this Node, whose version
 * is part of the key; null when the cache is off.
 */
export function compiledEntry(name: string, key: readonly string[]): string | null {
  const dir = cacheDir();
  if (!dir) return null;
  const h = createHash('sha256').update(FORMAT).update('\u0000').update(process.versions.v8);
  for (const k of key) h.update('\u0000').update(k);
  return join(dir, `${name}-${h.digest('hex').slice(0, 40)}.v8`);
}

/**
 * A hash of a compiler's own code: the modules `names` (without extension) in the folder of
 * `moduleUrl` (an `import.meta.url`), as a key part, so a changed compiler compiles again rather than
 * trust what an older one wrote. Works from `src/` (tsx) and `dist/` alike.
 */
export function codeVersion(moduleUrl: string, names: readonly string[]): string {
  const here = fileURLToPath(moduleUrl);
  const h = createHash('sha256');
  for (const name of names) {
    try {
      h.update(readFileSync(join(dirname(here), name + extname(here))));
    } catch {
      h.update(name);
    }
  }
  return h.digest('hex').slice(0, 16);
}

/** The sha256 of a source's text (or bytes), as a key part of what is compiled from it. */
export function contentHash(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

function damaged(entry: string, cause: unknown): undefined {
  const why = cause instanceof Error ? cause.message : String(cause);
  process.emitWarning(`dyad: the cache entry ${basename(entry)} is damaged (${why}); it is compiled again and replaced`, {
    code: 'DYAD_CACHE_DAMAGED',
    detail: `cache entry: ${entry}`,
  });
  return undefined;
}

/**
 * The cached value, or undefined on a miss. A damaged entry (not JSON, not V8's serialisation, or not
 * the shape `check` wants) is a miss with a warning; `check` looks at the outer shape only (the
 * project wrote the entry, and its name says from what).
 */
export function readCached(entry: string, check?: (value: unknown) => boolean): unknown {
  let bytes: Buffer;
  try {
    bytes = readFileSync(entry);
  } catch {
    return undefined;
  }
  try {
    const value: unknown = entry.endsWith('.v8') ? deserialize(bytes) : JSON.parse(bytes.toString('utf8'));
    if (check && !check(value)) return damaged(entry, new Error('not the shape its compiler writes'));
    return value;
  } catch (cause) {
    return damaged(entry, cause);
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

/**
 * Store a compiled value (as JSON, or V8's serialisation for a `.v8` entry). It is written to a
 * temporary name of this process's own and renamed, so readers never see half a file.
 */
export function writeCached(entry: string, value: unknown): void {
  const v8 = entry.endsWith('.v8');
  if (!v8 && !jsonSafe(value)) return;
  const tmp = `${entry}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  try {
    mkdirSync(join(entry, '..'), { recursive: true, mode: 0o700 });
    writeFileSync(tmp, v8 ? serialize(value) : JSON.stringify(value), { mode: 0o600 });
    renameSync(tmp, entry);
    if (v8) pruneSiblings(entry);
  } catch {
    // No cache this time; the value is still right.
    try {
      rmSync(tmp, { force: true });
    } catch {
      // Left for the operating system's cleaning of the cache folder.
    }
  }
}

/** How long a compiled form's superseded entries are kept (another checkout may still use one). */
const KEEP_SUPERSEDED_MS = 30 * 24 * 3600 * 1000;

/**
 * Remove the entries of the same compiled form (`petrarch-actors-*.v8`) made from other sources or
 * another compiler and written more than a month ago: each is megabytes, and each edit or upgrade
 * would leave one more.
 */
function pruneSiblings(entry: string): void {
  const dir = dirname(entry);
  const name = basename(entry).replace(/-[0-9a-f]{40}\.v8$/, '-');
  const now = Date.now();
  for (const f of readdirSync(dir)) {
    if (!f.startsWith(name) || !/^[0-9a-f]{40}\.v8$/.test(f.slice(name.length)) || join(dir, f) === entry) continue;
    try {
      if (now - statSync(join(dir, f)).mtimeMs > KEEP_SUPERSEDED_MS) rmSync(join(dir, f), { force: true });
    } catch {
      // Another process removed it first.
    }
  }
}
