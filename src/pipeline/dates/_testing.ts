/**
 * For tests and benchmarks of the first stages: a document context run through normalise,
 * segment and dates, with a published date given as an ISO prefix.
 */
import type { DocumentContext } from '../types.js';
import { normalise } from '../normalise/index.js';
import { segmentStage } from '../segment/index.js';
import { intervalFromIso } from './_iso.js';
import { datesStage, type DatesOptions } from './_stage.js';

export function datedContext(original: string, published: string | null, options?: DatesOptions): DocumentContext {
  const n = normalise(original);
  const ctx: DocumentContext = {
    original,
    text: n.text,
    offsets: n.offsets,
    info: { id: '', published },
    published: published ? intervalFromIso(published) : null,
    sentences: [],
    dates: [],
    sentenceDates: [],
    actors: [],
    events: [],
    milestones: [],
    indicators: [],
    warnings: [],
  };
  segmentStage(ctx);
  datesStage(options)(ctx);
  return ctx;
}
