/**
 * A relationship's timeline: the events between two principals and the ladder milestones of one with
 * the other, merged in date order, each with its evidence. This is the brief-style chronology an
 * analyst reads first; undated items come last, since nothing places them.
 */
import type { DateInterval, Evidence } from '../core/model.js';
import type { Store, StoredEvent, StoredMilestone } from '../store/store.js';

export interface TimelineItem {
  kind: 'event' | 'milestone';
  id: string;
  date: DateInterval | null;
  /** Event: `SRB→NATO 057`; milestone: `SRB NATO PfP joined`. */
  label: string;
  /** CAMEO code of an event; instrument of a milestone. */
  code: string;
  /** How many documents tell it (events). */
  mentions: number;
  evidence: Evidence | null;
  documentId: string | null;
  /** The stored event or milestone itself, for whoever shows more of it (actors, dataset row, status). */
  event?: StoredEvent;
  milestone?: StoredMilestone;
}

export interface TimelineQuery {
  a: string;
  b: string;
  from?: string;
  to?: string;
  /** At most this many events (default 1000). */
  limit?: number;
}

function key(d: DateInterval | null): string {
  return d?.start ?? d?.end ?? '9999-99-99';
}

/**
 * Events of the dyad and milestones of either side with the other, by date.
 * @example await timeline(store, { a: 'SRB', b: 'NATO' })
 */
export async function timeline(store: Store, q: TimelineQuery): Promise<TimelineItem[]> {
  const a = q.a.toUpperCase();
  const b = q.b.toUpperCase();
  const range = { ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}) };
  const [events, ma, mb] = await Promise.all([
    store.events({ dyad: [a, b], ...range, limit: q.limit ?? 1000 }),
    store.milestones({ actor: a, org: b }),
    store.milestones({ actor: b, org: a }),
  ]);
  const inRange = (d: DateInterval | null) =>
    (!q.from || (d?.end ?? d?.start ?? '') >= q.from) && (!q.to || (d?.start ?? d?.end ?? '9999') <= q.to);
  const items: TimelineItem[] = [
    ...events.map((e) => ({
      kind: 'event' as const,
      id: e.id,
      date: e.date,
      label: `${e.source.principal}→${e.target.principal} ${e.code}`,
      code: e.code,
      mentions: e.mentions,
      evidence: e.evidence,
      documentId: e.documentId,
      event: e,
    })),
    ...[...ma, ...mb].filter((m) => inRange(m.date)).map((m) => ({
      kind: 'milestone' as const,
      id: m.id,
      date: m.date,
      label: `${m.actor} ${m.org} ${m.instrument} ${m.status}`,
      code: m.instrument,
      mentions: 1,
      evidence: m.evidence,
      documentId: m.documentId,
      milestone: m,
    })),
  ];
  // Milestones first on a shared day: the step, then what was done around it.
  return items.sort((x, y) => {
    const kx = key(x.date);
    const ky = key(y.date);
    if (kx !== ky) return kx < ky ? -1 : 1;
    if (x.kind !== y.kind) return x.kind === 'milestone' ? -1 : 1;
    return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
  });
}
