/**
 * Which reader reads a file: by its first bytes where they say (`%PDF-`, a zip holding a Word
 * document), else by its extension; plain text when neither says.
 */
import { extname } from 'node:path';
import type { DocumentFormat, DocumentReader } from './_types.js';
import { docxReader } from './docx/index.js';
import { htmlReader } from './html/index.js';
import { pdfReader } from './pdf/index.js';
import { markdownReader, textReader } from './text/index.js';

/** The extensions of the documents Dyad reads, by format. */
export const FORMAT_EXTENSIONS: Record<DocumentFormat, readonly string[]> = {
  text: ['.txt', '.text'],
  markdown: ['.md', '.markdown'],
  html: ['.html', '.htm', '.xhtml'],
  pdf: ['.pdf'],
  docx: ['.docx'],
};

/** Every extension a folder walk picks up. */
export const DOCUMENT_EXTENSIONS: readonly string[] = Object.values(FORMAT_EXTENSIONS).flat();

export const READERS: Record<DocumentFormat, DocumentReader> = {
  text: textReader,
  markdown: markdownReader,
  html: htmlReader,
  pdf: pdfReader,
  docx: docxReader,
};

const startsWith = (bytes: Uint8Array, prefix: string) => [...prefix].every((c, i) => bytes[i] === c.charCodeAt(0));

/** The format of a file named `name` whose bytes start with `head` (the first few hundred bytes suffice). */
export function formatOf(name: string, head?: Uint8Array): DocumentFormat {
  if (head && startsWith(head, '%PDF-')) return 'pdf';
  const ext = extname(name).toLowerCase();
  for (const [format, exts] of Object.entries(FORMAT_EXTENSIONS) as [DocumentFormat, readonly string[]][]) if (exts.includes(ext)) return format;
  return 'text';
}

/** Formats read whole into memory and converted (not streamed as text). */
export function isConverted(format: DocumentFormat): boolean {
  return format === 'html' || format === 'pdf' || format === 'docx';
}
