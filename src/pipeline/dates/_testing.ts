/**
 * For tests and benchmarks of the first stages: a document read as the extractor reads it
 * (`readDocument`) and run through segment and dates, with a published date given as an ISO prefix.
 */
import { readDocument } from '../_document.js';
import { segmentStage } from '../segment/index.js';
import type { DocumentContext } from '../types.js';
import { datesStage, type DatesOptions } from './_stage.js';

export function datedContext(original: string, published: string | null, options?: DatesOptions): DocumentContext {
  const ctx = readDocument(original, { published });
  segmentStage(ctx);
  datesStage(options)(ctx);
  return ctx;
}
