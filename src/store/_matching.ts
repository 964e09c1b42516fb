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

/** A candidate from a stored `events` row (id, source_principal, target_principal, root, date_start, date_end as 'YYYY-MM-DD'). */
export function candidateFromRow(r: Record<string, unknown>): MatchCandidate {
  return {
    id: String(r['id']),
    source: String(r['source_principal']),
    target: String(r['target_principal']),
    root: String(r['root']),
    start: String(r['date_start']),
    end: String(r['date_end']),
  };
}

/** How a list of extracted events is told: which are new, and which tell an event again. */
export interface Tellings {
  /** Events first told in this list, in order, each with how many of the list's events tell it. */
  fresh: Map<string, { e: DyadEvent; mentions: number }>;
  /** Mentions this list adds to events written before it (by other documents or earlier pieces of this one). */
  added: Map<string, number>;
  /** For each event of the list, in order, the id of the event it is a mention of (its own when new). */
  told: string[];
}

/**
 * Tell each event of `events` in turn: an id the document already wrote (ids hash the document's text,
 * so only it can repeat one) or an event `matcher` finds is a mention of that event; any other is new,
 * and a candidate for the events after it. `createdIds` holds the document's new ids across its pieces
 * and is added to.
 */
export function tellEvents(events: readonly DyadEvent[], matcher: EventMatcher, createdIds: Set<string>): Tellings {
  const out: Tellings = { fresh: new Map(), added: new Map(), told: [] };
  for (const e of events) {
    const told = createdIds.has(e.id) ? e.id : matcher.match(e);
    if (told === null) {
      createdIds.add(e.id);
      out.fresh.set(e.id, { e, mentions: 1 });
      const c = candidateOf(e);
      if (c) matcher.add(c);
    } else {
      const f = out.fresh.get(told);
      if (f) f.mentions++;
      else out.added.set(told, (out.added.get(told) ?? 0) + 1);
    }
    out.told.push(told ?? e.id);
  }
  return out;
}
