/**
 * The ladder view: the actor's rung on each organisation's ladder over time, as a step chart, and the
 * steps behind it (each opens the sentence that states it).
 */
import { api, type LadderStep, type LadderView } from '../api.js';
import { el } from '../dom.js';
import type { EvidenceRequest } from '../evidence.js';
import type { ViewState } from '../state.js';
import { ladderChart } from '../../../src/charts/index.js';

function stepEvidence(actor: string, l: LadderView, st: LadderStep): EvidenceRequest {
  return {
    title: `${actor} – ${l.org}: ${st.instrument} ${st.status}`,
    facts: [['Ladder', l.ladder], ['Step', `${st.instrument} ${st.status}`], ['Rung reached', l.rungs[st.level]?.name ?? st.rung], ['From', st.day]],
    documentId: st.documentId,
    start: st.evidence?.start ?? 0,
    end: st.evidence?.end ?? 0,
  };
}

export async function renderLadder(main: HTMLElement, s: ViewState, openEvidence: (r: EvidenceRequest) => void): Promise<void> {
  const { ladders, at, actor } = await api.ladders(s.a, s.to || undefined);
  main.append(el('h2', {}, `${actor} on the ladders`), el('p', { class: 'summary' }, `Position on each ladder as of ${at}.`));
  const width = Math.min(main.clientWidth || 900, 1100);
  for (const l of ladders) {
    const section = el('section', { class: 'ladder', 'aria-labelledby': `ladder-${l.org}` });
    section.append(el('h3', { id: `ladder-${l.org}` }, `${l.org}: ${l.rungName}`,
      l.since ? el('span', { class: 'since' }, ` since ${l.since}`) : el('span', { class: 'since' }, ' (no step recorded)')));
    if (l.history.length) {
      const chart = ladderChart({ rungs: l.rungs, history: l.history, level: l.level, at }, { width, document });
      section.append(el('figure', { class: 'chart', 'aria-label': `${actor}'s rung on the ${l.org} ladder over time` }, chart));
    }
    const list = el('ol', { class: 'steps' });
    for (const st of l.history) {
      const label = `${st.day} · ${st.instrument} ${st.status} → ${l.rungs[st.level]?.name ?? st.rung}`;
      list.append(el('li', {}, st.documentId
        ? el('button', { type: 'button', onclick: () => openEvidence(stepEvidence(actor, l, st)) }, label)
        : label));
    }
    if (l.side.length) {
      list.append(el('li', { class: 'side' }, `Also: ${l.side.map((x) => `${x.instrument} ${x.status} ${x.day}`).join('; ')}`));
    }
    if (l.undated) list.append(el('li', { class: 'side' }, `${l.undated} undated milestones could not be placed.`));
    section.append(list);
    main.append(section);
  }
}
