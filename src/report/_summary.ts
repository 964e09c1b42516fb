/**
 * The report's summary: a few plain sentences, each a template of data/reports/words.yaml filled from
 * the figures the other sections show — the ladder steps of the period, cooperative against
 * conflictual events, the busiest year and the cooperation index's range, the lean against a third
 * party, the figures the texts cite — or, with nothing stored, a sentence that says so.
 */
import type { Balance } from '../analysis/index.js';
import type { DyadSeriesRow, StoredMilestone } from '../store/store.js';
import { whenWords } from './_dates.js';
import { ratio, signed } from './_format.js';
import type { Words } from './_words.js';

/** A step on a ladder, as the summary names it. */
export interface SummaryStep extends Pick<StoredMilestone, 'actor' | 'org' | 'instrument' | 'status' | 'date'> {}

export interface SummaryInput {
  w: Words;
  a: string;
  b: string;
  c: string | null;
  names: { a: string; b: string; against: string | null };
  period: string | null;
  /** The period in words, or the years the events span. */
  span: string;
  series: DyadSeriesRow[];
  balance: Balance | null;
  /** The ladder steps of the period (the rung changes and side instruments), else every milestone. */
  steps: SummaryStep[];
  indicators: { subject: string; when: string }[];
  undated: number;
  hasData: boolean;
}

/** At most this many ladder steps are named in the summary; the ladder section lists them all. */
const MAX_STEPS = 5;

export function summarise(x: SummaryInput): string[] {
  const { w, names } = x;
  if (!x.hasData) {
    return [x.period ? w.t('summary', 'no-period', { a: names.a, b: names.b, period: x.period }) : w.t('summary', 'no-data', { a: names.a, b: names.b })];
  }
  const out: string[] = [];
  const steps = stepsSentence(x);
  if (steps) out.push(steps);
  const both = x.series.filter((r) => r.direction === 'both');
  const coop = both.reduce((s, r) => s + r.quad[0] + r.quad[1], 0);
  const conflict = both.reduce((s, r) => s + r.quad[2] + r.quad[3], 0);
  const vars = { span: x.span, cooperative: coop, conflictual: conflict, events: coop + conflict };
  if (coop + conflict > 0) {
    if (conflict === 0) out.push(w.t('summary', 'all-cooperative', vars));
    else if (coop === 0) out.push(w.t('summary', 'all-conflictual', vars));
    else if (coop > conflict) out.push(w.t('summary', 'cooperation-more', { ...vars, ratio: ratio(coop / conflict) }));
    else if (conflict > coop) out.push(w.t('summary', 'conflict-more', { ...vars, ratio: ratio(conflict / coop) }));
    else out.push(w.t('summary', 'even', vars));
  }
  if (both.length === 1) {
    out.push(w.t('summary', 'one-year', { year: both[0]!.period, index: signed(both[0]!.cooperation) }));
  } else if (both.length > 1) {
    // Ties go to the earliest year: the sentence must not depend on row order.
    const busiest = both.reduce((m, r) => (r.events > m.events ? r : m));
    const low = both.reduce((m, r) => (r.cooperation < m.cooperation ? r : m));
    const high = both.reduce((m, r) => (r.cooperation > m.cooperation ? r : m));
    out.push(w.t('summary', 'busiest', {
      year: busiest.period, events: busiest.events, low: signed(low.cooperation), lowYear: low.period, high: signed(high.cooperation), highYear: high.period,
    }));
  }
  if (x.undated) out.push(w.t('summary', 'undated', { count: x.undated }));
  if (x.balance && x.c && x.balance.rows.length) {
    const lean = x.balance.total.lean;
    const c = names.against ?? x.c;
    const vars2 = { a: names.a, c, span: x.span };
    if (lean === 'even') out.push(w.t('summary', 'lean-even', vars2));
    else if (lean.startsWith('away from ')) {
      const away = lean.slice('away from '.length);
      out.push(w.t('summary', 'lean-away', { ...vars2, away: away === x.b ? names.b : c }));
    } else out.push(w.t('summary', 'lean', { ...vars2, lean: lean === x.b ? names.b : c }));
  }
  if (x.indicators.length) {
    const subjects = [...new Set(x.indicators.map((i) => i.subject))];
    out.push(w.t('summary', 'figures', { count: x.indicators.length, subjects: w.list(subjects), newest: x.indicators[0]!.when }));
  }
  return out;
}

/** "Serbia joined NATO's Partnership for Peace in December 2006 and adopted … in January 2015." */
function stepsSentence(x: SummaryInput): string | null {
  const { w } = x;
  // Each (actor, instrument, status) once, at its earliest date, in date order.
  const seen = new Set<string>();
  const dated = x.steps.filter((m) => m.date?.start).sort((p, q) => p.date!.start!.localeCompare(q.date!.start!));
  const byActor = new Map<string, SummaryStep[]>();
  for (const m of dated) {
    const key = `${m.actor} ${m.org} ${m.instrument} ${m.status}`;
    if (seen.has(key)) continue;
    seen.add(key);
    byActor.set(m.actor, [...(byActor.get(m.actor) ?? []), m]);
  }
  // The actor with most steps speaks (Serbia, not NATO, in Serbia–NATO).
  const [actor, steps] = [...byActor.entries()].sort((p, q) => q[1].length - p[1].length || p[0].localeCompare(q[0]))[0] ?? [];
  if (!actor || !steps) return null;
  const phrases = steps.slice(0, MAX_STEPS).map((m) => w.t('summary', 'step-when', {
    step: stepWords(m, w),
    when: whenWords(m.date, w) ?? '',
  }));
  if (steps.length > MAX_STEPS) phrases.push(w.t('summary', 'more-steps', { count: steps.length - MAX_STEPS }));
  return w.t('summary', 'steps', { actor: actor === x.a ? x.names.a : actor === x.b ? x.names.b : actor, steps: w.list(phrases) });
}

/** `joined NATO's Partnership for Peace`. */
export function stepWords(m: Pick<StoredMilestone, 'org' | 'instrument' | 'status'>, w: Words): string {
  return w.step(m.org, m.instrument, m.status);
}
