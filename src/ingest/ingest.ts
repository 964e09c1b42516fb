/**
 * Ingest: files in, documents and their extractions stored. Each file is read (refused clearly when
 * empty, binary, badly encoded, damaged or too large), reduced to text by its format's reader (src/read:
 * text, Markdown, HTML, PDF, Word), extracted, and stored in one transaction: a crash leaves whole
 * documents only. A long text is extracted piece by piece as the store writes it, so memory holds one
 * piece's events, not the document's. A document already stored is recognised by its id before
 * extraction, so a re-run
 * costs little and adds nothing.
 */
import type { DocumentKind, Extraction } from '../core/model.js';
import { DyadError, isDyadError } from '../core/errors.js';
import { cutPoint } from '../io/index.js';
import { statedPublished } from '../pipeline/layout/index.js';
import { documentId, normalise } from '../pipeline/normalise/index.js';
import type { DocumentSubject } from '../pipeline/types.js';
import { readDocument, withPages, type DocumentFormat, type PageSpan } from '../read/index.js';
import type { Store } from '../store/store.js';
import { normalisePublished } from './_published.js';

/** What each piece of a document is extracted with: the whole document's path, date, title, kind and subject. */
export interface PieceInput {
  path?: string;
  published?: string | null;
  title?: string;
  /** Told by the first piece (which holds the document's top) and kept for the others. */
  kind?: DocumentKind;
  /** The relationship the document is about (null: none): told by the first piece, as its kind is. */
  subject?: DocumentSubject | null;
}

/** A piece's extraction, with the subject it was read as being about where the extractor tells it. */
export type PieceExtraction = Extraction & { subject?: DocumentSubject | null };

/** What ingest needs of the extractor (src/pipeline/extract.ts `createExtractor`). */
export interface DocumentExtractor {
  extract(original: string, input?: PieceInput): PieceExtraction;
}

export interface IngestOptions {
  /** Published date for files that state none. */
  published?: string;
  /** Called after each file. */
  onFile?: (file: string, outcome: FileOutcome) => void;
  /** Called inside a long file after each piece is extracted: characters done of the text's total. */
  onProgress?: (file: string, done: number, total: number) => void;
  /** Extract texts longer than this in pieces (default PIECE_CHARS). */
  pieceChars?: number;
  /** The clock for `ingested_at` (tests pass a fixed one). */
  now?: () => Date;
}

export type FileOutcome =
  | { status: 'stored'; documentId: string; events: number; mentions: number; milestones: number; indicators: number; warnings: number }
  | { status: 'duplicate'; documentId: string }
  | { status: 'failed'; error: DyadError };

export interface IngestSummary {
  files: number;
  stored: number;
  duplicates: number;
  failed: { file: string; error: DyadError }[];
  /** New events, and mentions added to events already stored. */
  events: number;
  mentions: number;
  milestones: number;
  indicators: number;
  warnings: number;
  seconds: number;
}

/** A document file as text for the extractor, with what the file says about itself. */
export interface PreparedDocument {
  format: DocumentFormat;
  text: string;
  /** PDF: the page each stretch of the text came from. */
  pages: PageSpan[] | null;
  title: string | null;
  published: string | null;
  language: string | null;
}

/** Texts longer than this are extracted piece by piece (cut at paragraph breaks), then stored as one document. */
export const PIECE_CHARS = 256 * 1024;

function shifted<T extends { evidence: { start: number; end: number; text: string } }>(items: T[], by: number): T[] {
  return by === 0 ? items : items.map((x) => ({ ...x, evidence: { ...x.evidence, start: x.evidence.start + by, end: x.evidence.end + by } }));
}

/**
 * A document's extraction piece by piece: the whole text at once when it is short, else pieces cut at
 * paragraph breaks, each extracted only when the one before has been taken, with every offset shifted
 * back to the whole text. `onPiece` hears how far into the text each piece reaches.
 */
export function* extractPieces(
  extractor: DocumentExtractor,
  text: string,
  input: PieceInput,
  pieceChars = PIECE_CHARS,
  onPiece?: (done: number, total: number) => void,
): Generator<PieceExtraction> {
  if (text.length <= pieceChars) {
    yield extractor.extract(text, input);
    onPiece?.(text.length, text.length);
    return;
  }
  onPiece?.(0, text.length);
  for (let start = 0; start < text.length; ) {
    const end = start + cutPoint(text.slice(start, start + pieceChars + 1), pieceChars);
    const x = extractor.extract(text.slice(start, end), input);
    // The kind and the subject are read from the document's top, which only the first piece holds:
    // kept on `input` (as ingest keeps the date the first piece states) for the pieces after it.
    if (input.kind === undefined && x.document.kind !== undefined) input.kind = x.document.kind;
    if (input.subject === undefined && x.subject !== undefined) input.subject = x.subject;
    yield { ...x, events: shifted(x.events, start), milestones: shifted(x.milestones, start), indicators: shifted(x.indicators, start) };
    start = end > start ? end : start + pieceChars;
    onPiece?.(Math.min(start, text.length), text.length);
  }
}

/**
 * Extract a whole document into one extraction; a long one in pieces cut at paragraph breaks, every
 * offset shifted back to the whole text. (Ingest stores the pieces one at a time instead.)
 */
