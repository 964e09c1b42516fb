/**
 * Loads a gold file: schema check, its document read (path relative to the gold file), every quote
 * located byte for byte, every date turned into an interval. Any defect is a DyadError naming the
 * gold file, the line and the field, so a broken gold file never yields a silently wrong score.
 */
import { dirname, resolve } from 'node:path';
import { LineCounter, parseDocument, isNode } from 'yaml';
import { DyadError } from '../core/errors.js';
import { parseDataText } from '../core/data-file.js';
import { readDocumentFile } from '../io/index.js';
import { goldDateSpan } from './_dates.js';
import { GOLD_SCHEMA } from './_schema.js';
import type { DaySpan, Gold, GoldFileEntry, QuoteSpans } from './_types.js';

/** How a gold file is read. */
export interface GoldOptions {
  /**
   * Score against this text instead of the document the gold file names: the same document in another
   * format (PDF, Word, a web page), already read. Quotes are then found with white space folded.
   */
  document?: { path: string; text: string };
}

/** Every occurrence of `quote` in `text` (exact substring, no folding of any kind). */
export function locateQuote(text: string, quote: string): QuoteSpans {
  const spans: QuoteSpans = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) spans.push({ start: at, end: at + quote.length });
  return spans;
}

/**
 * Every occurrence of `quote` in `text` where runs of white space count as one space, and soft hyphens
 * and hyphens between letters as nothing: how a quote written against a text file is found in the same document read from PDF or
 * Word, where lines were joined and paragraphs cut anew. Spans are offsets into `text`.
 */
export function locateQuoteFolded(text: string, quote: string): QuoteSpans {
  const fold = (s: string): { folded: string; at: number[] } => {
    let folded = '';
    const at: number[] = [];
    let space = false;
    for (let i = 0; i < s.length; i++) {
      const c = s[i] as string;
      // A hyphen between letters may be a line-end hyphen the reader took out, or one it could not tell from one.
      if (c === '\u00ad' || (c === '-' && /\p{L}/u.test(s[i - 1] ?? '') && /\p{L}/u.test(s[i + 1] ?? ''))) continue;
      if (/\s/.test(c)) {
        if (!space && folded !== '') {
          folded += ' ';
          at.push(i);
        }
        space = true;
        continue;
      }
      space = false;
      folded += c;
      at.push(i);
    }
    at.push(s.length);
    return { folded, at };
  };
  const doc = fold(text);
  const q = fold(quote).folded.trim();
  if (q === '') return [];
  const spans: QuoteSpans = [];
  for (let k = doc.folded.indexOf(q); k >= 0; k = doc.folded.indexOf(q, k + 1)) {
    const start = doc.at[k] as number;
    const end = (doc.at[k + q.length - 1] as number) + 1;
    spans.push({ start, end });
  }
  return spans;
}

/** Line (1-based) of the node at `path` in the gold file's text, when it can be told. */
function lineOf(text: string, path: (string | number)[]): number | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const node = doc.getIn(path, true);
  return isNode(node) && node.range ? lines.linePos(node.range[0]).line : undefined;
}

/**
 * Check and resolve a parsed gold file. `text` is the gold file's own text (for line numbers);
 * `readDocument` reads the document it names (tests pass their own).
 */
export function resolveGold(
  file: string,
  text: string,
  readDocument: (path: string) => string = readDocumentFile,
  options: GoldOptions = {},
): Gold {
  const entry = parseDataText<GoldFileEntry>(text, GOLD_SCHEMA, file);
  const fail = (message: string, path: (string | number)[], field: string, hint: string): never => {
    const line = lineOf(text, path);
    throw new DyadError('DATA_SCHEMA', message, { place: { file, ...(line === undefined ? {} : { line }), field }, hint });
  };
  const date = (value: string | null, path: (string | number)[], field: string): DaySpan | null => {
    const span = goldDateSpan(value);
    if (span === undefined) {
      return fail(`'${String(value)}' is not a date`, path, field, 'Write an ISO prefix (2015, 2015-11, 2015-11-16) or an interval A/B of such prefixes.');
    }
    return span;
  };
  const published = entry.published ?? null;
  if (published !== null) date(published, ['published'], 'published');

  const ids = new Set<string>();
  for (const [i, e] of (entry.events ?? []).entries()) {
    if (ids.has(e.id)) fail(`event id '${e.id}' is used twice`, ['events', i, 'id'], `events[${e.id}].id`, 'Give every gold event its own id.');
    ids.add(e.id);
  }

  const documentPath = options.document?.path ?? resolve(dirname(file), entry.document);
  const doc = options.document?.text ?? readDocument(documentPath);
  const locate = options.document ? locateQuoteFolded : locateQuote;
  const located = (quote: string, path: (string | number)[], field: string): QuoteSpans => {
    const spans = locate(doc, quote);
    if (spans.length === 0) {
      const where = options.document ? options.document.path : entry.document;
      fail(`quote not found in ${where}`, path, field, options.document ? 'The document given for this gold file must hold every quote (white space aside).' : 'A quote must be an exact substring of the document (same spaces, quotes and dashes).');
    }
    return spans;
  };

  return {
    file,
    documentPath,
    text: doc,
    published,
    events: (entry.events ?? []).map((e, i) => ({
      ...e,
      dateSpan: date(e.date, ['events', i, 'date'], `events[${e.id}].date`),
      spans: located(e.quote, ['events', i, 'quote'], `events[${e.id}].quote`),
    })),
    milestones: (entry.milestones ?? []).map((m, i) => ({
      ...m,
      ref: `milestones[${i}]`,
      dateSpan: date(m.date, ['milestones', i, 'date'], `milestones[${i}].date`),
    })),
    indicators: (entry.indicators ?? []).map((n, i) => ({
      ...n,
      ref: `indicators[${i}]`,
      spans: located(n.quote, ['indicators', i, 'quote'], `indicators[${i}].quote`),
    })),
  };
}

/**
 * The path of the document a gold file names (resolved against the gold file), or null when the gold
 * file cannot be read (loadGold then says why).
 */
export function goldDocumentPath(file: string): string | null {
  try {
    const entry = parseDataText<{ document?: unknown }>(readDocumentFile(file), { type: 'object' }, file);
    return typeof entry.document === 'string' ? resolve(dirname(file), entry.document) : null;
  } catch {
    return null;
  }
}

/**
 * Read, check and resolve a gold file.
 * @throws DyadError INPUT_* for the gold file or its document, DATA_PARSE, DATA_SCHEMA (bad field,
 * unknown date, quote not found, duplicate id) with file, line and field.
 * @example
 * const gold = loadGold('../shared/gold/serbia-nato-brief.gold.json');
 */
export function loadGold(file: string, options: GoldOptions = {}): Gold {
  return resolveGold(file, readDocumentFile(file), readDocumentFile, options);
}
