/**
 * The local channel of `dyad serve`: a second listener, on loopback only, through which the `dyad`
 * commands of this machine use the database the server holds (DuckDB lets one process hold a file for
 * writing). Its address and a key made anew on each start are written beside the database, readable by
 * the owner only; a request without that key is refused. It runs store methods on the server's own
 * store, so the API sees each write at once, and it is never part of the public API (not in the OpenAPI
 * document, not on the API's port). `--read-only` closes the API to writes; the owner's commands sent
 * here still write.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DyadError } from '../core/errors.js';
import {
  CHANNEL_PATH,
  HELLO_METHOD,
  IMPORT_METHOD,
  KEY_HEADER,
  channelKey,
  removeEndpoint,
  toWire,
  writeEndpoint,
  type ChannelRequest,
} from '../store/served/index.js';
import type { Store } from '../store/store.js';

/** A request body larger than this is refused (a document's text and extraction fit many times over). */
const MAX_BODY = 512 * 1024 * 1024;

/** Never callable through the channel: the server's own lifetime, and the row-by-row import. */
const NOT_CALLABLE = new Set(['close', 'beginImport', 'constructor']);

export interface LocalChannelOptions {
  /** The store the server holds (not a wrapper: results go back as they are). */
  store: Store;
  /** The database file the server holds. */
  db: string;
  /** The API's address, written in the endpoint file for messages. */
  api: string;
  /** The API takes no writes. */
  readOnly: boolean;
  /** Imports a dataset file already on this machine into `store` (as `dyad import` does). */
  importFile?: (store: Store, file: string, options: { format?: string; path?: string }) => Promise<unknown>;
}

export interface LocalChannel {
  /** The endpoint file written beside the database. */
  file: string;
  url: string;
  /** Stop listening and remove the endpoint file. */
  close(): Promise<void>;
}

const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

/** Start the channel and write the endpoint file beside `db`. */
export async function startLocalChannel(options: LocalChannelOptions): Promise<LocalChannel> {
  const key = channelKey();
  const want = digest(key);
  const server = createServer((req, res) => void answer(req, res));
  // An import may run for many minutes inside one request.
  server.requestTimeout = 0;

  async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const send = (status: number, body: unknown) => {
      const text = JSON.stringify(body);
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
      res.end(text);
    };
    try {
      const given = req.headers[KEY_HEADER];
      if (typeof given !== 'string' || !timingSafeEqual(digest(given), want)) {
        req.resume();
        send(401, { error: toWire(new DyadError('UNAUTHORIZED', 'the local channel needs its key', { hint: 'Commands on this machine read it from the file beside the database.' })) });
        return;
      }
      if (req.method !== 'POST' || req.url !== CHANNEL_PATH) {
        req.resume();
        send(404, { error: toWire(new DyadError('NOT_FOUND', `no channel endpoint ${req.method ?? ''} ${req.url ?? ''}`)) });
        return;
      }
      const call = JSON.parse(await readBody(req)) as Partial<ChannelRequest>;
      const result = await dispatch(String(call.method ?? ''), Array.isArray(call.args) ? call.args : []);
      send(200, { result: result ?? null });
    } catch (err) {
      send(200, { error: toWire(err) });
    }
  }

  async function dispatch(method: string, args: unknown[]): Promise<unknown> {
    const { store } = options;
    if (method === HELLO_METHOD) return { engine: store.engine, readOnly: options.readOnly };
    if (method === IMPORT_METHOD) {
      if (!options.importFile) throw new DyadError('STORE', 'this server does not import dataset files', { hint: 'Stop it and run `dyad import` again.' });
      const [file, opts] = args as [string, { format?: string; path?: string } | undefined];
      return options.importFile(store, String(file), opts ?? {});
    }
    const fn = (store as unknown as Record<string, unknown>)[method];
    if (NOT_CALLABLE.has(method) || method.startsWith('_') || method in Object.prototype || typeof fn !== 'function') {
      throw new DyadError('BAD_ARGUMENT', `the store has no method '${method}'`, { hint: 'The command and the server are different versions of Dyad: restart the server.' });
    }
    return (fn as (...a: unknown[]) => Promise<unknown>).apply(store, args);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const file = writeEndpoint({ db: options.db, pid: process.pid, channel: url, key, api: options.api, readOnly: options.readOnly });
  const cleanUp = () => removeEndpoint(options.db);
  process.once('exit', cleanUp);
  return {
    file,
    url,
    async close() {
      process.removeListener('exit', cleanUp);
      cleanUp();
      server.closeIdleConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new DyadError('INPUT_TOO_LARGE', 'the request is larger than the local channel takes', { hint: 'Split the input.' }));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
