/**
 * Imports one dataset file into a store: detects the format, then takes the bulk path (the store's own
 * CSV reader) where the format and the store allow it, else streams the file through the row parser in
 * batches. Bad rows are quarantined with file, line and reason and the import goes on; the store skips
 * keys it already holds, so a second import of the same file adds nothing.
 */
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { ImportSink, ImportSummary, QuarantinedRow } from '../store/import-sink.js';
import type { Store } from '../store/store.js';
import { isServedStore } from '../store/served/index.js';
import { decompressedChunks, detectCompression, fileSize, lineBatches, verifyGzip } from './_stream.js';
import { isBulkCsvSink } from '../store/bulk-sink.js';
import { detectFormat, type ImportFormat } from './detect.js';
import type { Importer, ParsedLines } from './importer.js';
import { importerFor } from './registry.js';

/** Which way rows go in: `bulk` (the store's CSV reader), `rows` (parsed in JS), `auto` (bulk when possible). */
export type ImportPath = 'auto' | 'bulk' | 'rows';

export interface ImportProgress {
  file: string;
  /** Compressed bytes read so far (rows path), or the file size once the bulk read is done. */
  bytes: number;
  totalBytes: number;
  rows: number;
  phase: 'reading' | 'quarantine' | 'storing';
}

export interface ImportFileOptions {
  format?: ImportFormat | 'auto';
  path?: ImportPath;
  onProgress?: (p: ImportProgress) => void;
}

export interface ImportFileResult extends ImportSummary {
  file: string;
  format: ImportFormat;
  /** Data rows read (header excluded). */
  rows: number;
  path: 'bulk' | 'rows';
  /** Milliseconds per step (bulk read, mapping, storing …), for benchmarks. */
  phases: Record<string, number>;
}

/**
 * Import `file` into `store`.
 * @example const r = await importFile(store, 'data/20191024143000.export.CSV.zip'); r.inserted;
 */
export async function importFile(store: Store, file: string, options: ImportFileOptions = {}): Promise<ImportFileResult> {
  const totalBytes = fileSize(file);
  // A database that `dyad serve` holds imports in the server's process, which reads the file itself.
  if (isServedStore(store)) return store.importFile<ImportFileResult>(file, options);
  const format = !options.format || options.format === 'auto' ? await detectFormat(file) : options.format;
  const importer = importerFor(format);
  const sink = await store.beginImport({ batchId: randomUUID(), file, dataset: importer.dataset });
  const progress = (p: Omit<ImportProgress, 'file' | 'totalBytes'>) => options.onProgress?.({ file, totalBytes, ...p });
  try {
    const wantBulk = options.path !== 'rows' && importer.bulk !== undefined && isBulkCsvSink(sink);
    let rows: number;
    let path: 'bulk' | 'rows';
    let phases: Record<string, number> = {};
    let t = performance.now();
    if (wantBulk) {
      ({ rows, phases } = await viaBulk(importer, sink, file, (p) =>
        progress({ ...p, bytes: p.phase === 'reading' ? Math.round((p.fraction ?? 0) * totalBytes) : totalBytes }),
      ));
      path = 'bulk';
    } else {
      rows = await viaRows(importer, sink, file, progress);
      phases['parse'] = Math.round(performance.now() - t);
      path = 'rows';
    }
    progress({ bytes: totalBytes, rows, phase: 'storing' });
    t = performance.now();
    const summary = await sink.finish();
    phases['store'] = Math.round(performance.now() - t);
    return { file, format, rows, path, phases, ...summary };
  } catch (err) {
    await sink.abort().catch(() => undefined);
    throw err;
  }
}

async function viaRows(
  importer: Importer,
  sink: ImportSink,
  file: string,
  progress: (p: Omit<ImportProgress, 'file' | 'totalBytes'>) => void,
): Promise<number> {
  const parser = importer.parser(file);
  let bytes = 0;
  let rows = 0;
  const out: ParsedLines = { events: [], quarantined: [] };
  const flush = async () => {
    if (out.events.length) await sink.add(out.events.splice(0));
    if (out.quarantined.length) await sink.quarantine(out.quarantined.splice(0));
  };
  for await (const b of lineBatches(file, { onBytes: (n) => (bytes = n) })) {
    for (let i = 0; i < b.lines.length; i++) parser.push(b.lines[i] ?? '', b.firstLine + i, out);
    rows += out.events.length + out.quarantined.length;
    await flush();
    progress({ bytes, rows, phase: 'reading' });
  }
  parser.end(out);
  rows += out.events.length + out.quarantined.length;
  await flush();
  return rows;
}

