/**
 * The persons of the gazetteer and the Phoenix dictionary by the last word of their names, for an office
 * followed by a name no entry knows as written: "President Mugabe", "Prime Minister Chaudhry" name a
 * person whose full name the dictionaries hold ("Robert Mugabe"). The name decides only where every
 * person of that last word who held a role then served one principal.
 */
import { surfaceWords, type DaySpan, type PersonEntry, type RoleTitle, type Surface } from '../../knowledge/gazetteer/index.js';
import { personPrincipal } from './_resolve.js';

/** At most this many persons of one last word are weighed: more say too little of who is meant. */
const MAX_NAMESAKES = 6;

export class Surnames {
  /** Filed on the first look-up: most documents name no office before an unknown name, and a start need not pay for it. */
  private filed: Map<string, PersonEntry[]> | null = null;

  constructor(private readonly surfaces: readonly Surface[]) {}

  private get byLast(): Map<string, PersonEntry[]> {
    return (this.filed ??= file(this.surfaces));
  }

  /**
   * The principal the holder of an office named `last` (a folded word) acts for over `span`: the one
   * principal of every person of that last word, each as `titles` and the date place them; else null.
   */
  principal(last: string, span: DaySpan, titles: readonly RoleTitle[], published: DaySpan | null): { principal: string; person: PersonEntry | undefined } | null {
    const namesakes = this.byLast.get(last);
    if (!namesakes || namesakes.length > MAX_NAMESAKES) return null;
    let principal: string | null = null;
    for (const p of namesakes) {
      const q = personPrincipal(p, span, { titles }, published);
      if (!q || (principal !== null && q !== principal)) return null;
      principal = q;
    }
    return principal ? { principal, person: namesakes.length === 1 ? namesakes[0] : undefined } : null;
  }
}

/** The persons among `surfaces` by the last word of their names. */
function file(surfaces: readonly Surface[]): Map<string, PersonEntry[]> {
  const byLast = new Map<string, PersonEntry[]>();
  for (const s of surfaces) {
    if (s.target.type !== 'person') continue;
    const folds = (s.words ?? surfaceWords(s.text)).folds;
    const last = folds[folds.length - 1];
    // A one-word name is a surname already matched as written; an initial names nobody.
    if (!last || folds.length < 2 || last.length < 3) continue;
    let list = byLast.get(last);
    if (!list) byLast.set(last, (list = []));
    if (!list.includes(s.target.entry)) list.push(s.target.entry);
  }
  return byLast;
}
