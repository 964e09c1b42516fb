/**
 * The store of a database that a running `dyad serve` holds: every call goes to the server's local
 * channel, which runs it on the server's own store. Commands therefore read what the API serves and
 * write where the API reads, and the server sees each write at once. Documents are extracted in the
 * command's process and only stored by the server; a dataset file is imported in the server's process,
 * which reads the file itself (both run on the same machine).
 */
import { Agent, request } from 'node:http';
import { resolve } from 'node:path';
import type { DocumentInfo } from '../../core/model.js';
import { DyadError } from '../../core/errors.js';
import type { ImportBatchInfo, ImportSink } from '../import-sink.js';
import { wholeExtraction } from '../_pieces.js';
import type {
  DocumentExtraction,
  DyadSeriesQuery,
  DyadSeriesRow,
  EventFilter,
  EvidenceRecord,
  MilestoneFilter,
  PutResult,
  RemovedDocument,
  Store,
  StoreStats,
  StoredDocument,
  StoredEvent,
  StoredIndicator,
  StoredMilestone,
} from '../store.js';
import type { ServerEndpoint } from './_endpoint.js';
import { CHANNEL_PATH, HELLO_METHOD, IMPORT_METHOD, KEY_HEADER, fromWire, type WireError } from './_protocol.js';

/** What the server says to `hello`. */
interface Hello {
  engine: string;
  readOnly: boolean;
}

/** A `Store` whose every call is run by the `dyad serve` that holds the database. */
export class ServedStore implements Store {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 4 });

  private constructor(
    readonly endpoint: ServerEndpoint,
    readonly engine: string,
  ) {}

  /**
   * Connect to the server of `endpoint`; null when nothing answers there (a server killed without
   * cleaning up leaves its file behind), so the caller can open the file itself.
   */
  static async connect(endpoint: ServerEndpoint): Promise<ServedStore | null> {
    const store = new ServedStore(endpoint, 'duckdb');
    try {
      const hello = await store.call<Hello>(HELLO_METHOD, []);
      return new ServedStore(endpoint, hello.engine);
    } catch (err) {
      if (err instanceof ChannelDown) return null;
      throw err;
    } finally {
      store.agent.destroy();
    }
  }

  /** Run `method` with `args` on the server's store. */
  call<T>(method: string, args: unknown[]): Promise<T> {
    const body = JSON.stringify({ method, args });
    const { endpoint } = this;
    return new Promise<T>((resolvePromise, reject) => {
      const req = request(
        `${endpoint.channel}${CHANNEL_PATH}`,
        {
          method: 'POST',
          agent: this.agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), [KEY_HEADER]: endpoint.key },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', (cause) => reject(stopped(endpoint, cause)));
          res.on('end', () => {
            let parsed: { result?: unknown; error?: WireError };
            try {
              parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as typeof parsed;
            } catch (cause) {
              reject(stopped(endpoint, cause));
              return;
            }
            if (parsed.error) reject(fromWire(parsed.error));
            else resolvePromise(parsed.result as T);
          });
        },
      );
      req.on('error', (cause) => {
        const code = (cause as NodeJS.ErrnoException).code;
        reject(code === 'ECONNREFUSED' && method === HELLO_METHOD ? new ChannelDown(cause) : stopped(endpoint, cause));
      });
      req.end(body);
    });
  }

  async putDocument(doc: StoredDocument, extraction: DocumentExtraction): Promise<PutResult> {
    // The channel carries one JSON body: a long document's pieces travel gathered into one extraction.
    return this.call('putDocument', [doc, await wholeExtraction(extraction)]);
  }
  removeDocument(id: string): Promise<RemovedDocument | null> {
    return this.call('removeDocument', [id]);
  }
  hasDocument(id: string): Promise<boolean> {
    return this.call('hasDocument', [id]);
  }
  getDocument(id: string): Promise<StoredDocument | null> {
    return this.call('getDocument', [id]);
  }
  listDocuments(limit?: number, offset?: number): Promise<DocumentInfo[]> {
    return this.call('listDocuments', [limit, offset]);
  }
  events(filter: EventFilter): Promise<StoredEvent[]> {
    return this.call('events', [filter]);
  }
  dyadSeries(q: DyadSeriesQuery): Promise<DyadSeriesRow[]> {
    return this.call('dyadSeries', [q]);
  }
  milestones(filter: MilestoneFilter): Promise<StoredMilestone[]> {
    return this.call('milestones', [filter]);
  }
  indicators(subject?: string): Promise<StoredIndicator[]> {
    return this.call('indicators', [subject]);
  }
  evidence(eventId: string): Promise<EvidenceRecord | null> {
    return this.call('evidence', [eventId]);
  }
  principals(): Promise<{ principal: string; events: number }[]> {
    return this.call('principals', []);
  }
  stats(): Promise<StoreStats> {
    return this.call('stats', []);
  }
  optimize(): Promise<void> {
    return this.call('optimize', []);
  }

  /** Rows cannot stream over the channel: importers call `importFile`, which the server runs whole. */
  beginImport(info: ImportBatchInfo): Promise<ImportSink> {
    return Promise.reject(
      new DyadError('STORE', 'an import into a database that `dyad serve` holds runs in the server', {
        place: { file: info.file },
        hint: 'Import with `dyad import FILE` (it hands the file to the server), or stop the server first.',
      }),
    );
  }

  /**
   * Import `file` in the server's process (the path is made absolute; the server reads the file). The
   * answer is the importers' own result (`R`), which this store carries without reading it.
   */
  importFile<R>(file: string, options: { format?: string; path?: string } = {}): Promise<R> {
    return this.call<R>(IMPORT_METHOD, [resolve(file), { format: options.format ?? 'auto', path: options.path ?? 'auto' }]);
  }

  close(): Promise<void> {
    this.agent.destroy();
    return Promise.resolve();
  }
}

/** Nothing listens at the channel's address. */
class ChannelDown extends Error {
  constructor(cause: unknown) {
    super('the local channel does not answer', { cause });
  }
}

function stopped(e: ServerEndpoint, cause: unknown): DyadError {
  return new DyadError('STORE', `dyad serve (process ${e.pid}${e.api ? `, ${e.api}` : ''}) stopped answering: ${cause instanceof Error ? cause.message : String(cause)}`, {
    place: { file: e.db },
    hint: 'Run the command again: once the server has stopped, it opens the database itself.',
    cause,
  });
}

/** Whether `store` is run by a `dyad serve`. */
export function isServedStore(store: Store): store is ServedStore {
  return store instanceof ServedStore;
}
