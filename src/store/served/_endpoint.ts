/**
 * The file a running `dyad serve` writes beside the DuckDB database it holds (`DB.serve.json`, readable by
 * its owner only): where its local channel listens and the key that opens it. DuckDB lets one process
 * hold a file for writing, so while the server runs, every other `dyad` command on that database finds
 * this file and sends its work to the server instead of opening the file.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** What the file holds. */
export interface ServerEndpoint {
  /** The database, as an absolute path. */
  db: string;
  /** The server's process id. */
  pid: number;
  /** The local channel's base URL (always on loopback). */
  channel: string;
  /** The key the channel wants in `Dyad-Local-Key`; made anew on each start. */
  key: string;
  /** The API and dashboard's address, for messages. */
  api: string;
  /** The API takes no writes (`--read-only`); commands sent through the channel still may write. */
  readOnly: boolean;
}

/** Where the endpoint file of the database at `dbPath` lies (beside the real file, links followed). */
export function endpointFile(dbPath: string): string {
  let path = resolve(dbPath);
  try {
    path = realpathSync(path);
  } catch {
    // Not there (yet): the path as given.
  }
  return `${path}.serve.json`;
}

/** A fresh key for the channel. */
export function channelKey(): string {
  return randomBytes(32).toString('base64url');
}

/** Write the endpoint file whole (through a temporary file and a rename), readable by the owner only. */
export function writeEndpoint(e: ServerEndpoint): string {
  const file = endpointFile(e.db);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(e, null, 2)}\n`, { mode: 0o600 });
  renameSync(tmp, file);
  return file;
}

/** Remove the endpoint file, if it is this process's. */
export function removeEndpoint(dbPath: string): void {
  const e = readEndpoint(dbPath);
  if (e && e.pid === process.pid) rmSync(endpointFile(dbPath), { force: true });
}

/** The endpoint file of `dbPath`, or null when there is none (or it is not one). */
export function readEndpoint(dbPath: string): ServerEndpoint | null {
  let text: string;
  try {
    text = readFileSync(endpointFile(dbPath), 'utf8');
  } catch {
    return null;
  }
  try {
    const e = JSON.parse(text) as Partial<ServerEndpoint>;
    if (typeof e.pid !== 'number' || typeof e.channel !== 'string' || typeof e.key !== 'string') return null;
    return {
      db: typeof e.db === 'string' ? e.db : resolve(dbPath),
      pid: e.pid,
      channel: e.channel,
      key: e.key,
      api: typeof e.api === 'string' ? e.api : '',
      readOnly: e.readOnly === true,
    };
  } catch {
    return null;
  }
}

/** Whether process `pid` is alive (one of another user counts as alive). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The endpoint of a live server holding `dbPath`, or null. A file left by a server that was killed
 * names a dead process and is ignored.
 */
export function liveEndpoint(dbPath: string): ServerEndpoint | null {
  const e = readEndpoint(dbPath);
  return e && e.pid !== process.pid && processAlive(e.pid) ? e : null;
}