export function extractWhole(extractor: DocumentExtractor, text: string, input: PieceInput, id: string, pieceChars = PIECE_CHARS): Extraction {
  if (text.length <= pieceChars) return extractor.extract(text, input);
  const out: Extraction = { document: { id, published: input.published ?? null }, events: [], milestones: [], indicators: [], warnings: [] };
  if (input.path) out.document.path = input.path;
  if (input.title) out.document.title = input.title;
  for (const x of extractPieces(extractor, text, input, pieceChars)) {
    if (out.document.kind === undefined && x.document.kind !== undefined) out.document.kind = x.document.kind;
    out.events.push(...x.events);
    out.milestones.push(...x.milestones);
    out.indicators.push(...x.indicators);
    out.warnings.push(...x.warnings);
  }
  return out;
}

/** Read `file` (text, Markdown, HTML, PDF or Word) and reduce it to the text that is extracted and stored. */
export async function prepareDocument(file: string): Promise<PreparedDocument> {
  const doc = await readDocument(file, { statedDate: statedPublished });
  return { format: doc.format, text: doc.text, pages: doc.pages, title: doc.title, published: doc.published, language: doc.language };
}

function asDyadError(err: unknown, file: string): DyadError {
  if (isDyadError(err)) return err.place?.file ? err : new DyadError(err.code, err.message, { place: { ...err.place, file }, ...(err.hint ? { hint: err.hint } : {}), cause: err });
  const message = err instanceof Error ? err.message : String(err);
  return new DyadError('INTERNAL', message, { place: { file }, cause: err });
}

/** Ingest one file into the store. Never throws: a failure is returned as the file's outcome. */
export async function ingestFile(store: Store, extractor: DocumentExtractor, file: string, options: IngestOptions = {}): Promise<FileOutcome> {
  try {
    const doc = await prepareDocument(file);
    if (doc.text.trim() === '') {
      throw new DyadError('INPUT_EMPTY', 'the document has no text', { place: { file }, hint: 'Give a file with some text in it.' });
    }
    const id = documentId(normalise(doc.text).text);
    if (await store.hasDocument(id)) return { status: 'duplicate', documentId: id };
    const published = normalisePublished(doc.published) ?? normalisePublished(options.published);
    // The pieces are extracted as the store takes them: one piece's events in memory at a time. The
    // first is extracted before the document is stored, since a date the text states for itself
    // ("Updated: …") is the document's published date when the file and the user gave none.
    const told = { milestones: 0, indicators: 0, warnings: 0 };
    const input: PieceInput & { published: string | null } = { path: file, published, ...(doc.title ? { title: doc.title } : {}) };
    const onPiece = options.onProgress ? (done: number, total: number) => options.onProgress?.(file, done, total) : undefined;
    const extracted = extractPieces(extractor, doc.text, input, options.pieceChars, onPiece);
    const first = extracted.next();
    const stated = first.done ? null : first.value.document.published ?? null;
    input.published = published ?? stated;
    const kind = first.done ? undefined : first.value.document.kind;
    const pieces = function* () {
      const counted = (x: Extraction): Extraction => {
        told.milestones += x.milestones.length;
        told.indicators += x.indicators.length;
        told.warnings += x.warnings.length;
        return withPages(x, doc.pages);
      };
      if (!first.done) yield counted(first.value);
      for (let r = extracted.next(); !r.done; r = extracted.next()) yield counted(r.value);
    };
    const now = (options.now ?? (() => new Date()))();
    const put = await store.putDocument(
      {
        id,
        path: file,
        // A date the text states for itself ("Updated: …") when the file and the user gave none.
        published: input.published,
        ...(doc.title ? { title: doc.title } : {}),
        ...(doc.language ? { language: doc.language } : {}),
        ...(kind ? { kind } : {}),
        text: doc.text,
        ingestedAt: now.toISOString(),
      },
      pieces(),
    );
    if (put.status === 'duplicate') return { status: 'duplicate', documentId: put.documentId };
    return {
      status: 'stored',
      documentId: put.documentId,
      events: put.events,
      mentions: put.mentions,
      milestones: told.milestones,
      indicators: told.indicators,
      warnings: told.warnings,
    };
  } catch (err) {
    return { status: 'failed', error: asDyadError(err, file) };
  }
}

/**
 * Ingest `files` one after another, each in its own transaction.
 * @example const summary = await ingestFiles(store, createExtractor(), findDocuments(['examples']).files);
 */
export async function ingestFiles(store: Store, extractor: DocumentExtractor, files: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const started = Date.now();
  const s: IngestSummary = { files: files.length, stored: 0, duplicates: 0, failed: [], events: 0, mentions: 0, milestones: 0, indicators: 0, warnings: 0, seconds: 0 };
  for (const file of files) {
    const outcome = await ingestFile(store, extractor, file, options);
    if (outcome.status === 'stored') {
      s.stored++;
      s.events += outcome.events;
      s.mentions += outcome.mentions;
      s.milestones += outcome.milestones;
      s.indicators += outcome.indicators;
      s.warnings += outcome.warnings;
    } else if (outcome.status === 'duplicate') s.duplicates++;
    else s.failed.push({ file, error: outcome.error });
    options.onFile?.(file, outcome);
  }
  s.seconds = (Date.now() - started) / 1000;
  return s;
}
