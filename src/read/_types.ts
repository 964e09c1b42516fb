/**
 * What every reader gives: the text Dyad stores and extracts (evidence offsets point into it), what
 * the file says about itself, and for paged formats which page each stretch of the text came from.
 */

/** The formats Dyad reads. */
export type DocumentFormat = 'text' | 'markdown' | 'html' | 'pdf' | 'docx';

/** A stretch of the text that came from one page (1-based), offsets end-exclusive. */
export interface PageSpan {
  page: number;
  start: number;
  end: number;
}

/** A document reduced to its text. */
export interface DocumentText {
  format: DocumentFormat;
  /** The text as stored and extracted; evidence offsets point into it. */
  text: string;
  title: string | null;
  /** The date the file gives itself (front matter, a meta tag, document properties), as given. */
  published: string | null;
  language: string | null;
  /** PDF: the pages the text came from, in text order (running headers, footers and page numbers dropped). */
  pages: PageSpan[] | null;
  /** What the reader left out or could not read, for the user (not errors). */
  warnings: string[];
}

/** What a reader may be handed besides the file. */
export interface ReadOptions {
  /**
   * The date a page's own lines state ("Last updated: 27-Feb-2023 | Press release |") as `YYYY-MM-DD`
   * (or `YYYY-MM`, `YYYY`), or null: asked of a web page's whole text, bars included, when its
   * metadata gives no date. Reading dates is a later stage's work, so the caller hands it in (the
   * layout stage's `statedPublished`); without it such a page has no date of its own.
   */
  statedDate?: (text: string) => string | null;
}

/** A reader of one format. */
export interface DocumentReader {
  readonly format: DocumentFormat;
  /**
   * @param bytes the whole file
   * @param name the path or name errors use
   * @throws DyadError naming the file: INPUT_EMPTY, INPUT_BINARY, INPUT_ENCODING, INPUT_FORMAT
   * (corrupt or not this format), INPUT_ENCRYPTED, INPUT_NO_TEXT.
   */
  read(bytes: Uint8Array, name: string, options?: ReadOptions): Promise<DocumentText>;
}
