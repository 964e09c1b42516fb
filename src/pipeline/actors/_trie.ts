/**
 * The actors stage's matcher: every surface form of the gazetteer compiled once into a trie over
 * folded tokens, so a sentence is matched in one pass (a filter test per token, a hash look-up for
 * the few that pass), not by trying thousands of patterns.
 */
import {
  foldKey, surfaceWords, type CaseRule, type Surface, type SurfaceTarget, type Tokens,
} from '../../knowledge/gazetteer/index.js';

/** A matched surface form: tokens [from, to) of the sentence. */
export interface Match {
  from: number;
  to: number;
  target: SurfaceTarget;
}

interface Hit {
  target: SurfaceTarget;
  /** How each word must be written. */
  rules: CaseRule[];
  /** `rules` two bits a word, the first word lowest, where they fit (see pack()); otherwise -1. */
  packed: number;
  priority: number;
}

/** Words whose case rules pack into a number: two bits each. */
const PACKED_WORDS = 15;

interface TrieNode {
  /** Numbers the node for the edge filter. */
  id: number;
  next: Map<string, TrieNode> | null;
  /** The surface forms that end here, best first. */
  hits: Hit[] | null;
  /** The best hit's target and packed rules, copied onto the node: two objects fewer to fetch per name. */
  target: SurfaceTarget | null;
  packed: number;
}

/** Which reading wins when two entries share the very same words. */
const PRIORITY: Record<SurfaceTarget['type'], number> = {
  person: 6, organisation: 5, country: 4, place: 3, demonym: 2, title: 1, body: 0, contextual: -1,
};

/** Bits of the edge filter: 2^17, some 5 % of them set by the gazetteer's 6,400 edges. */
const EDGE_BITS = 1 << 17;

/** Edge look-ups remembered: a few hundred distinct words pass the filter in a document. */
const LOOK_UPS = 1024;

export class Matcher {
  private readonly root: TrieNode = { id: 0, next: null, hits: null, target: null, packed: -1 };
  private nodes = 1;
  /**
   * A bit per edge of the trie: its node and its word's foldKey(). Three words in four start no name
   * and most words after a first one continue none: the filter turns them away without a map
   * look-up, whose hash table (and the word's own string) would miss the cache.
   */
  private readonly edges = new Uint32Array(EDGE_BITS / 32);
  /** The latest edge look-ups, by edge bit (low bits): from which node, by which word, to which child. */
  private readonly lookUpFrom: (TrieNode | undefined)[] = new Array<TrieNode | undefined>(LOOK_UPS).fill(undefined);
  private readonly lookUpWord: (string | undefined)[] = new Array<string | undefined>(LOOK_UPS).fill(undefined);
  private readonly lookUpTo: (TrieNode | undefined)[] = new Array<TrieNode | undefined>(LOOK_UPS).fill(undefined);

  constructor(surfaces: readonly Surface[]) {
    for (const s of surfaces) this.add(s);
  }

  private add(s: Surface): void {
    const { folds, rules } = s.words ?? surfaceWords(s.text);
    if (folds.length === 0) return;
    let node = this.root;
    for (const fold of folds) {
      node.next ??= new Map();
      let child = node.next.get(fold);
      if (!child) {
        node.next.set(fold, (child = { id: this.nodes++, next: null, hits: null, target: null, packed: -1 }));
        const bit = edgeBit(node, foldKey(fold));
        this.edges[bit >>> 5] = this.edges[bit >>> 5]! | (1 << (bit & 31));
      }
      node = child;
    }
    const hit: Hit = { target: s.target, rules, packed: pack(rules), priority: PRIORITY[s.target.type] };
    node.hits ??= [];
    // Later entries of the same kind override earlier ones (a user's --dict after the package's files).
    const same = node.hits.findIndex((h) => h.priority === hit.priority && sameRules(h.rules, hit.rules));
    if (same >= 0) node.hits.splice(same, 1);
    node.hits.push(hit);
    node.hits.sort((a, b) => b.priority - a.priority);
    node.target = node.hits[0]!.target;
    node.packed = node.hits[0]!.packed;
  }

  /** The target of the best hit at `node` that the tokens from `from` on fit, or null. */
  private fitting(node: TrieNode, hits: readonly Hit[], tokens: Tokens, from: number): SurfaceTarget | null {
    let k = 0;
    if (node.packed >= 0) {
      if (fitsPacked(node.packed, tokens, from)) return node.target;
      k = 1;
    }
    for (; k < hits.length; k++) if (fits(hits[k]!, tokens, from)) return hits[k]!.target;
    return null;
  }

