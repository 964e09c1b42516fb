/**
 * Reading documents safely: empty, binary and badly encoded files are refused with a clear
 * DyadError (INPUT_EMPTY, INPUT_BINARY, INPUT_ENCODING with the byte offset, INPUT_TOO_LARGE,
 * INPUT_NOT_FOUND); large files are read in chunks cut at paragraph breaks.
 */
export { readDocumentFile, readDocumentBytes, decodeDocumentBytes, WHOLE_FILE_MAX_BYTES } from './_read.js';
export {
  openDocument,
  openSource,
  textDocument,
  DEFAULT_CHUNK_CHARS,
  DEFAULT_MAX_BYTES,
  type DocumentChunk,
  type OpenOptions,
  type OpenedDocument,
} from './_document.js';
export { memorySource, type ByteSource } from './_source.js';
export { cutPoint } from './_split.js';
