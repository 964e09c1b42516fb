/** Which page an offset of a paged document's text came from. */
import type { PageSpan } from './_types.js';

/**
 * The page (1-based) holding `offset`, or null when the document has no pages or the offset lies
 * outside every page's text (between pages: the page before).
 * @example pageAt(doc.pages, event.evidence.start) // 3
 */
export function pageAt(pages: readonly PageSpan[] | null | undefined, offset: number): number | null {
  if (!pages || pages.length === 0) return null;
  let lo = 0;
  let hi = pages.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((pages[mid] as PageSpan).start <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best < 0 ? null : (pages[best] as PageSpan).page;
}

interface WithEvidence {
  /** Null for an event imported from a dataset: no text, no page. */
  evidence: { start: number; page?: number } | null;
}

/**
 * The extraction with each evidence's page set, for a paged document; as given otherwise.
 * @example withPages(extractor.extract(doc.text), doc.pages).events[0].evidence.page // 2
 */
export function withPages<X extends { events: WithEvidence[]; milestones: WithEvidence[]; indicators: WithEvidence[] }>(x: X, pages: readonly PageSpan[] | null | undefined): X {
  if (!pages || pages.length === 0) return x;
  const mark = <T extends WithEvidence>(item: T): T => {
    const page = item.evidence ? pageAt(pages, item.evidence.start) : null;
    return page === null || !item.evidence ? item : { ...item, evidence: { ...item.evidence, page } };
  };
  return { ...x, events: x.events.map(mark), milestones: x.milestones.map(mark), indicators: x.indicators.map(mark) };
}
