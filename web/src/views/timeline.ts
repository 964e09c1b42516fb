/**
 * The timeline: a dyad's events and ladder milestones in date order. Every item is a button (reachable
 * by keyboard) that opens its evidence: the document with the sentence highlighted.
 */
import * as Plot from '@observablehq/plot';
import { api, cameoName } from '../api.js';
import { el } from '../dom.js';
import type { EvidenceRequest } from '../evidence.js';
import { formatInterval, QUADS, quadLook } from '../quad.js';
import type { ViewState } from '../state.js';
import { formatNumber, intervalSpan, isDayPrecise, spanLanes } from '../../../src/charts/index.js';
import type { StoredEvent, StoredMilestone } from '../../../src/store/store.js';

type Item =
  | { kind: 'event'; date: string; event: StoredEvent }
  | { kind: 'milestone'; date: string; milestone: StoredMilestone };

export interface TimelineHooks {
  openEvent(ev: StoredEvent): void;
  openEvidence(req: EvidenceRequest): void;
}

export function milestoneEvidence(m: StoredMilestone): EvidenceRequest {
  return {
    title: `${m.actor} – ${m.org}: ${m.instrument} ${m.status}`,
    facts: [['Actor', m.actor], ['Organisation', m.org], ['Instrument', m.instrument], ['Status', m.status],
      ['When', formatInterval(m.date)], ['Rule', m.rule]],
    documentId: m.documentId,
    start: m.evidence.start,
    end: m.evidence.end,
    page: m.evidence.page ?? null,
  };
}

export async function renderTimeline(main: HTMLElement, s: ViewState, hooks: TimelineHooks): Promise<StoredEvent[]> {
  const range = { from: s.from || undefined, to: s.to || undefined, dataset: s.dataset || undefined };
  const LIMIT = 2000;
  const none: { items: StoredMilestone[] } = { items: [] };
  const period = { from: s.from || undefined, to: s.to || undefined };
  const [events, ms1, ms2] = await Promise.all([
    api.events({ dyad: `${s.a}:${s.b}`, ...range, quad: s.quad.length === 1 ? s.quad[0] : undefined, limit: LIMIT }),
    // Milestones come from documents only: none when another source is chosen. The period applies to
    // them as to events: a 2015 timeline shows the steps of 2015, not those of 2006 or 2019.
    s.dataset && s.dataset !== 'dyad' ? none : api.milestones({ actor: s.a, org: s.b, ...period }),
    s.dataset && s.dataset !== 'dyad' ? none : api.milestones({ actor: s.b, org: s.a, ...period }),
  ]);
  const shownEvents = events.items.filter((e) => s.quad.includes(e.quadClass));
  const milestones = [...ms1.items, ...ms2.items];
  const items: Item[] = [
    ...shownEvents.map((e): Item => ({ kind: 'event', date: e.date?.start ?? '', event: e })),
    ...milestones.map((m): Item => ({ kind: 'milestone', date: m.date?.start ?? '', milestone: m })),
  ].sort((x, y) => (x.date || '9999').localeCompare(y.date || '9999'));

  const count = (n: number, one: string, many: string) => `${formatNumber(n)} ${n === 1 ? one : many}`;
  main.append(el('h2', {}, `${s.a} – ${s.b}: timeline`),
    el('p', { class: 'summary' }, `${count(shownEvents.length, 'event', 'events')}, ${count(milestones.length, 'milestone', 'milestones')}`,
      s.from || s.to ? ` ${periodText(s.from, s.to)}` : '', '. Select an item to see the sentence it comes from.'));
  if (events.items.length === LIMIT) {
    main.append(el('p', { class: 'summary', role: 'note' }, `Showing the first ${formatNumber(LIMIT)} events in date order: narrow the period to see the rest.`));
  }
  if (items.length === 0) {
    main.append(el('p', { class: 'empty' }, 'Nothing in this period.'));
    return [];
  }

  const chart = timelineChart(shownEvents, milestones, s, Math.min(main.clientWidth || 900, 1100));
  if (chart) main.append(el('figure', { class: 'chart', 'aria-hidden': 'true' }, chart));

  const names = new Map(await Promise.all([...new Set(events.items.map((e) => e.code))].map(async (c) => [c, await cameoName(c)] as const)));
  const list = el('ol', { class: 'timeline' });
  for (const item of items) {
    if (item.kind === 'event') {
      const e = item.event;
      const look = quadLook(e.quadClass);
      list.append(el('li', { class: `item ev q${e.quadClass}` },
        el('button', { type: 'button', 'data-event': e.id, onclick: () => hooks.openEvent(e) },
          el('span', { class: 'when' }, formatInterval(e.date)),
          el('span', { class: 'glyph', title: look.label, 'aria-label': look.label, role: 'img' }, look.glyph),
          el('span', { class: 'who' }, `${e.source.principal} → ${e.target.principal}`),
          el('span', { class: 'code' }, `${names.get(e.code) || 'CAMEO'} (${e.code}) · ${look.short} · Goldstein ${e.goldstein.toFixed(1)}`),
          el('span', { class: 'text' }, snippet(e.evidence?.text ?? (e.datasetRowId ? `${e.dataset} row ${e.datasetRowId}` : ''))))));
    } else {
      const m = item.milestone;
      list.append(el('li', { class: 'item ms' },
        el('button', { type: 'button', 'data-milestone': m.id, onclick: () => hooks.openEvidence(milestoneEvidence(m)) },
          el('span', { class: 'when' }, formatInterval(m.date)),
          el('span', { class: 'glyph', title: 'Milestone', 'aria-label': 'Milestone', role: 'img' }, '⚑'),
          el('span', { class: 'who' }, `${m.actor} – ${m.org}`),
          el('span', { class: 'code' }, `${m.instrument} ${m.status}`),
          el('span', { class: 'text' }, snippet(m.evidence.text)))));
    }
  }
  main.append(list);
  return events.items;
}