  /** The child of `node` by token i of `tokens`, or undefined. */
  private child(node: TrieNode, tokens: Tokens, i: number): TrieNode | undefined {
    if (node.next === null) return undefined;
    const key = tokens.keys[i]!;
    const bit = edgeBit(node, key);
    if ((this.edges[bit >>> 5]! & (1 << (bit & 31))) === 0) return undefined;
    const word = tokens.folds[i]!;
    // A text's words are mostly the lexicon's strings, one object per word: the same object as last
    // time is answered without hashing it into the node's map (the root's is large and misses the cache).
    const slot = bit & (LOOK_UPS - 1);
    if (this.lookUpFrom[slot] === node && this.lookUpWord[slot] === word) return this.lookUpTo[slot];
    const child = node.next.get(word);
    this.lookUpFrom[slot] = node;
    this.lookUpWord[slot] = word;
    this.lookUpTo[slot] = child;
    return child;
  }

  /** The longest surface form starting at token `from`, or null. */
  longest(tokens: Tokens, from: number): Match | null {
    const first = from < tokens.length ? this.child(this.root, tokens, from) : undefined;
    return first !== undefined ? this.longestFrom(first, tokens, from) : null;
  }

  /**
   * The longest surface form starting at token `from`, whose first word led to `node`. (Tests against
   * null and undefined, not truthiness, which would read each object just to rule out `document.all`.)
   */
  private longestFrom(node: TrieNode, tokens: Tokens, from: number): Match | null {
    const n = tokens.length;
    // The longest so far, made a Match once at the end.
    let to = 0;
    let best: SurfaceTarget | null = null;
    for (let i = from + 1; ; i++) {
      if (node.hits !== null) {
        const target = this.fitting(node, node.hits, tokens, from);
        if (target !== null) {
          to = i;
          best = target;
        }
      }
      if (i >= n) break;
      const child = this.child(node, tokens, i);
      if (child === undefined) break;
      node = child;
    }
    return best !== null ? { from, to, target: best } : null;
  }

  /** All longest, non-overlapping matches, left to right. */
  matchAll(tokens: Tokens): Match[] {
    const out: Match[] = [];
    const n = tokens.length;
    // Most words start no name: one filter test each, in this loop.
    for (let i = 0; i < n; ) {
      const first = this.child(this.root, tokens, i);
      const m = first !== undefined ? this.longestFrom(first, tokens, i) : null;
      // "the Council of Europe": a common-noun name gives way to a longer name inside it.
      if (m !== null && m.target.type === 'contextual' && (this.longest(tokens, i + 1)?.to ?? 0) > m.to) {
        i++;
        continue;
      }
      if (m !== null) {
        out.push(m);
        i = m.to;
      } else i++;
    }
    return out;
  }
}

/** The edge filter's bit for the edge from `node` by a word of key `key` (the root's: the key). */
function edgeBit(node: TrieNode, key: number): number {
  return ((Math.imul(node.id, GOLDEN) >>> 15) ^ key) & (EDGE_BITS - 1);
}

/** 2^32 / φ, as int32: spreads node ids over the filter. */
const GOLDEN = 0x9e3779b1 | 0;

/** Whether the tokens from `from` on are written as the hit's words must be. */
function fits(h: Hit, tokens: Tokens, from: number): boolean {
  // The packed rules spare fetching the rules array, one more object out of cache per hit.
  if (h.packed >= 0) return fitsPacked(h.packed, tokens, from);
  for (let k = 0; k < h.rules.length; k++) if (!tokens.fits(h.rules[k]!, from + k)) return false;
  return true;
}

function fitsPacked(packed: number, tokens: Tokens, from: number): boolean {
  for (let p = packed, i = from; p !== 0; p >>>= 2, i++) if (!tokens.fits((p & 3) as CaseRule, i)) return false;
  return true;
}

/** Case rules two bits a word, the first word lowest; -1 past PACKED_WORDS words. */
function pack(rules: readonly CaseRule[]): number {
  if (rules.length > PACKED_WORDS) return -1;
  let p = 0;
  for (let k = rules.length - 1; k >= 0; k--) p = (p << 2) | rules[k]!;
  return p;
}

function sameRules(a: readonly CaseRule[], b: readonly CaseRule[]): boolean {
  return a.length === b.length && a.every((r, i) => r === b[i]);
}