async function viaBulk(
  importer: Importer,
  sink: ImportSink,
  file: string,
  progress: (p: { rows: number; phase: ImportProgress['phase']; fraction?: number }) => void,
): Promise<{ rows: number; phases: Record<string, number> }> {
  if (!importer.bulk || !isBulkCsvSink(sink)) throw new Error('viaBulk without a bulk path');
  const compression = await detectCompression(file);
  let plain = file;
  let tmp: string | null = null;
  if (compression === 'zip') {
    // DuckDB reads plain and gzip files itself; a zip's entry is unpacked to a temporary file first.
    tmp = await mkdtemp(join(tmpdir(), 'dyad-import-'));
    plain = join(tmp, 'data.csv');
    await pipeline(Readable.from(decompressedChunks(file)), createWriteStream(plain));
  }
  try {
    progress({ rows: 0, phase: 'reading' });
    const spec = {
      ...importer.bulk(plain),
      compression: compression === 'gzip' ? ('gzip' as const) : ('none' as const),
      onProgress: (fraction: number) => progress({ rows: 0, phase: 'reading', fraction }),
    };
    // DuckDB's reader takes a truncated gzip file as whole (its torn last row too): check the file
    // through to its checksum alongside, and store nothing of a damaged one. Both are waited for
    // before a failure of either is thrown: the sink is aborted and the store closed after it, and a
    // database query still running then (the bulk read outliving a failed check) crashed the process.
    const [loaded, verified] = await Promise.allSettled([sink.loadBulk(spec), compression === 'gzip' ? verifyGzip(file) : undefined]);
    if (verified.status === 'rejected') throw verified.reason;
    if (loaded.status === 'rejected') throw loaded.reason;
    const result = loaded.value;
    if (result.badLines) {
      progress({ rows: result.rows, phase: 'quarantine' });
      const t = performance.now();
      await quarantineLines(importer, sink, file, sink.badLines());
      result.phases['quarantine'] = Math.round(performance.now() - t);
    }
    return { rows: result.rows, phases: result.phases };
  } finally {
    if (tmp) await rm(tmp, { recursive: true, force: true });
  }
}

/**
 * Quarantine the lines the bulk reader found bad, with the row parser's reasons: one more pass over the
 * file, made only when there are bad lines, so both paths give the same reasons. Bad lines come in
 * ascending chunks and quarantine rows go out in batches, so memory stays flat.
 */
async function quarantineLines(importer: Importer, sink: ImportSink, file: string, bad: AsyncGenerator<number[]>): Promise<void> {
  const parser = importer.parser(file);
  let batch: QuarantinedRow[] = [];
  let wanted: number[] = [];
  let at = 0;
  const nextWanted = async (): Promise<number | null> => {
    if (at >= wanted.length) {
      const r = await bad.next();
      if (r.done) return null;
      wanted = r.value;
      at = 0;
    }
    return wanted[at] ?? null;
  };
  let want = await nextWanted();
  for await (const b of lineBatches(file)) {
    if (want === null) break;
    const last = b.firstLine + b.lines.length - 1;
    while (want !== null && want <= last) {
      const text = b.lines[want - b.firstLine] ?? '';
      const out: ParsedLines = { events: [], quarantined: [] };
      parser.push(text, want, out);
      parser.end(out);
      // Where the CSV reader and the row parser disagree on a line, it stays out all the same, and says why.
      batch.push(...(out.quarantined.length ? out.quarantined : [{ file, line: want, reason: 'rejected by the bulk CSV reader', raw: text }]));
      at++;
      want = await nextWanted();
    }
    if (batch.length >= 5000) {
      await sink.quarantine(batch);
      batch = [];
    }
  }
  if (batch.length) await sink.quarantine(batch);
}
