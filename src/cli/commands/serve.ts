/**
 * `dyad serve`: the JSON API and the dashboard over a store. Binds 127.0.0.1 unless `--host` says
 * otherwise. Writes (posting a document, uploading a dataset file) need the bearer token in DYAD_TOKEN;
 * when none is set a one-off token is made and printed, so the dashboard's "Add a document" works on
 * the machine that started it. `--read-only` closes the API to writes; `--private` needs the token for
 * reads too. A DuckDB file stays held by the server while it runs; the other `dyad` commands of this
 * machine find it through the file it writes beside the database and go through its local channel.
 */
import { defineCommand } from 'citty';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { DyadError, isDyadError } from '../../core/errors.js';
import type { Extraction } from '../../core/model.js';
import { buildServer, startLocalChannel, type DatasetImporter, type DocumentExtractor, type LocalChannel } from '../../server/index.js';
import { liveEndpoint } from '../../store/served/index.js';
import type { Store } from '../../store/store.js';
import type { ExtractOptions } from '../../pipeline/extract.js';
import { DICTIONARY_ARGS, dictionaryFiles, warnDictionaryProblem } from './_extract-args.js';
import { openStore, resolveStoreUrl } from '../../store/open.js';
import { dbArg } from './_store-args.js';

/** The extractor loads its language model on first use, so a read-only session never pays for it. */
export function lazyExtractor(options: ExtractOptions = {}): DocumentExtractor {
  let made: Promise<{ extract(text: string, input?: object): Extraction }> | null = null;
  return {
    async extract(text, info) {
      made ??= import('../../pipeline/extract.js').then((m) => m.createExtractor(options));
      let extractor;
      try {
        extractor = await made;
      } catch (err) {
        // A failed start (a bad data file) is tried again on the next post, once the file is fixed.
        made = null;
        throw err;
      }
      return extractor.extract(text, info);
    },
  };
}

/** Imports an uploaded file the way `dyad import` does (format detection, bulk path, quarantine). */
export const datasetImporter: DatasetImporter = async ({ file, format, store }) => {
  const { importFile, parseImportFormat } = await import('../../importers/index.js');
  const r = await importFile(store, file, { format: parseImportFormat(format) });
  return { format: r.format, rows: r.rows, inserted: r.inserted, duplicates: r.duplicates, quarantined: r.quarantined };
};

/**
 * Open the DuckDB file for this server: for writing where the file allows it, else (a file or folder the
 * user may not write) for reading only.
 */
async function openServedDuckDb(path: string): Promise<Store> {
  try {
    return await openStore(path, { direct: true, serving: true });
  } catch (err) {
    const denied = isDyadError(err) && /permission denied|read-only file system/i.test(err.message);
    if (!denied || !existsSync(path)) throw err;
    return openStore(path, { direct: true, serving: true, readOnly: true });
  }
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new DyadError('BAD_ARGUMENT', `'${value}' is not a port`, { place: { field: '--port' }, hint: 'Give a number from 0 to 65535 (0 picks a free one).' });
  }
  return port;
}

