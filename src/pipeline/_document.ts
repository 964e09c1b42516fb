/**
 * A document as the stages first see it: its text normalised (offsets kept back to the original), its
 * id, the date and kind it has or states, and an empty context for the stages to fill. Apart from
 * the composed extractor, so a stage's tests can read a document the same way without it.
 */
import type { DateInterval, DocumentKind, Extraction } from '../core/model.js';
import { intervalFromIso } from './dates/index.js';
import { documentKind, statedPublished } from './layout/index.js';
import { documentId, normalise, unwrapLines } from './normalise/index.js';
import type { DocumentContext, DocumentSubject } from './types.js';

export interface DocumentInput {
  path?: string;
  /** The document's own date (`2017-03`, `2017-03-08`), the anchor for relative dates. */
  published?: string | null;
  title?: string;
  /** What kind of document it is, when already told (a later piece of a long document); else read from its text. */
  kind?: DocumentKind;
  /** The relationship the document is about (null: none), when already told (a later piece of a long document); else read from its title and top. */
  subject?: DocumentSubject | null;
}

function publishedInterval(published: string | null | undefined, warnings: string[]): DateInterval | null {
  if (!published) return null;
  try {
    return intervalFromIso(published);
  } catch {
    warnings.push(`published date '${published}' is not an ISO date; relative dates are left unresolved`);
    return null;
  }
}

/** A document read for the stages: its text normalised, its id, an empty context for them to fill. */
export function readDocument(original: string, input: DocumentInput = {}): DocumentContext {
  const text0 = original.charCodeAt(0) === 0xfeff ? original.slice(1) : original;
  const normalised = normalise(text0);
  const { offsets } = normalised;
  // Wrapped lines joined after the id is taken: the id stays the hash of the normalised text.
  const text = unwrapLines(normalised.text);
  const warnings: string[] = [];
  // The file's or the user's date first; else the one the layout states ("Updated: …", a dateline), on
  // its own line as written: unwrapping may join a headline to the "Published: …" line under it.
  const published = input.published ?? statedPublished(normalised.text);
  const info: Extraction['document'] = {
    id: documentId(normalised.text),
    published,
    language: 'en',
    ...(input.path !== undefined ? { path: input.path } : {}),
    ...(input.title !== undefined ? { title: input.title } : {}),
    kind: input.kind ?? documentKind(text, input.title ?? null),
  };
  return {
    original: text0,
    text,
    offsets,
    info,
    published: publishedInterval(published, warnings),
    subject: input.subject,
    sentences: [],
    dates: [],
    sentenceDates: [],
    datings: [],
    sameEventDates: null,
    actors: [],
    grammar: null,
    events: [],
    milestones: [],
    indicators: [],
    warnings,
  };
}
