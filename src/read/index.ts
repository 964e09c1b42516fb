/**
 * read: document files of every format Dyad takes — plain text, Markdown, web pages (HTML), PDF and
 * Word (.docx) — reduced to the text that is stored and extracted, with the title, date and language
 * the file gives, and for PDF the page each stretch of the text came from. One reader per format
 * (`DocumentReader`), chosen by the file's first bytes and its extension.
 */
export type { DocumentFormat, DocumentReader, DocumentText, PageSpan, ReadOptions } from './_types.js';
export { pageAt, withPages } from './_pages.js';
export { DOCUMENT_EXTENSIONS, FORMAT_EXTENSIONS, READERS, formatOf, isConverted } from './_formats.js';
export { readDocument, readDocumentBytesAs, formatOfFile, CONVERTED_MAX_BYTES } from './_read.js';
export { readFrontMatter, type FrontMatter } from './text/index.js';
export { htmlText, treeText } from './html/index.js';
export { layOut, type LaidOut, type PageText, type TextPiece } from './pdf/index.js';
