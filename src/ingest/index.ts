/** Ingest: document files (txt, md, html; folders and globs) extracted and stored one transaction each. */
export { ingestFile, ingestFiles, prepareDocument, extractWhole, extractPieces, PIECE_CHARS, type DocumentExtractor, type FileOutcome, type IngestOptions, type IngestSummary, type PreparedDocument } from './ingest.js';
export { findDocuments, globToRegExp, DOCUMENT_EXTENSIONS, type WalkResult } from './_walk.js';
export { htmlToText, type HtmlText } from './_html.js';
export { readFrontMatter, type FrontMatter } from './_front-matter.js';
export { normalisePublished } from './_published.js';
export { createProgress, type Progress } from './_progress.js';
