/**
 * The ladder view: the actor's rung on each organisation's ladder over time, as a step chart, and the
 * steps behind it within the period (each opens the sentence that states it, or says none is stored).
 */
import { api, type LadderMilestone, type LadderView } from '../api.js';
import { el } from '../dom.js';
import type { EvidenceRequest } from '../evidence.js';
import type { ViewState } from '../state.js';
import { formatInterval, formatNumber, ladderChart } from '../../../src/charts/index.js';

/** The step's date as stated (`2006-12`, `2015`), or the day the ladder places it on. */
function when(st: LadderMilestone): string {
  return st.date ? formatInterval(st.date) : st.day;
}

function stepEvidence(actor: string, l: LadderView, st: LadderMilestone, rung: string): EvidenceRequest {
  return {
    title: `${actor} – ${l.org}: ${st.instrument} ${st.status}`,
    facts: [['Ladder', l.ladder], ['Step', `${st.instrument} ${st.status}`], [rung ? 'Rung reached' : 'Beside the ladder', rung || 'does not change the rung'], ['When', when(st)]],
    documentId: st.documentId,
    start: st.evidence?.start ?? 0,
    end: st.evidence?.end ?? 0,
    page: st.evidence?.page ?? null,
  };
}

/** A step as a list item: a button opening its sentence, or its text marked as having none stored. */
function stepItem(label: string, st: LadderMilestone, open: () => void, cls = ''): HTMLLIElement {
  if (st.documentId && st.evidence) {
    return el('li', { class: cls || null }, el('button', { type: 'button', onclick: open }, label));
  }
  return el('li', { class: `${cls} no-evidence`.trim() }, label, ' ', el('span', { class: 'note' }, '(no source sentence stored)'));
}

export async function renderLadder(main: HTMLElement, s: ViewState, openEvidence: (r: EvidenceRequest) => void): Promise<void> {
  const { ladders, at, actor } = await api.ladders(s.a, s.to || undefined);
  const inPeriod = (st: LadderMilestone) => !s.from || (st.date?.end ?? st.day) >= s.from;
  main.append(el('h2', {}, `${actor} on the ladders`), el('p', { class: 'summary' }, `Position on each ladder as of ${at}`,
    s.from ? `; steps from ${s.from}` : '', '.'));
  const width = Math.min(main.clientWidth || 900, 1100);
  for (const l of ladders) {
    const section = el('section', { class: 'ladder', 'aria-labelledby': `ladder-${l.org}` });
    const since = l.history.find((h) => h.day === l.since);
    section.append(el('h3', { id: `ladder-${l.org}` }, `${l.org}: ${l.rungName}`,
      l.since ? el('span', { class: 'since' }, ` since ${since ? when(since) : l.since}`) : el('span', { class: 'since' }, ' (no step recorded)')));
    if (l.history.length) {
      const chart = ladderChart({ rungs: l.rungs, history: l.history, level: l.level, at, ...(s.from ? { from: s.from } : {}) }, { width, document });
      section.append(el('figure', { class: 'chart', 'aria-label': `${actor}'s rung on the ${l.org} ladder over time` }, chart));
    }
    const list = el('ol', { class: 'steps' });
    const steps = l.history.filter(inPeriod);
    const earlier = l.history.length - steps.length;
    if (earlier) section.append(el('p', { class: 'summary earlier' }, `${formatNumber(earlier)} earlier ${earlier === 1 ? 'step' : 'steps'}, before ${s.from}.`));
    for (const st of steps) {
      const rung = l.rungs[st.level]?.name ?? st.rung;
      list.append(stepItem(`${when(st)} · ${st.instrument} ${st.status} → ${rung}`, st, () => openEvidence(stepEvidence(actor, l, st, rung))));
    }
    for (const x of l.side.filter(inPeriod)) {
      list.append(stepItem(`${when(x)} · ${x.instrument} ${x.status} (beside the ladder)`, x, () => openEvidence(stepEvidence(actor, l, x, '')), 'side'));
    }
    section.append(list);
    if (l.undated) section.append(el('p', { class: 'summary' }, `${formatNumber(l.undated)} undated ${l.undated === 1 ? 'milestone' : 'milestones'} could not be placed.`));
    main.append(section);
  }
}
