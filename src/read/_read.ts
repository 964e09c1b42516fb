/** Reading a document file of any format Dyad knows, with the same checks for every format. */
import { closeSync, openSync, readSync } from 'node:fs';
import { DyadError } from '../core/errors.js';
import { readDocumentBytes, WHOLE_FILE_MAX_BYTES } from '../io/index.js';
import { formatOf, isConverted, READERS } from './_formats.js';
import type { DocumentFormat, DocumentText, ReadOptions } from './_types.js';

/** The most a converted format (PDF, Word, HTML) may weigh: it is read whole. */
export const CONVERTED_MAX_BYTES = 256 * 1024 * 1024;

/** The format of the file at `path`, told from its first bytes and its name. */
export function formatOfFile(path: string): DocumentFormat {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const head = new Uint8Array(8);
    const n = readSync(fd, head, 0, head.length, 0);
    return formatOf(path, head.subarray(0, n));
  } catch {
    // Missing or unreadable: the reader names the problem.
    return formatOf(path);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Read bytes of a document in `options.format` (told from `name` and the bytes when not given).
 * @throws DyadError naming `name`: INPUT_EMPTY, INPUT_BINARY, INPUT_ENCODING, INPUT_FORMAT,
 * INPUT_ENCRYPTED, INPUT_NO_TEXT, INPUT_TOO_LARGE.
 * @example const doc = await readDocumentBytesAs(bytes, 'brief.pdf'); doc.pages // [{ page: 1, start: 0, end: 2830 }, …]
 */
export async function readDocumentBytesAs(bytes: Uint8Array, name: string, options: ReadOptions & { format?: DocumentFormat } = {}): Promise<DocumentText> {
  const { format = formatOf(name, bytes.subarray(0, 8)), ...reading } = options;
  const doc = await READERS[format].read(bytes, name, reading);
  if (doc.text.trim() === '') throw new DyadError('INPUT_EMPTY', 'the document has no text', { place: { file: name }, hint: 'Give a file with some text in it.' });
  return doc;
}

/**
 * Read the document file at `path`: text and Markdown as written (up to 64 MiB whole; `dyad extract`
 * streams larger ones), HTML, PDF and Word converted (up to 256 MiB).
 * @throws DyadError INPUT_NOT_FOUND and the errors of readDocumentBytesAs, naming `path`.
 * @example const doc = await readDocument('brief.docx'); doc.text
 */
export async function readDocument(path: string, options: ReadOptions & { maxBytes?: number } = {}): Promise<DocumentText> {
  const { maxBytes, ...reading } = options;
  const format = formatOfFile(path);
  const bytes = readDocumentBytes(path, maxBytes ?? (isConverted(format) ? CONVERTED_MAX_BYTES : WHOLE_FILE_MAX_BYTES));
  return readDocumentBytesAs(bytes, path, { ...reading, format });
}
