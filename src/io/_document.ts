/**
 * Opens a document for the pipeline: checks the whole file first (so nothing is printed for a file
 * that turns out to be binary or badly encoded), then hands out its text in chunks cut at paragraph
 * breaks, each with its offset into the whole text. Memory stays bounded by the chunk size, not the
 * file size.
 */
import { createHash } from 'node:crypto';
import { DyadError } from '../core/errors.js';
import { ByteInspector } from './_inspect.js';
import { fileSource, stdinSource, type ByteSource } from './_source.js';
import { cutPoint } from './_split.js';

/** A piece of a document's text. */
export interface DocumentChunk {
  /** Offset of `text` in the whole text as read (UTF-16 code units, BOM dropped). */
  offset: number;
  text: string;
  /** 0, 1, 2… */
  index: number;
  /** True for the last chunk. */
  last: boolean;
}

export interface OpenOptions {
  /** Larger inputs are refused with INPUT_TOO_LARGE. Default 1 GiB. */
  maxBytes?: number;
  /** Target size of a chunk in UTF-16 code units. Default 256 Ki. */
  chunkChars?: number;
}

/** A document whose bytes were checked and can now be read in chunks. */
export interface OpenedDocument {
  /** Path as given, or `-` for standard input. */
  name: string;
  bytes: number;
  /** sha256 (hex) of the bytes as read, BOM dropped. */
  sha256: string;
  chunks(): AsyncGenerator<DocumentChunk>;
}

export const DEFAULT_MAX_BYTES = 1 << 30;
export const DEFAULT_CHUNK_CHARS = 256 * 1024;

const BOM = [0xef, 0xbb, 0xbf];

async function check(source: ByteSource, maxBytes: number): Promise<{ bytes: number; sha256: string }> {
  const tooLarge = () =>
    new DyadError('INPUT_TOO_LARGE', `the file is larger than ${maxBytes} bytes`, {
      place: { file: source.name },
      hint: 'Split it into smaller documents, or raise the limit with --max-bytes.',
    });
  if (source.size !== undefined && source.size > maxBytes) throw tooLarge();
  const inspector = new ByteInspector(source.name);
  const hash = createHash('sha256');
  let first = true;
  for await (const piece of source.read()) {
    const stop = inspector.push(piece);
    if (stop) break;
    if (inspector.size > maxBytes) throw tooLarge();
    const bom = first && BOM.every((b, i) => piece[i] === b);
    hash.update(bom ? piece.subarray(3) : piece);
    first = false;
  }
  inspector.verdict();
  return { bytes: inspector.size, sha256: hash.digest('hex') };
}

async function* decode(source: ByteSource, chunkChars: number): AsyncGenerator<DocumentChunk> {
  // fatal: the bytes were checked, but the file may have changed between the two reads.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let pending = '';
  let offset = 0;
  let index = 0;
  let ready: Omit<DocumentChunk, 'last'> | null = null;
  const take = (text: string): Omit<DocumentChunk, 'last'> => {
    const chunk = { offset, text, index: index++ };
    offset += text.length;
    return chunk;
  };
  try {
    for await (const piece of source.read()) {
      pending += decoder.decode(piece, { stream: true });
      while (pending.length >= chunkChars * 2) {
        const cut = cutPoint(pending, chunkChars);
        if (ready) yield { ...ready, last: false };
        ready = take(pending.slice(0, cut));
        pending = pending.slice(cut);
      }
    }
    pending += decoder.decode();
  } catch (cause) {
    throw new DyadError('INPUT_ENCODING', 'the file changed while it was read and is no longer valid UTF-8', {
      place: { file: source.name },
      cause,
    });
  }
  while (pending.length > chunkChars) {
    const cut = cutPoint(pending, chunkChars);
    if (ready) yield { ...ready, last: false };
    ready = take(pending.slice(0, cut));
    pending = pending.slice(cut);
  }
  if (pending.length > 0) {
    if (ready) yield { ...ready, last: false };
    ready = take(pending);
  }
  if (ready) yield { ...ready, last: true };
}

/**
 * Check a document (`-` for standard input) and return a reader of its chunks.
 * @throws DyadError INPUT_NOT_FOUND, INPUT_EMPTY, INPUT_BINARY, INPUT_ENCODING (with the byte
 * offset), INPUT_TOO_LARGE.
 * @example
 * const doc = await openDocument('brief.txt');
 * for await (const chunk of doc.chunks()) extractor.extract(chunk.text);
 */
export async function openDocument(path: string, options: OpenOptions = {}): Promise<OpenedDocument> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const chunkChars = options.chunkChars ?? DEFAULT_CHUNK_CHARS;
  const source = path === '-' ? await stdinSource(maxBytes) : fileSource(path);
  return openSource(source, { maxBytes, chunkChars });
}

/** As openDocument, for bytes from any source. */
export async function openSource(source: ByteSource, options: OpenOptions = {}): Promise<OpenedDocument> {
  const { bytes, sha256 } = await check(source, options.maxBytes ?? DEFAULT_MAX_BYTES);
  const chunkChars = options.chunkChars ?? DEFAULT_CHUNK_CHARS;
  return { name: source.name, bytes, sha256, chunks: () => decode(source, chunkChars) };
}

/**
 * A text already in memory (a PDF, Word file or web page reduced to text) handed out in chunks as
 * openDocument does, so the same chunked extraction reads it.
 */
export function textDocument(name: string, text: string, bytes: number, options: OpenOptions = {}): OpenedDocument {
  const chunkChars = options.chunkChars ?? DEFAULT_CHUNK_CHARS;
  const sha256 = createHash('sha256').update(text).digest('hex');
  async function* chunks(): AsyncGenerator<DocumentChunk> {
    let offset = 0;
    let index = 0;
    while (offset < text.length) {
      const cut = cutPoint(text.slice(offset, offset + chunkChars * 2), chunkChars);
      const piece = text.slice(offset, offset + cut);
      yield { offset, text: piece, index: index++, last: offset + cut >= text.length };
      offset += cut;
    }
  }
  return { name, bytes, sha256, chunks };
}
