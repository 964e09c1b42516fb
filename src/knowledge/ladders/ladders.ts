/**
 * Ladders as data and where an actor stands on one: an organisation's ordered rungs (NATO: none, PfP,
 * IPP, IPAP, MAP, invited, member), the milestones that put an actor on a rung or take it off, and
 * `ladderPosition()`, a pure function of the actor's milestones and a day.
 */
import { loadDataFile } from '../../core/data-file.js';
import { DyadError } from '../../core/errors.js';
import type { DateInterval, Instrument, IsoDay, MilestoneStatus } from '../../core/model.js';
import { dataPath } from '../../core/paths.js';
import { LADDERS_SCHEMA } from './_schema.js';

export interface LadderRule {
  instrument: Instrument;
  status: MilestoneStatus[];
  /** For a suspension: the statuses of the same instrument that lift it. */
  until?: MilestoneStatus[];
}

export interface Rung {
  id: string;
  name: string;
  on?: LadderRule[];
  off?: LadderRule[];
}

export interface Ladder {
  /** The organisation (`NATO`, `EU`, `CSTO`). */
  org: string;
  name: string;
  /** Lowest first; the first rung is where an actor stands with no milestone. */
  rungs: Rung[];
  /** Instruments that go with the ladder without being rungs (SOFA, ITPP, IPCP). */
  side?: { instrument: Instrument; name: string }[];
  /**
   * Statuses the organisation's decision reaches at once: the OECD Council "decided to open accession
   * discussions" opens them, where the EU's decision to open negotiations comes before their opening.
   */
  decided?: MilestoneStatus[];
}

/** What ladderPosition reads of a milestone (a stored row or an extracted Milestone both fit). */
export interface LadderMilestone {
  actor: string;
  org: string;
  instrument: Instrument;
  status: MilestoneStatus;
  date: DateInterval | null;
}

/** One change of position. */
export interface LadderStep {
  day: IsoDay;
  rung: string;
  /** The milestone that caused it. */
  instrument: Instrument;
  status: MilestoneStatus;
}

export interface LadderPosition {
  /** The rung held on the day (`none` below the first milestone). */
  rung: string;
  /** Since when it has been held; null for the bottom rung with no history. */
  since: IsoDay | null;
  /** Every change of position up to the day, oldest first. */
  history: LadderStep[];
  /** Side instruments reached by the day, with their latest status. */
  side: { instrument: Instrument; status: MilestoneStatus; day: IsoDay }[];
  /** Milestones of this organisation left out because they have no date. */
  undated: number;
}

/**
 * Where an actor stands on a ladder on `atDay`. A milestone counts from the first day of its date
 * interval ("late 2006" counts from 2006-09-01). The rung held is the highest one reached and not
 * taken off; a suspended rung drops the actor to the highest rung below it until lifted.
 * @throws DyadError BAD_ARGUMENT when the milestones belong to more than one actor or atDay is not a day
 * @example
 * ladderPosition(loadLadders().get('NATO'), serbiaMilestones, '2016-01-01').rung; // 'IPAP'
 */
export function ladderPosition(ladder: Ladder, milestones: readonly LadderMilestone[], atDay: IsoDay): LadderPosition {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(atDay)) {
    throw new DyadError('BAD_ARGUMENT', `'${atDay}' is not a day (YYYY-MM-DD)`, { place: { field: 'atDay' } });
  }
  const actors = new Set(milestones.map((m) => m.actor));
  if (actors.size > 1) {
    throw new DyadError('BAD_ARGUMENT', `milestones of several actors (${[...actors].join(', ')}) given for one ladder position`, {
      hint: 'Filter the milestones to one actor first.',
    });
  }
  const mine = milestones.filter((m) => m.org === ladder.org);
  const dated = mine
    .map((m) => ({ m, day: m.date?.start ?? m.date?.end ?? null }))
    .filter((x): x is { m: LadderMilestone; day: string } => x.day !== null && x.day <= atDay)
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));

  const reached = new Map<number, IsoDay>();
  /** Rung index → the statuses that lift its suspension. */
  const suspended = new Map<number, { instrument: Instrument; until: MilestoneStatus[] }>();
  const sideInstruments = new Set((ladder.side ?? []).map((s) => s.instrument));
  const side = new Map<Instrument, { instrument: Instrument; status: MilestoneStatus; day: IsoDay }>();
  const history: LadderStep[] = [];
  let held = 0;
  let since: IsoDay | null = null;

  const current = (): number => {
    let best = 0;
    for (const i of reached.keys()) if (i > best && !suspended.has(i)) best = i;
    return best;
  };

  for (const { m, day } of dated) {
    if (sideInstruments.has(m.instrument)) side.set(m.instrument, { instrument: m.instrument, status: m.status, day });
    for (const [i, s] of suspended) {
      if (s.instrument === m.instrument && s.until.includes(m.status)) suspended.delete(i);
    }
    ladder.rungs.forEach((rung, i) => {
      for (const r of rung.off ?? []) {
        if (r.instrument !== m.instrument || !r.status.includes(m.status) || !reached.has(i)) continue;
        if (r.until) suspended.set(i, { instrument: r.instrument, until: r.until });
        else reached.delete(i);
      }
      for (const r of rung.on ?? []) {
        if (r.instrument === m.instrument && r.status.includes(m.status) && !reached.has(i)) reached.set(i, day);
      }
    });
    const now = current();
    if (now !== held) {
      held = now;
      since = day;
      history.push({ day, rung: ladder.rungs[now]!.id, instrument: m.instrument, status: m.status });
    }
  }
  return {
    rung: ladder.rungs[held]!.id,
    since,
    history,
    side: [...side.values()],
    undated: mine.length - mine.filter((m) => m.date?.start ?? m.date?.end).length,
  };
}

/** The loaded ladders, by organisation. */
export class Ladders {
  private readonly byOrg = new Map<string, Ladder>();

  constructor(ladders: readonly Ladder[]) {
    for (const l of ladders) this.byOrg.set(l.org, l);
  }

  all(): Ladder[] {
    return [...this.byOrg.values()];
  }

  has(org: string): boolean {
    return this.byOrg.has(org);
  }

  /** @throws DyadError NOT_FOUND for an organisation without a ladder */
  get(org: string): Ladder {
    const l = this.byOrg.get(org);
    if (!l) {
      throw new DyadError('NOT_FOUND', `no ladder for '${org}'`, {
        hint: `Ladders exist for ${[...this.byOrg.keys()].join(', ')} (data/ladders.yaml).`,
      });
    }
    return l;
  }
}

let cached: Ladders | undefined;

/** Load and check `data/ladders.yaml` (or another file); the package's own is cached. */
export function loadLadders(file?: string): Ladders {
  if (file === undefined && cached) return cached;
  const path = file ?? dataPath('ladders.yaml');
  const data = loadDataFile<{ ladders: Ladder[] }>(path, LADDERS_SCHEMA);
  data.ladders.forEach((l, i) => {
    const ids = new Set<string>();
    for (const r of l.rungs) {
      if (ids.has(r.id)) {
        throw new DyadError('DATA_SCHEMA', `ladder ${l.org}: rung '${r.id}' appears twice`, { place: { file: path, field: `/ladders/${i}/rungs` } });
      }
      ids.add(r.id);
    }
  });
  const ladders = new Ladders(data.ladders);
  if (file === undefined) cached = ladders;
  return ladders;
}
