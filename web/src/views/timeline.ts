/**
 * The timeline: a dyad's events and ladder milestones in date order. Every item is a button (reachable
 * by keyboard) that opens its evidence: the document with the sentence highlighted.
 */
import * as Plot from '@observablehq/plot';
import { api, cameoName } from '../api.js';
import { el } from '../dom.js';
import { eventEvidence, type EvidenceRequest } from '../evidence.js';
import { formatInterval, QUADS, quadLook } from '../quad.js';
import type { ViewState } from '../state.js';
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
  };
}

export async function renderTimeline(main: HTMLElement, s: ViewState, hooks: TimelineHooks): Promise<StoredEvent[]> {
  const range = { from: s.from || undefined, to: s.to || undefined, dataset: s.dataset || undefined };
  const LIMIT = 2000;
  const none: { items: StoredMilestone[] } = { items: [] };
  const [events, ms1, ms2] = await Promise.all([
    api.events({ dyad: `${s.a}:${s.b}`, ...range, quad: s.quad.length === 1 ? s.quad[0] : undefined, limit: LIMIT }),
    // Milestones come from documents only: none when another source is chosen.
    s.dataset && s.dataset !== 'dyad' ? none : api.milestones({ actor: s.a, org: s.b }),
    s.dataset && s.dataset !== 'dyad' ? none : api.milestones({ actor: s.b, org: s.a }),
  ]);
  const inRange = (d: string) => (!s.from || d >= s.from) && (!s.to || d <= s.to);
  const items: Item[] = [
    ...events.items.filter((e) => s.quad.includes(e.quadClass))
      .map((e): Item => ({ kind: 'event', date: e.date?.start ?? '', event: e })),
    ...[...ms1.items, ...ms2.items].map((m): Item => ({ kind: 'milestone', date: m.date?.start ?? '', milestone: m }))
      .filter((i) => !i.date || inRange(i.date)),
  ].sort((x, y) => (x.date || '9999').localeCompare(y.date || '9999'));

  main.append(el('h2', {}, `${s.a} – ${s.b}: timeline`),
    el('p', { class: 'summary' }, `${events.items.length} events, ${ms1.items.length + ms2.items.length} milestones. `,
      'Select an item to see the sentence it comes from.'));
  if (events.items.length === LIMIT) {
    main.append(el('p', { class: 'summary', role: 'note' }, `Showing the first ${LIMIT} events in date order: narrow the period to see the rest.`));
  }
  if (items.length === 0) {
    main.append(el('p', { class: 'empty' }, 'Nothing in this period.'));
    return [];
  }

  const dated = events.items.filter((e) => e.date?.start && s.quad.includes(e.quadClass));
  if (dated.length) {
    const chart = Plot.plot({
      width: Math.min(main.clientWidth || 900, 1100),
      height: 110,
      x: { type: 'utc', label: null },
      y: { axis: null },
      symbol: { domain: QUADS.map((q) => q.label), range: QUADS.map((q) => q.symbol), legend: true },
      marks: [
        Plot.dot(dated, Plot.dodgeY({ x: (e: StoredEvent) => new Date(`${e.date?.start}T00:00:00Z`), symbol: (e: StoredEvent) => quadLook(e.quadClass).label,
          stroke: (e: StoredEvent) => quadLook(e.quadClass).color, r: 4, title: (e: StoredEvent) => `${e.date?.start} ${e.source.principal}→${e.target.principal} ${e.code}` })),
        Plot.ruleX(ms1.items.concat(ms2.items).filter((m) => m.date?.start), { x: (m: StoredMilestone) => new Date(`${m.date?.start}T00:00:00Z`), strokeDasharray: '3,3' }),
      ],
    });
    main.append(el('figure', { class: 'chart', 'aria-hidden': 'true' }, chart));
  }

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

function snippet(text: string, max = 220): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
