/**
 * The actors stage's matcher: every surface form of the gazetteer compiled once into a trie over
 * folded tokens, so a sentence is matched in one pass (a hash look-up per token), not by trying
 * thousands of patterns.
 */
import {
  caseRuleOf, tokenize, type CaseRule, type Surface, type SurfaceTarget, type Tokens,
} from '../../knowledge/gazetteer/index.js';

/** A matched surface form: tokens [from, to) of the sentence. */
export interface Match {
  from: number;
  to: number;
  target: SurfaceTarget;
}

interface Hit {
  target: SurfaceTarget;
  rules: CaseRule[];
  priority: number;
}

interface TrieNode {
  next: Map<string, TrieNode> | null;
  hits: Hit[] | null;
}

/** Which reading wins when two entries share the very same words. */
const PRIORITY: Record<SurfaceTarget['type'], number> = {
  person: 6, organisation: 5, country: 4, place: 3, demonym: 2, title: 1, body: 0, contextual: -1,
};

export class Matcher {
  private readonly root: TrieNode = { next: null, hits: null };

  constructor(surfaces: readonly Surface[]) {
    for (const s of surfaces) this.add(s);
  }

  private add(s: Surface): void {
    const tokens = tokenize(s.text);
    if (tokens.length === 0) return;
    let node = this.root;
    for (const t of tokens) {
      node.next ??= new Map();
      let child = node.next.get(t.fold);
      if (!child) node.next.set(t.fold, (child = { next: null, hits: null }));
      node = child;
    }
    const hit: Hit = { target: s.target, rules: tokens.map((t) => caseRuleOf(t.raw)), priority: PRIORITY[s.target.type] };
    node.hits ??= [];
    // Later entries of the same kind override earlier ones (a user's --dict after the package's files).
    const same = node.hits.findIndex((h) => h.priority === hit.priority && sameRules(h.rules, hit.rules));
    if (same >= 0) node.hits.splice(same, 1);
    node.hits.push(hit);
    node.hits.sort((a, b) => b.priority - a.priority);
  }

  /** The longest surface form starting at token `from`, or null. */
  longest(tokens: Tokens, from: number): Match | null {
    const first = this.root.next?.get(tokens.folds[from]!);
    return first ? this.longestFrom(first, tokens, from) : null;
  }

  /** The longest surface form starting at token `from`, whose first word led to `node`. */
  private longestFrom(node: TrieNode, tokens: Tokens, from: number): Match | null {
    const folds = tokens.folds;
    let best: Match | null = null;
    for (let i = from + 1; ; i++) {
      if (node.hits) {
        for (const h of node.hits) {
          if (fits(h.rules, tokens, from)) {
            best = { from, to: i, target: h.target };
            break;
          }
        }
      }
      if (!node.next || i >= folds.length) break;
      const child = node.next.get(folds[i]!);
      if (!child) break;
      node = child;
    }
    return best;
  }

  /** All longest, non-overlapping matches, left to right. */
  matchAll(tokens: Tokens): Match[] {
    const out: Match[] = [];
    const root = this.root.next;
    if (!root) return out;
    const folds = tokens.folds;
    // Most words start no name: one look-up each, in this loop.
    for (let i = 0; i < folds.length; ) {
      const first = root.get(folds[i]!);
      const m = first ? this.longestFrom(first, tokens, i) : null;
      // "the Council of Europe": a common-noun name gives way to a longer name inside it.
      if (m && m.target.type === 'contextual' && (this.longest(tokens, i + 1)?.to ?? 0) > m.to) {
        i++;
        continue;
      }
      if (m) {
        out.push(m);
        i = m.to;
      } else i++;
    }
    return out;
  }
}

function fits(rules: readonly CaseRule[], tokens: Tokens, from: number): boolean {
  for (let k = 0; k < rules.length; k++) if (!tokens.fits(rules[k]!, from + k)) return false;
  return true;
}

function sameRules(a: readonly CaseRule[], b: readonly CaseRule[]): boolean {
  return a.length === b.length && a.every((r, i) => r === b[i]);
}
