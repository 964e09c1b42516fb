/**
 * The ladder view: the actor's rung on each organisation's ladder over time, as a step chart, and the
 * milestones behind each step (each opens its evidence).
 */
import * as Plot from '@observablehq/plot';
import { api, type LadderStep } from '../api.js';
import { el } from '../dom.js';
import type { EvidenceRequest } from '../evidence.js';
import { formatInterval } from '../quad.js';
import type { ViewState } from '../state.js';
import { milestoneEvidence } from './timeline.js';

export async function renderLadder(main: HTMLElement, s: ViewState, openEvidence: (r: EvidenceRequest) => void): Promise<void> {
  const [{ ladders, at }, milestones] = await Promise.all([api.ladders(s.a, s.to || undefined), api.milestones({ actor: s.a })]);
  main.append(el('h2', {}, `${s.a} on the ladders`), el('p', { class: 'summary' }, `Position on each ladder as of ${at}.`));
  if (ladders.length === 0) {
    main.append(el('p', { class: 'empty' }, `No ladder milestones for ${s.a}.`));
    return;
  }
  const byId = new Map(milestones.items.map((m) => [m.id, m]));
  const width = Math.min(main.clientWidth || 900, 1100);
  const end = new Date(`${at}T00:00:00Z`);
  for (const ladder of ladders) {
    const section = el('section', { class: 'ladder', 'aria-labelledby': `ladder-${ladder.org}` });
    section.append(el('h3', { id: `ladder-${ladder.org}` }, `${ladder.org}: ${ladder.rung}`,
      ladder.since ? el('span', { class: 'since' }, ` since ${ladder.since}`) : ''));
    const dated = ladder.steps.filter((st): st is LadderStep & { date: string } => st.date !== null);
    if (dated.length) {
      const first = new Date(`${dated[0]!.date}T00:00:00Z`);
      const start = new Date(Date.UTC(first.getUTCFullYear() - 1, 0, 1));
      const points = [{ date: start, level: 0 }, ...dated.map((st) => ({ date: new Date(`${st.date}T00:00:00Z`), level: st.level })),
        { date: end, level: dated[dated.length - 1]!.level }];
      const chart = Plot.plot({
        width,
        height: 60 + 28 * ladder.rungs.length,
        marginLeft: 150,
        x: { type: 'utc', label: null },
        y: { domain: [0, ladder.rungs.length - 1], ticks: ladder.rungs.map((_, i) => i), tickFormat: (i: number) => ladder.rungs[i] ?? '', label: null, grid: true },
        marks: [
          Plot.line(points, { x: 'date', y: 'level', curve: 'step-after', strokeWidth: 2 }),
          Plot.dot(dated, { x: (st: LadderStep) => new Date(`${st.date}T00:00:00Z`), y: 'level', r: 4, fill: 'currentColor',
            title: (st: LadderStep) => `${st.date}: ${st.instrument ?? ''} ${st.status ?? ''} → ${st.rung}` }),
        ],
      });
      section.append(el('figure', { class: 'chart', 'aria-label': `${s.a}'s rung on the ${ladder.org} ladder over time` }, chart));
    }
    const list = el('ol', { class: 'steps' });
    for (const st of ladder.steps) {
      const m = st.milestoneId ? byId.get(st.milestoneId) : undefined;
      const label = `${st.date ?? 'undated'} · ${st.instrument ?? ''} ${st.status ?? ''} → ${st.rung}`;
      list.append(el('li', {}, m
        ? el('button', { type: 'button', onclick: () => openEvidence(milestoneEvidence(m)) }, label)
        : label));
    }
    section.append(list);
    main.append(section);
  }
  const undated = milestones.items.filter((m) => !m.date);
  if (undated.length) {
    main.append(el('p', { class: 'summary' }, `${undated.length} undated milestones: `,
      ...undated.map((m) => el('button', { type: 'button', class: 'link', onclick: () => openEvidence(milestoneEvidence(m)) },
        `${m.org} ${m.instrument} ${m.status} (${formatInterval(m.date)})`))));
  }
}
