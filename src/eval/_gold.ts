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

/** Every occurrence of `quote` in `text` (exact substring, no folding of any kind). */
export function locateQuote(text: string, quote: string): QuoteSpans {
  const spans: QuoteSpans = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) spans.push({ start: at, end: at + quote.length });
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

  const documentPath = resolve(dirname(file), entry.document);
  const doc = readDocument(documentPath);
  const located = (quote: string, path: (string | number)[], field: string): QuoteSpans => {
    const spans = locateQuote(doc, quote);
    if (spans.length === 0) {
      fail(`quote not found in ${entry.document}`, path, field, 'A quote must be an exact substring of the document (same spaces, quotes and dashes).');
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
 * Read, check and resolve a gold file.
 * @throws DyadError INPUT_* for the gold file or its document, DATA_PARSE, DATA_SCHEMA (bad field,
 * unknown date, quote not found, duplicate id) with file, line and field.
 * @example
 * const gold = loadGold('../shared/gold/serbia-nato-brief.gold.json');
 */
export function loadGold(file: string): Gold {
  return resolveGold(file, readDocumentFile(file));
}
