/**
 * The one error class Dyad throws on purpose. Callers tell errors apart by `code`, never by message;
 * the CLI prints `message` and `hint` (no stack trace) and the API maps `code` to an HTTP status.
 */

export type DyadErrorCode =
  | 'INPUT_NOT_FOUND'
  | 'INPUT_EMPTY'
  | 'INPUT_BINARY'
  | 'INPUT_ENCODING'
  | 'INPUT_TOO_LARGE'
  /** Not a readable file of its format: a damaged PDF or Word file, a format Dyad does not read. */
  | 'INPUT_FORMAT'
  /** A PDF that needs a password to be opened. */
  | 'INPUT_ENCRYPTED'
  /** A PDF with no text layer (scanned pages): nothing to read without OCR. */
  | 'INPUT_NO_TEXT'
  | 'DATA_SCHEMA'
  | 'DATA_PARSE'
  | 'BAD_ARGUMENT'
  | 'BAD_DATE'
  | 'UNKNOWN_ACTOR'
  | 'UNKNOWN_CODE'
  | 'NOT_FOUND'
  | 'STORE'
  | 'STORE_SHARD_DOWN'
  | 'IMPORT_FORMAT'
  | 'UNAUTHORIZED'
  | 'READ_ONLY'
  | 'UNAVAILABLE'
  | 'INTERNAL';

/** Where the problem is: a file with optional line and column, a field, or a byte offset. */
export interface Place {
  file?: string;
  line?: number;
  column?: number;
  field?: string;
  offset?: number;
}

export interface DyadErrorOptions {
  place?: Place;
  /** What the user should do about it. */
  hint?: string;
  cause?: unknown;
}

export class DyadError extends Error {
  override readonly name = 'DyadError';
  readonly code: DyadErrorCode;
  readonly place: Place | undefined;
  readonly hint: string | undefined;

  constructor(code: DyadErrorCode, message: string, options: DyadErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.place = options.place;
    this.hint = options.hint;
  }

  /** `file:line:column field` — the place as a person reads it, or '' when there is none. */
  where(): string {
    return formatPlace(this.place);
  }

  /** One or two lines for a terminal: `where: message` then the hint. */
  describe(): string {
    const where = this.where();
    const head = `${where ? `${where}: ` : ''}${this.message} [${this.code}]`;
    return this.hint ? `${head}\n  ${this.hint}` : head;
  }
}

export function formatPlace(place: Place | undefined): string {
  if (!place) return '';
  let s = place.file ?? '';
  if (place.line !== undefined) s += `${s ? ':' : 'line '}${place.line}`;
  if (place.column !== undefined) s += `:${place.column}`;
  if (place.offset !== undefined) s += `${s ? ' ' : ''}@${place.offset}`;
  if (place.field !== undefined) s += `${s ? ' ' : ''}field ${place.field}`;
  return s;
}

export function isDyadError(e: unknown): e is DyadError {
  return e instanceof DyadError;
}