/** `from 2015-01-01 to 2015-12-31`, `from 2015-01-01`, `until 2015-12-31`. */
function periodText(from: string, to: string): string {
  if (from && to) return `from ${from} to ${to}`;
  return from ? `from ${from}` : `until ${to}`;
}

const DAY_MS = 86_400_000;

/**
 * The strip above the list: an event known to the day is a dot on its day; one known only to a month, a
 * quarter or a year is a bar across that month, quarter or year (never a dot on its first day);
 * milestones are a dashed rule on their day, or a shaded band over their month or year. Within a period
 * the axis is that period.
 */
function timelineChart(events: StoredEvent[], milestones: StoredMilestone[], s: ViewState, width: number): SVGSVGElement | HTMLElement | null {
  const days = events.filter((e) => isDayPrecise(e.date));
  const wide = events.flatMap((e) => {
    const span = isDayPrecise(e.date) ? null : intervalSpan(e.date);
    return span ? [{ e, ...span }] : [];
  });
  const lanes = spanLanes(wide);
  const bars = wide.map((w, i) => ({ ...w, lane: lanes[i] ?? 0 }));
  const msSpans = milestones.flatMap((m) => {
    const span = intervalSpan(m.date);
    return span ? [{ m, ...span, day: isDayPrecise(m.date) }] : [];
  });
  if (days.length === 0 && bars.length === 0 && msSpans.length === 0) return null;
  const laneCount = Math.max(0, ...lanes.map((l) => l + 1));
  const laneTop = 24;
  const laneHeight = 10;
  const dotsHeight = days.length ? 70 : 0;
  const domain = s.from || s.to ? periodDomain(s, [...days.map((e) => e.date?.start ?? ''), ...wide.map((w) => w.from.toISOString().slice(0, 10))]) : undefined;
  const tip = (e: StoredEvent) => `${formatInterval(e.date)} ${e.source.principal}→${e.target.principal} ${e.code}`;
  return Plot.plot({
    width,
    height: laneTop + laneCount * laneHeight + dotsHeight + 30,
    marginTop: laneTop,
    x: { type: 'utc', label: null, ...(domain ? { domain } : {}) },
    y: { type: 'band', domain: Array.from({ length: Math.max(1, laneCount) }, (_, i) => i), range: [laneTop, laneTop + Math.max(1, laneCount) * laneHeight], axis: null, padding: 0.2 },
    symbol: { domain: QUADS.map((q) => q.label), range: QUADS.map((q) => q.symbol), legend: true },
    marks: [
      Plot.rectX(msSpans.filter((m) => !m.day), { x1: 'from', x2: 'to', fill: 'currentColor', fillOpacity: 0.08, clip: true,
        title: (m: { m: StoredMilestone }) => `${formatInterval(m.m.date)} ${m.m.instrument} ${m.m.status}` }),
      Plot.ruleX(msSpans.filter((m) => m.day), { x: 'from', strokeDasharray: '3,3', clip: true }),
      // A flag over each milestone, as in the list below, so a band reads as a step and not as data.
      // Placed at the middle of the step's day, month or year, kept inside the period's axis.
      Plot.text(msSpans, { x: (m: { from: Date; to: Date }) => flagAt(m, domain), text: () => '⚑', frameAnchor: 'top', dy: -12, fontSize: 13 }),
      Plot.barX(bars, { x1: 'from', x2: 'to', y: 'lane', fill: (b: { e: StoredEvent }) => quadLook(b.e.quadClass).color, fillOpacity: 0.35,
        stroke: (b: { e: StoredEvent }) => quadLook(b.e.quadClass).color, clip: true, title: (b: { e: StoredEvent }) => tip(b.e) }),
      Plot.dot(days, Plot.dodgeY({ anchor: 'bottom', x: (e: StoredEvent) => new Date(`${e.date?.start}T00:00:00Z`), symbol: (e: StoredEvent) => quadLook(e.quadClass).label,
        stroke: (e: StoredEvent) => quadLook(e.quadClass).color, r: 4, title: tip })),
    ],
  });
}

function flagAt(m: { from: Date; to: Date }, domain: [Date, Date] | undefined): Date {
  const mid = (m.from.getTime() + m.to.getTime()) / 2;
  return new Date(domain ? Math.min(Math.max(mid, domain[0].getTime()), domain[1].getTime()) : mid);
}

/**
 * The period as the axis: from its first day to the last moment of its last (so the axis does not tick
 * the next year in), an open side taken from the data.
 */
function periodDomain(s: ViewState, starts: string[]): [Date, Date] {
  const known = starts.filter(Boolean).sort();
  const from = s.from || known[0] || s.to;
  const to = s.to || known[known.length - 1] || s.from;
  return [new Date(`${from}T00:00:00Z`), new Date(new Date(`${to}T00:00:00Z`).getTime() + DAY_MS - 1)];
}

function snippet(text: string, max = 220): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
