/**
 * Which stored event an extracted one tells again, by the rule both engines keep: same principals in
 * the same direction (either direction for the symmetric roots), same CAMEO root, overlapping closed
 * date intervals; of several, the earliest by (start day, id). Undated events are never matched: nothing
 * says they are the same happening. Matching runs in memory over candidates read in one query, so a
 * document's events cost one read, not one each.
 */
import type { DateInterval, DyadEvent } from '../core/model.js';

/** Roots whose events have no direction: consult (03), engage in diplomatic cooperation (04, 05), material cooperation (06). */
export const SYMMETRIC_ROOTS: ReadonlySet<string> = new Set(['03', '04', '05', '06']);

/** Start and end of an interval both known: the only dates that may be matched. */
export function closedInterval(date: DateInterval | null): { start: string; end: string } | null {
  return date && date.start && date.end ? { start: date.start, end: date.end } : null;
}

/** A `dyad` event that may be told again. */
export interface MatchCandidate {
  id: string;
  source: string;
  target: string;
  root: string;
  start: string;
  end: string;
}

/** What the candidate query must cover for `events`: their principals, roots and the days they span. */
export interface CandidateScope {
  principals: string[];
  roots: string[];
  from: string;
  to: string;
}

/** The scope of the candidate query for `events`, or null when none of them is dated (nothing can match). */
export function candidateScope(events: readonly DyadEvent[]): CandidateScope | null {
  const principals = new Set<string>();
  const roots = new Set<string>();
  let from = '';
  let to = '';
  for (const e of events) {
    const d = closedInterval(e.date);
    if (!d) continue;
    principals.add(e.source.principal).add(e.target.principal);
    roots.add(e.root);
    if (from === '' || d.start < from) from = d.start;
    if (d.end > to) to = d.end;
  }
  return roots.size === 0 ? null : { principals: [...principals], roots: [...roots], from, to };
}

const key = (root: string, source: string, target: string): string => `${root}\u0000${source}\u0000${target}`;

/** Candidates by (root, source, target), each list kept in (start, id) order's minimum on demand. */
export class EventMatcher {
  private readonly byKey = new Map<string, MatchCandidate[]>();

  constructor(candidates: Iterable<MatchCandidate> = []) {
    for (const c of candidates) this.add(c);
  }

  add(c: MatchCandidate): void {
    const k = key(c.root, c.source, c.target);
    const list = this.byKey.get(k);
    if (list) list.push(c);
    else this.byKey.set(k, [c]);
  }

  /** The id of the earliest candidate `e` tells again, or null. */
  match(e: DyadEvent): string | null {
    const d = closedInterval(e.date);
    if (!d) return null;
    let best: MatchCandidate | null = null;
    const consider = (list: MatchCandidate[] | undefined) => {
      for (const c of list ?? []) {
        if (c.start > d.end || c.end < d.start) continue;
        if (!best || c.start < best.start || (c.start === best.start && c.id < best.id)) best = c;
      }
    };
    consider(this.byKey.get(key(e.root, e.source.principal, e.target.principal)));
    if (SYMMETRIC_ROOTS.has(e.root) && e.source.principal !== e.target.principal) {
      consider(this.byKey.get(key(e.root, e.target.principal, e.source.principal)));
    }
    return (best as MatchCandidate | null)?.id ?? null;
  }
}

/** `e` as a candidate for the events after it (null when undated). */
export function candidateOf(e: DyadEvent): MatchCandidate | null {
  const d = closedInterval(e.date);
  return d ? { id: e.id, source: e.source.principal, target: e.target.principal, root: e.root, start: d.start, end: d.end } : null;
}
