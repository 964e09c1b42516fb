/**
 * The subject of a clause other than the one an act is told in: the subject of a fronted subordinate clause
 * ("When Brussels let the measures lapse, Poland imposed bans") or of a clause after a semicolon that follows
 * the act ("Peru closed the border; Chile reopened its consulate"). Such a party is no object of the act.
 */
import type { Party, SentenceView } from './_view.js';

/** Is party `p` the subject of a clause fronted before the act at `i`, or of a clause after a hard break past `i`? */
export function otherClauseSubject(view: SentenceView, i: number, p: Pick<Party, 'first' | 'last'>): boolean {
  if (p.first > i) {
    for (let k = i + 1; k < p.first; k++) if (view.hard[k] && view.tokens[k]?.text === ';') return subjectAt(view, k + 1, view.tokens.length, p);
    return false;
  }
  let s = 0;
  while (s < view.tokens.length && view.tokens[s]?.pos === 'PUNCT') s++;
  if (!view.language.frontedSubordinators.has(view.lemmas[s] ?? '')) return false;
  let comma = -1;
  for (let k = s + 1; k < i; k++) {
    if (view.tokens[k]?.text === ',') {
      comma = k;
      break;
    }
  }
  return comma > p.last && subjectAt(view, s + 1, comma, p);
}

/**
 * Is `p` a subject of the clause from `from` to `end`: named before the clause's first finite verb, in a noun
 * phrase or list of them ("Poland, Hungary and Slovakia imposed …"), after no preposition?
 */
function subjectAt(view: SentenceView, from: number, end: number, p: Pick<Party, 'first' | 'last'>): boolean {
  if (p.first < from) return false;
  const group = view.verbGroups().find((g) => g.first > p.last);
  if (!group || group.form !== 'finite' || group.head >= end) return false;
  for (let k = from; k < group.first; k++) {
    if (k >= p.first && k <= p.last) continue;
    const t = view.tokens[k];
    if (!t || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADP' || view.hard[k] || (view.soft[k] && t.text !== ',')) return false;
  }
  return true;
}

/** How far before a subject pronoun the "and" that joins its predicate to the one before may stand ("and later that year he"). */
const COORDINATOR_REACH = 5;

/**
 * The party a subject pronoun before `i` stands for when it opens a predicate joined to its own sentence's
 * first one ("Tokyo protested …, and it accused Seoul", "Erdogan said …, and later that year he warned"): the
 * subject of that first predicate, not the doer of the act told just before; undefined when there is none.
 */
export function coordinatedSubject(view: SentenceView, i: number): Party | undefined {
  let j = i - 1;
  while (j >= 0 && !view.hard[j] && !view.language.subjectPronouns.has(view.lemmas[j] ?? '')) j--;
  if (j < 0 || view.hard[j]) return undefined;
  let joined = false;
  for (let k = j - 1; k >= Math.max(0, j - COORDINATOR_REACH) && !view.hard[k]; k--) {
    if (view.language.verbCoordinators.has(view.lemmas[k] ?? '')) {
      joined = true;
      break;
    }
  }
  if (!joined) return undefined;
  const p = view.actors.find((a) => !a.generic && !a.setting);
  if (!p || p.last >= j) return undefined;
  const group = view.verbGroups().find((g) => g.first > p.last);
  if (!group || group.form !== 'finite' || group.voice !== 'active' || group.head >= j) return undefined;
  for (let k = p.last + 1; k < group.first; k++) if (view.tokens[k]?.pos !== 'ADV') return undefined;
  for (let k = p.last + 1; k < j; k++) if (view.hard[k]) return undefined;
  return p;
}
