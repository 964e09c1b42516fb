/** Ingest: document files (text, Markdown, HTML, PDF, Word; folders and globs) extracted and stored one transaction each. */
export { ingestFile, ingestFiles, prepareDocument, extractWhole, extractPieces, PIECE_CHARS, type DocumentExtractor, type FileOutcome, type IngestOptions, type IngestSummary, type PreparedDocument } from './ingest.js';
export { findDocuments, globToRegExp, DOCUMENT_EXTENSIONS, type WalkResult } from './_walk.js';
// Front matter is read by src/read; re-exported for the callers that read Markdown text they hold.
export { readFrontMatter, type FrontMatter } from '../read/index.js';
export { normalisePublished } from './_published.js';
export { createProgress, type Progress } from './_progress.js';