export default defineCommand({
  meta: { name: 'serve', description: 'Serve the JSON API and the dashboard over a store' },
  args: {
    db: dbArg,
    host: { type: 'string', description: 'Address to bind (default 127.0.0.1: this machine only)', default: '127.0.0.1', valueHint: 'HOST' },
    port: { type: 'string', description: 'Port (0 picks a free one)', default: '8080', valueHint: 'PORT' },
    private: { type: 'boolean', description: 'Reads need the token too', default: false },
    'read-only': { type: 'boolean', description: 'Take no writes (no document posts, no uploads)', default: false },
    log: { type: 'boolean', description: 'Log every request', default: false },
    ...DICTIONARY_ARGS,
  },
  async run({ args, rawArgs }) {
    // Users' dictionaries code posted documents; a missing file is named now, not at the first post.
    const dictionaries = dictionaryFiles(rawArgs);
    for (const f of [...(dictionaries.verbs ?? []), ...(dictionaries.actors ?? []), ...(dictionaries.agents ?? [])])
      if (!existsSync(f)) throw new DyadError('INPUT_NOT_FOUND', 'cannot read the dictionary', { place: { file: f }, hint: 'Check the path.' });
    const port = parsePort(args.port);
    const readOnly = args['read-only'];
    let token = readOnly ? undefined : process.env['DYAD_TOKEN']?.trim() || undefined;
    const madeToken = !readOnly && !token;
    if (madeToken) token = randomBytes(18).toString('base64url');
    if (args.private && !token) {
      throw new DyadError('BAD_ARGUMENT', '--private needs a token, and --read-only takes none', { place: { field: '--private' }, hint: 'Set DYAD_TOKEN and drop --read-only.' });
    }
    const url = resolveStoreUrl(args.db);
    const isDuckDb = !url.includes('://');
    const dbPath = url.replace(/^duckdb:/i, '');
    const isNew = isDuckDb && !existsSync(dbPath);
    if (isNew && readOnly) {
      throw new DyadError('NOT_FOUND', `no database at ${url}`, {
        place: { file: url, field: '--db' },
        hint: 'Load one first with `dyad demo` or `dyad ingest PATH…`, or point --db at one.',
      });
    }
    const other = isDuckDb ? liveEndpoint(dbPath) : null;
    if (other) {
      throw new DyadError('STORE', `this database is already served by process ${other.pid}${other.api ? ` at ${other.api}` : ''}`, {
        place: { file: url, field: '--db' },
        hint: 'Use that server (its API, or any `dyad` command: they go through it), or stop it first.',
      });
    }
    // The server holds a DuckDB file for writing even with --read-only (which closes only the API to
    // writes), so that the commands of this machine can write through it while it runs.
    const store = isDuckDb ? await openServedDuckDb(dbPath) : await openStore(url, { readOnly });
    const app = await buildServer({
      store,
      token,
      private: args.private,
      readOnly,
      extractor: readOnly ? null : lazyExtractor({ dictionaries, onDictionaryProblem: warnDictionaryProblem }),
      importer: readOnly ? null : datasetImporter,
      logger: args.log,
    });
    let channel: LocalChannel | null = null;
    const shutdown = async () => {
      await channel?.close();
      await app.close();
      await store.close();
      process.exit(0);
    };
    process.once('SIGINT', () => void shutdown());
    process.once('SIGTERM', () => void shutdown());
    try {
      await app.listen({ host: args.host, port });
    } catch (cause) {
      await app.close();
      await store.close();
      const code = (cause as { code?: string }).code;
      throw new DyadError('BAD_ARGUMENT', `cannot listen on ${args.host}:${port}: ${code ?? String(cause)}`, {
        place: { field: code === 'EADDRINUSE' ? '--port' : '--host' },
        hint: code === 'EADDRINUSE' ? 'Another program uses that port: pick another with --port (0 picks a free one).' : 'Check --host.',
        cause,
      });
    }
    const addr = app.server.address();
    const bound = typeof addr === 'object' && addr ? addr.port : port;
    const shownHost = args.host.includes(':') ? `[${args.host}]` : args.host;
    if (isDuckDb) {
      channel = await startLocalChannel({
        store,
        db: dbPath,
        api: `http://${shownHost}:${bound}/`,
        readOnly,
        importFile: async (s, file, o) => {
          const { importFile, parseImportFormat } = await import('../../importers/index.js');
          return importFile(s, file, { format: parseImportFormat(o.format ?? 'auto'), ...(o.path === 'bulk' || o.path === 'rows' ? { path: o.path } : {}) });
        },
      });
    }
    console.log(`Dyad dashboard: http://${shownHost}:${bound}/`);
    console.log(`  API: http://${shownHost}:${bound}/api/openapi.json · store ${url}${isNew ? ' (new, empty)' : ''}`);
    if (readOnly) console.log('  read-only: the API takes no writes');
    else if (madeToken) console.log(`  token for writes (this run only; set DYAD_TOKEN to choose one): ${token}`);
    else console.log('  writes need the token in DYAD_TOKEN');
    if (args.host !== '127.0.0.1' && args.host !== 'localhost' && args.host !== '::1') {
      console.log(`  listening beyond this machine (${args.host})${args.private ? '' : ': reads are open to anyone who can reach it'}`);
    }
    if (channel) console.log(`  other dyad commands on ${url} go through this server while it runs (${channel.file})`);
    console.log('  Ctrl-C stops it.');
  },
});
