/**
 * Where a document's bytes come from: a file (read twice, once to check and once to decode, so the
 * check never holds the file whole) or standard input (read once into memory, up to a limit).
 */
import { createReadStream, statSync } from 'node:fs';
import { DyadError } from '../core/errors.js';

/** A re-readable stream of a document's bytes. */
export interface ByteSource {
  /** The name errors use: the path, or `-` (stdin). */
  readonly name: string;
  /** Size in bytes when known before reading. */
  readonly size: number | undefined;
  read(): AsyncIterable<Uint8Array>;
}

/** Bytes read per piece from a file. */
const PIECE_BYTES = 1 << 20;

function cannotRead(file: string, cause: unknown): DyadError {
  const code = (cause as { code?: string } | null)?.code;
  const why =
    code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : 'cannot read the file';
  return new DyadError('INPUT_NOT_FOUND', why, { place: { file }, hint: 'Check the path.', cause });
}

/** A file on disk; throws INPUT_NOT_FOUND when it is missing, a directory or unreadable. */
export function fileSource(path: string): ByteSource {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    size = st.size;
  } catch (cause) {
    throw cannotRead(path, cause);
  }
  return {
    name: path,
    size,
    async *read() {
      try {
        for await (const piece of createReadStream(path, { highWaterMark: PIECE_BYTES })) yield piece as Buffer;
      } catch (cause) {
        throw cannotRead(path, cause);
      }
    },
  };
}

/** Bytes already in memory (standard input, a test). */
export function memorySource(name: string, bytes: Uint8Array): ByteSource {
  return {
    name,
    size: bytes.length,
    async *read() {
      for (let i = 0; i < bytes.length; i += PIECE_BYTES) yield bytes.subarray(i, i + PIECE_BYTES);
    },
  };
}

/** Read standard input whole; INPUT_TOO_LARGE past `maxBytes`. */
export async function stdinSource(maxBytes: number, stdin: AsyncIterable<Uint8Array> = process.stdin): Promise<ByteSource> {
  const pieces: Uint8Array[] = [];
  let total = 0;
  for await (const piece of stdin) {
    total += piece.length;
    if (total > maxBytes) {
      throw new DyadError('INPUT_TOO_LARGE', `standard input is larger than ${maxBytes} bytes`, {
        place: { file: '-' },
        hint: 'Write it to a file and give the path: files are read in chunks, stdin is held in memory.',
      });
    }
    pieces.push(piece);
  }
  return memorySource('-', Buffer.concat(pieces, total));
}
