/** A `DocumentExtraction` read as pieces, or gathered into one extraction for an engine that writes a document at once. */
import type { Extraction } from '../core/model.js';
import type { DocumentExtraction } from './store.js';

/** A whole extraction, or its pieces one at a time. */
export async function* piecesOf(extraction: DocumentExtraction): AsyncGenerator<Extraction> {
  if ('events' in extraction) yield extraction;
  else yield* extraction;
}

/** Every piece in one extraction (the first piece's document info). */
export async function wholeExtraction(extraction: DocumentExtraction): Promise<Extraction> {
  if ('events' in extraction) return extraction;
  let out: Extraction | null = null;
  for await (const x of extraction) {
    if (!out) out = { document: x.document, events: [...x.events], milestones: [...x.milestones], indicators: [...x.indicators], warnings: [...x.warnings] };
    else {
      out.events.push(...x.events);
      out.milestones.push(...x.milestones);
      out.indicators.push(...x.indicators);
      out.warnings.push(...x.warnings);
    }
  }
  return out ?? { document: { id: '', published: null }, events: [], milestones: [], indicators: [], warnings: [] };
}
