/**
 * Streams a dataset file as batches of lines, whether it is plain text, gzip (`.gz`) or a zip archive
 * (`.zip`, its first file): memory holds one read chunk and one batch, whatever the file's size.
 * Line numbers are 1-based lines of the decompressed text, the ones quarantine rows point at.
 */
import { createReadStream, statSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { DyadError } from '../core/errors.js';

/** How a file is packed, from its name and first bytes. */
export type Compression = 'none' | 'gzip' | 'zip';

/** Lines of the decompressed text, in order. */
export interface LineBatch {
  /** Line number of `lines[0]` (1-based). */
  firstLine: number;
  lines: string[];
}

export interface StreamOptions {
  /** Called with the number of (compressed) bytes read so far, for progress bars. */
  onBytes?: (bytesRead: number) => void;
  /** Lines per batch; default 8192. */
  batchLines?: number;
}

/** Guess the packing from the magic bytes (the name can lie). */
export function compressionOf(head: Uint8Array): Compression {
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'zip';
  return 'none';
}

/** The file's size in bytes, or a DyadError INPUT_NOT_FOUND. */
export function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch (cause) {
    throw new DyadError('INPUT_NOT_FOUND', 'cannot read the file', { place: { file }, hint: 'Check the path.', cause });
  }
}

async function readHead(file: string, n = 8): Promise<Uint8Array> {
  const stream = createReadStream(file, { start: 0, end: n - 1 });
  const parts: Buffer[] = [];
  for await (const chunk of stream) parts.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(parts));
}

/** Detect the packing of a file from its first bytes. */
export async function detectCompression(file: string): Promise<Compression> {
  fileSize(file);
  return compressionOf(await readHead(file));
}

/** The decompressed bytes of a file, chunk by chunk. */
export async function* decompressedChunks(file: string, options: StreamOptions = {}): AsyncGenerator<Uint8Array> {
  const compression = await detectCompression(file);
  const raw = createReadStream(file, { highWaterMark: 1 << 20 });
  let bytes = 0;
  raw.on('data', (c) => {
    bytes += (c as Buffer).length;
    options.onBytes?.(bytes);
  });
  if (compression === 'none') {
    for await (const chunk of raw) yield chunk as Buffer;
    return;
  }
  if (compression === 'gzip') {
    const gunzip = raw.pipe(createGunzip());
    try {
      for await (const chunk of gunzip) yield chunk as Buffer;
    } catch (cause) {
      const cut = (cause as { code?: string }).code === 'Z_BUF_ERROR';
      throw new DyadError('IMPORT_FORMAT', cut ? 'the gzip file is cut short (truncated)' : 'the gzip data is damaged', {
        place: { file, offset: bytes },
        hint: 'Nothing of this file was stored. Fetch the whole file again and import it.',
        cause,
      });
    }
    return;
  }
  yield* unzipFirstFile(file, raw);
}

async function* unzipFirstFile(file: string, raw: AsyncIterable<unknown>): AsyncGenerator<Uint8Array> {
  // fflate calls back synchronously on push: collect what one push produced, then hand it on.
  let pending: Uint8Array[] = [];
  let chosen: UnzipFile | null = null;
  let failure: Error | null = null;
  let done = false;
  const unzip = new Unzip((f) => {
    if (chosen || f.name.endsWith('/')) return;
    chosen = f;
    f.ondata = (err, chunk, final) => {
      if (err) failure = err;
      else if (chunk.length) pending.push(chunk);
      if (final) done = true;
    };
    f.start();
  });
  unzip.register(UnzipInflate);
  for await (const chunk of raw) {
    // fflate reports some damage through the callback and some by throwing from push.
    try {
      unzip.push(chunk as Buffer);
    } catch (err) {
      failure = err as Error;
    }
    if (failure) break;
    if (pending.length) {
      const out = pending;
      pending = [];
      yield* out;
    }
    if (done) break;
  }
  if (!failure && !done) {
    try {
      unzip.push(new Uint8Array(0), true);
    } catch (err) {
      failure = err as Error;
    }
  }
  if (failure) {
    throw new DyadError('IMPORT_FORMAT', `the zip archive is damaged or cut short: ${(failure as Error).message}`, {
      place: { file },
      hint: 'Nothing of this file was stored. Fetch the whole file again and import it.',
    });
  }
  if (!chosen) throw new DyadError('IMPORT_FORMAT', 'the zip archive holds no file', { place: { file } });
  yield* pending;
}

/**
 * The file's lines in batches. A final line without a newline counts; `\r\n` endings lose their `\r`;
 * a byte-order mark at the start is dropped. Bytes that are not UTF-8 become U+FFFD, which row parsers
 * report as an encoding problem of that line.
 */
export async function* lineBatches(file: string, options: StreamOptions = {}): AsyncGenerator<LineBatch> {
  const size = options.batchLines ?? 8192;
  const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
  let carry = '';
  let next = 1;
  let batch: string[] = [];
  for await (const chunk of decompressedChunks(file, options)) {
    const text = carry + decoder.decode(chunk, { stream: true });
    let start = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      if (nl < 0) break;
      const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      batch.push(text.slice(start, end));
      start = nl + 1;
      if (batch.length >= size) {
        yield { firstLine: next, lines: batch };
        next += batch.length;
        batch = [];
      }
    }
    carry = text.slice(start);
  }
  const tail = carry + decoder.decode();
  if (tail.length) batch.push(tail.endsWith('\r') ? tail.slice(0, -1) : tail);
  if (batch.length) yield { firstLine: next, lines: batch };
}

/** The first `n` lines of a file (for detection), without reading the rest. */
export async function headLines(file: string, n: number): Promise<string[]> {
  const out: string[] = [];
  for await (const b of lineBatches(file, { batchLines: n })) {
    out.push(...b.lines);
    if (out.length >= n) break;
  }
  return out.slice(0, n);
}

/**
 * Read a gzip file through to its end and its checksum, keeping nothing: `IMPORT_FORMAT` when it is
 * damaged or cut short. For readers that do not check (DuckDB's CSV reader takes a truncated gzip
 * file as whole, torn last row and all).
 */
export async function verifyGzip(file: string): Promise<void> {
  for await (const chunk of decompressedChunks(file)) void chunk;
}
