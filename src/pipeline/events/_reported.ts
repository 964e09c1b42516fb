/**
 * The subject of a clause a reporting verb reports ("Chile said the militants attacked Bolivia"): where it
 * names no actor, the act is someone unnamed's, not the reporter's, whom the subject search reaches past it.
 */
import type { Modality, Party, SentenceView } from '../grammar/index.js';

/** Sectors of a state's own organs: "Chile said the army attacked" is Chile's army. */
const STATE_SECTORS = new Set(['government', 'military', 'police', 'legislature', 'judiciary']);

/**
 * Does the finite verb at `i` head a clause reported by a verb after `source`, whose own subject (the
 * last noun before `i`) names no actor and is not the reporter's own ("its troops", "the army")?
 */
export function unnamedReportedSubject(view: SentenceView, i: number, source: Party, m: Modality, sectors: ReadonlyMap<string, string>): boolean {
  // The grammar's reading of the clause: governed by a reporting verb after the source.
  const g = view.verbGroupAt(i);
  const reporter = g && (g.governed === 'reported' || g.governed === 'that') ? g.governor : -1;
  if (reporter <= source.last || !m.reportingVerbs.has(view.lemmas[reporter] ?? '')) return false;
  let head = -1;
  for (let k = i - 1; k > reporter; k--) {
    if (view.tokens[k]?.pos === 'NOUN') {
      head = k;
      break;
    }
  }
  if (head < 0 || (view.actorAt[head] ?? -1) >= 0) return false;
  // (A noun inside a phrase of the saying is not the subject: "said in a statement …".)
  let d = head;
  while (d > reporter + 1 && ['ADJ', 'NOUN', 'DET', 'NUM', 'PRON'].includes(view.tokens[d - 1]?.pos ?? '')) d--;
  if (view.tokens[d - 1]?.pos === 'ADP' && view.lemmas[d - 1] !== 'that') return false;
  // The subject opens with a determiner or the complementiser ("said the rebels", "said that rebels"), not a
  // bare noun a tagger may have split from its verb ("announced asset freezes").
  const opener = view.tokens[d]?.pos === 'DET' ? d : d - 1;
  if (!(view.tokens[opener]?.pos === 'DET' || (view.lemmas[opener] === 'that' && opener > reporter))) return false;
  // "its troops", "their forces": the reporter's own.
  for (let k = d; k < head; k++) if (view.language.possessives.has(view.lemmas[k] ?? '')) return false;
  // "the country", "the alliance": the reporter describing itself.
  if (view.language.selfDescriptions.has(view.lemmas[head] ?? '') || view.language.selfDescriptions.has(view.tokens[head]?.lower ?? '')) return false;
  const sector = sectors.get(view.lemmas[head] ?? '') ?? sectors.get(view.tokens[head]?.lower ?? '');
  return !(sector && STATE_SECTORS.has(sector));
}
