/**
 * Where an actor stands on each organisation's ladder at a date, and how it got there: the stored
 * milestones read through the ladders of data/ladders.yaml (`ladderPosition` of src/knowledge/ladders), each step with the
 * sentence that states it.
 */
import type { DateInterval, Evidence, Instrument, IsoDay, MilestoneStatus } from '../core/model.js';
import { loadLadders, ladderPosition, type Ladders } from '../knowledge/ladders/index.js';
import type { Store, StoredMilestone } from '../store/store.js';

/** A milestone as the ladder reads it, with the sentence that states it (null when none is stored). */
export interface LadderMilestoneWithEvidence {
  /** The day the ladder places it on (its date's start). */
  day: IsoDay;
  /** Its date as stated (a month, a year…), so it can be shown at that precision. */
  date: DateInterval | null;
  instrument: Instrument;
  status: MilestoneStatus;
  evidence: Evidence | null;
  documentId: string | null;
}

export interface LadderStepWithEvidence extends LadderMilestoneWithEvidence {
  rung: string;
}

export interface LadderStanding {
  actor: string;
  org: string;
  ladder: string;
  /** Rung id held on the day, and its name. */
  rung: string;
  rungName: string;
  /** Rank of the rung, 0 = bottom; and how many rungs the ladder has. */
  level: number;
  levels: number;
  since: IsoDay | null;
  history: LadderStepWithEvidence[];
  /** Instruments that go with the ladder without being rungs (a SOFA), with their evidence. */
  side: LadderMilestoneWithEvidence[];
  /** Milestones with this organisation that have no date, so could not be placed. */
  undated: number;
}

export interface LadderQuery {
  actor: string;
  /** One organisation; all ladders when absent. */
  org?: string;
  at: IsoDay;
  ladders?: Ladders;
}

function evidenceFor(ms: StoredMilestone[], day: IsoDay, instrument: Instrument, status: MilestoneStatus): StoredMilestone | undefined {
  return ms.find((m) => m.instrument === instrument && m.status === status && (m.date?.start ?? m.date?.end) === day);
}

function withEvidence(ms: StoredMilestone[], step: { day: IsoDay; instrument: Instrument; status: MilestoneStatus }):
  Pick<LadderMilestoneWithEvidence, 'date' | 'evidence' | 'documentId'> {
  const m = evidenceFor(ms, step.day, step.instrument, step.status);
  return { date: m?.date ?? null, evidence: m?.evidence ?? null, documentId: m?.documentId ?? null };
}

/**
 * The actor's standing on each ladder on `at`.
 * @example await ladderStandings(store, { actor: 'SRB', org: 'NATO', at: '2016-01-01' }) // rung IPAP
 */
export async function ladderStandings(store: Store, q: LadderQuery): Promise<LadderStanding[]> {
  const ladders = q.ladders ?? loadLadders();
  const actor = q.actor.trim().toUpperCase();
  const wanted = q.org ? [ladders.get(q.org.trim().toUpperCase())] : ladders.all();
  const milestones = await store.milestones({ actor });
  return wanted.map((ladder) => {
    const mine = milestones.filter((m) => m.org === ladder.org);
    const pos = ladderPosition(ladder, mine, q.at);
    const level = ladder.rungs.findIndex((r) => r.id === pos.rung);
    return {
      actor,
      org: ladder.org,
      ladder: ladder.name,
      rung: pos.rung,
      rungName: ladder.rungs[level]?.name ?? pos.rung,
      level,
      levels: ladder.rungs.length,
      since: pos.since,
      history: pos.history.map((h) => ({ ...h, ...withEvidence(mine, h) })),
      side: pos.side.map((x) => ({ ...x, ...withEvidence(mine, x) })),
      undated: pos.undated,
    };
  });
}
