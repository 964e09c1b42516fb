/**
 * Reads a whole document at once, for callers that need its text in one string (the scorer, which
 * locates gold quotes in it). Same checks as openDocument; larger files are refused, since the
 * chunked reader is the way for those.
 */
import { readFileSync, statSync } from 'node:fs';
import { DyadError } from '../core/errors.js';
import { ByteInspector } from './_inspect.js';

/** The size past which readDocumentFile refuses a file (64 MiB). */
export const WHOLE_FILE_MAX_BYTES = 64 * 1024 * 1024;

/**
 * Check bytes and decode them: UTF-8, a leading byte-order mark dropped.
 * @throws DyadError INPUT_EMPTY, INPUT_BINARY, INPUT_ENCODING (with the byte offset).
 */
export function decodeDocumentBytes(bytes: Uint8Array, name: string): string {
  const inspector = new ByteInspector(name);
  inspector.push(bytes);
  inspector.verdict();
  return new TextDecoder('utf-8').decode(bytes);
}

/**
 * The bytes of a document file, whole.
 * @throws DyadError INPUT_NOT_FOUND (missing, a directory, unreadable), INPUT_TOO_LARGE.
 */
export function readDocumentBytes(path: string, maxBytes = WHOLE_FILE_MAX_BYTES): Buffer {
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    if (st.size > maxBytes) {
      throw new DyadError('INPUT_TOO_LARGE', `the file is larger than ${maxBytes} bytes`, {
        place: { file: path },
        hint: 'Read it in chunks (dyad extract does for text), or split it into smaller documents.',
      });
    }
    return readFileSync(path);
  } catch (cause) {
    if (cause instanceof DyadError) throw cause;
    const code = (cause as { code?: string } | null)?.code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : 'cannot read the file';
    throw new DyadError('INPUT_NOT_FOUND', why, { place: { file: path }, hint: 'Check the path.', cause });
  }
}

/**
 * The text of a document file, checked.
 * @throws DyadError INPUT_NOT_FOUND, INPUT_EMPTY, INPUT_BINARY, INPUT_ENCODING, INPUT_TOO_LARGE.
 * @example
 * const text = readDocumentFile('brief.txt'); // evidence offsets point into this string
 */
export function readDocumentFile(path: string, maxBytes = WHOLE_FILE_MAX_BYTES): string {
  return decodeDocumentBytes(readDocumentBytes(path, maxBytes), path);
}
