/**
 * Finding actors with the actor and agent dictionaries: the longest phrase of either at each word,
 * then an actor and the agents around it joined into one coded actor, as PETRARCH does: "Gondor's
 * government" and "Gondor police" (actor, then agent: GON + GOV, GON + COP), "soldiers from Gondor" and
 * "the ambassadors of Arnor, Osgiliath and Gondor" (agent, of/from/in, actors: each gets the agent),
 * an agent written `NGO~` going before the actor's code. Codes are taken at the sentence's date.
 */
import type { ActorEntry, AgentEntry, DatedCode } from '../../knowledge/petrarch/index.js';
import type { ActorSpan, Word, WordForm } from './_types.js';

/**
 * A phrase table's lookup data, plain enough to be cached as it is (typed arrays and one map of
 * words): a tree of phrases whose nodes are numbers, node 0 the root; its edges in one open-addressed
 * hash table.
 */
export interface PhraseTableData {
  /** Every word of a phrase → its number. */
  words: Map<string, number>;
  /** Slots of three: a node, a word's number, the node it leads to; -1 where empty. */
  edges: Int32Array;
  /** Each node's phrase id, -1 for a beginning only. */
  ids: Int32Array;
}

function slotOf(node: number, word: number, mask: number): number {
  return (Math.imul(node, 0x9e3779b1) ^ Math.imul(word + 1, 0x85ebca6b)) & mask;
}

/** The lookup data of phrases, each with its id; a later phrase replaces an earlier identical one. */
export function phraseTableData(phrases: Iterable<readonly [words: readonly string[], id: number]>): PhraseTableData {
  const words = new Map<string, number>();
  const children: Map<number, number>[] = [new Map()];
  const ids: number[] = [-1];
  for (const [ws, id] of phrases) {
    if (ws.length === 0) continue;
    let node = 0;
    for (const w of ws) {
      let word = words.get(w);
      if (word === undefined) words.set(w, (word = words.size));
      const next = children[node] as Map<number, number>;
      let child = next.get(word);
      if (child === undefined) {
        child = ids.length;
        ids.push(-1);
        children.push(new Map());
        next.set(word, child);
      }
      node = child;
    }
    ids[node] = id;
  }
  // At most half full, so a probe ends soon.
  let size = 2;
  while (size < ids.length * 2) size *= 2;
  const edges = new Int32Array(size * 3).fill(-1);
  children.forEach((next, node) => {
    for (const [word, child] of next) {
      let slot = slotOf(node, word, size - 1);
      while ((edges[slot * 3] as number) !== -1) slot = (slot + 1) & (size - 1);
      edges[slot * 3] = node;
      edges[slot * 3 + 1] = word;
      edges[slot * 3 + 2] = child;
    }
  });
  return { words, edges, ids: Int32Array.from(ids) };
}

/**
 * Phrases of upper-case words, for the longest phrase at a word. Its data (`phraseTableData`) is
 * numbers and one map of words, which the cache gives back as they are: a start builds nothing.
 */
export class PhraseTable<T> {
  private readonly mask: number;

  /**
   * @param data the phrases' lookup data.
   * @param valueOf the value of a phrase's id.
   */
  constructor(
    readonly data: PhraseTableData,
    private readonly valueOf: (id: number) => T,
  ) {
    this.mask = data.edges.length / 3 - 1;
  }

  /** A table of these phrases and their values; a later phrase replaces an earlier identical one. */
  static of<T>(phrases: Iterable<readonly [words: string[], value: T]>): PhraseTable<T> {
    const values: T[] = [];
    const data = phraseTableData(
      (function* () {
        for (const [words, value] of phrases) yield [words, values.push(value) - 1] as const;
      })(),
    );
    return new PhraseTable(data, (id) => values[id] as T);
  }

  /** The node the word numbered `w` leads to from `node`, or -1. */
  private child(node: number, w: number): number {
    if (w < 0) return -1;
    const { edges } = this.data;
    for (let slot = slotOf(node, w, this.mask); ; slot = (slot + 1) & this.mask) {
      const n = edges[slot * 3] as number;
      if (n === -1) return -1;
      if (n === node && edges[slot * 3 + 1] === w) return edges[slot * 3 + 2] as number;
    }
  }

  /** The number of word `word` among the table's words, -1 if none; through its form where it has one. */
  private numberOf(word: string, form: WordForm | undefined): number {
    const words = this.data.words;
    if (words.size === 0) return -1;
    if (!form) return words.get(word) ?? -1;
    if (form.actorTable !== this) {
      form.actorTable = this;
      form.actor = words.get(word) ?? -1;
    }
    return form.actor;
  }

  /** Is `word` a word of one of the table's phrases? */
  names(word: string): boolean {
    return this.data.words.has(word);
  }

  /** The longest phrase starting at `i`: its end (exclusive) and value. A word matches by its text, else its lemma. */
  longest(words: Word[], i: number): { end: number; value: T } | null {
    if (this.data.words.size === 0) return null;
    let node = 0;
    let end = -1;
    let id = -1;
    for (let k = i; k < words.length; k++) {
      const w = words[k];
      if (!w) break;
      let next = this.child(node, this.numberOf(w.upper, w.upperForm));
      if (next < 0 && w.lemma !== w.upper) next = this.child(node, this.numberOf(w.lemma, w.lemmaForm));
      if (next < 0) break;
      node = next;
      const found = this.data.ids[node] as number;
      if (found >= 0) {
        end = k + 1;
        id = found;
      }
    }
    return end < 0 ? null : { end, value: this.valueOf(id) };
  }
}

/** What the coder takes of an actor entry: its codes. */
export type ActorCodes = Pick<ActorEntry, 'code' | 'dated'>;

/** The code an actor has on `date` (ISO day): a dated code holding then, else its default. */
export function codeOn(entry: ActorCodes, date: string | null): string | null {
  if (date)
    for (const d of entry.dated as DatedCode[]) if ((d.from === null || d.from <= date) && (d.to === null || date <= d.to)) return d.code;
  return entry.code;
}

export interface ActorFinder {
  actors: PhraseTable<ActorCodes>;
  agents: PhraseTable<AgentEntry>;
}

/** Tables of the given dictionaries' phrases; later lists win for the same phrase. */
export function buildActorFinder(actorLists: ActorEntry[][], agentLists: AgentEntry[][]): ActorFinder {
  const actors = PhraseTable.of<ActorCodes>(actorLists.flatMap((list) => list.flatMap((e) => e.phrases.map((p) => [splitHyphens(p), e] as const))));
  const agents = PhraseTable.of(agentLists.flatMap((list) => list.map((a) => [splitHyphens(a.phrase), a] as const)));
  return { actors, agents };
}

const HYPHENATED = (w: string): boolean => w.length > 1 && w.includes('-') && !w.startsWith('-');

/** "PRESIDENT-ELECT" as the tagger cuts it: PRESIDENT, -, ELECT. */
export function splitHyphens(words: string[]): string[] {
  if (!words.some(HYPHENATED)) return words;
  return words.flatMap((w) => (HYPHENATED(w) ? w.split(/(-)/).filter((x) => x !== '') : [w]));
}

/** Add an agent's code to an actor's: after it (`~GOV`) or before it (`NGO~`), not twice. */
export function withAgent(code: string, agent: AgentEntry): string {
  const have = chunks(code);
  if (chunks(agent.code).every((c) => have.includes(c))) return code;
  return agent.place === 'after' ? code + agent.code : agent.code + code;
}

function chunks(code: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < code.length; i += 3) out.push(code.slice(i, i + 3));
  return out;
}

const LINK = new Set(['OF', 'FROM', 'IN', 'FOR']);
const JOIN = new Set([',', 'AND']);

interface Found {
  kind: 'actor' | 'agent';
  start: number;
  end: number;
  codes: string[];
  agent?: AgentEntry;
}

/**
 * The coded actors of a sentence at `date` (ISO day, or null for the default codes). `from` limits the
 * words a phrase may start at (running text: names, nouns, articles), which spares most look-ups.
 */
export function findActors(finder: ActorFinder, words: Word[], date: string | null, options: { from?: (w: Word) => boolean } = {}): ActorSpan[] {
  const spans = actorsIn(finder, words, date, options);
  return words.some((w) => PREFIXED(w.upper) && mayReadCut(finder, w)) ? withPrefixedNames(finder, words, date, options, spans) : spans;
}

/** Pieces of a cut word that join phrases as the actor reading walks back and forth (`actorsIn`). */
const JOINING_PIECES = new Set([',', 'AND', "'S", "'"]);

/**
 * May reading prefixed word `w` cut at its hyphens find what reading it whole does not? Only if a
 * table names one of its pieces, or the word or its lemma whole (one starting with a hyphen is kept
 * whole in the tables), or a piece joins phrases; else the cut reading finds the same phrases on the
 * same whole words, all of them taken already.
 */
function mayReadCut(finder: ActorFinder, w: Word): boolean {
  const named = (x: string): boolean => finder.actors.names(x) || finder.agents.names(x);
  if (w.upper.startsWith('-') || named(w.upper) || named(w.lemma)) return true;
  for (const piece of w.upper.split('-')) if (piece !== '' && (named(piece) || JOINING_PIECES.has(piece))) return true;
  return false;
}

/** Refs of the spans found on cut words: past any the first reading gives. */
const PREFIXED_REFS = 1 << 24;

/** A word the tagger keeps whole across a hyphen ("INTER-AMERICAN", "PAN-AFRICAN"). */
const PREFIXED = (w: string): boolean => w.length > 2 && w.includes('-', 1) && !w.endsWith('-');

/**
 * "the Inter-American Development Bank": the tagger keeps a prefixed word whole, while the dictionaries
 * write its parts as words (INTER_AMERICAN_DEVELOPMENT_BANK). The sentence is read again with such words
 * cut at their hyphens; a phrase found that begins and ends on whole words and covers a cut one is added
 * where no phrase found before lies ("pro-Russian" gives no Russia: its phrase would begin inside the word).
 */
function withPrefixedNames(finder: ActorFinder, words: Word[], date: string | null, options: { from?: (w: Word) => boolean }, spans: ActorSpan[]): ActorSpan[] {
  const parts: Word[] = [];
  const wordOf: number[] = [];
  words.forEach((w, i) => {
    if (!PREFIXED(w.upper)) {
      parts.push(w);
      wordOf.push(i);
      return;
    }
    for (const piece of w.upper.split('-')) {
      if (piece === '') continue;
      parts.push({ upper: piece, lemma: piece, pos: w.pos });
      wordOf.push(i);
    }
  });
  const taken = (a: number, b: number): boolean => spans.some((s) => s.start < b && a < s.end);
  const added: ActorSpan[] = [];
  for (const s of actorsIn(finder, parts, date, options)) {
    const a = wordOf[s.start] ?? -1;
    const b = (wordOf[s.end - 1] ?? -2) + 1;
    const whole = wordOf[s.start - 1] !== a && wordOf[s.end] !== b - 1;
    let cut = false;
    for (let k = a; k < b; k++) cut ||= PREFIXED(words[k]?.upper ?? '');
    if (whole && cut && !taken(a, b)) added.push({ ...s, start: a, end: b, ref: PREFIXED_REFS + added.length });
  }
  return added.length === 0 ? spans : [...spans, ...added].sort((x, y) => x.start - y.start);
}

/** May word `k` stand between an actor and its agent: an article, an adjective, a possessive. */
function skippable(words: readonly Word[], k: number): boolean {
  const w = words[k];
  return !!w && (w.pos === 'DET' || w.upper === "'S" || w.upper === "'" || w.pos === 'ADJ');
}

/** Are the words in [from, to) all `skippable`? */
function adjacent(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!skippable(words, k)) return false;
  return true;
}

function actorsIn(finder: ActorFinder, words: Word[], date: string | null, options: { from?: (w: Word) => boolean }): ActorSpan[] {
  const found: Found[] = [];
  const from = options.from;
  for (let i = 0; i < words.length; ) {
    const w = words[i];
    if (from && w && !from(w)) {
      i++;
      continue;
    }
    const a = finder.actors.longest(words, i);
    const g = finder.agents.longest(words, i);
    if (a && (!g || a.end >= g.end)) {
      const code = codeOn(a.value, date);
      if (code && code !== '---') found.push({ kind: 'actor', start: i, end: a.end, codes: code.split('/') });
      i = a.end;
    } else if (g) {
      found.push({ kind: 'agent', start: i, end: g.end, codes: [], agent: g.value });
      i = g.end;
    } else i++;
  }
  const spans: ActorSpan[] = [];
  for (let n = 0; n < found.length; n++) {
    const f = found[n];
    if (!f || f.kind !== 'actor') continue;
    let start = f.start;
    let end = f.end;
    let codes = f.codes;
    // Agents right after it: "Gondor's main opposition group", "Minas Tirith border police".
    for (let m = n + 1; m < found.length; m++) {
      const g = found[m];
      if (!g || g.kind !== 'agent' || !g.agent || !adjacent(words, end, g.start)) break;
      const agent = g.agent;
      codes = codes.map((c) => withAgent(c, agent));
      end = g.end;
    }
    // Agents right before it ("MSF Arnor", "former Gondor prosecutors"), or before "of/from/in" and a
    // list of actors this one belongs to ("the ambassadors of Arnor, Osgiliath and Gondor").
    for (let m = n - 1; m >= 0; m--) {
      const g = found[m];
      if (!g) break;
      if (g.kind === 'actor') {
        // Walk back over a list of actors joined by commas and "and".
        let joined = true;
        for (let k = g.end; k < (found[m + 1]?.start ?? start) && joined; k++) joined = JOIN.has(words[k]?.upper ?? '') || skippable(words, k);
        if (!joined) break;
        continue;
      }
      const nextStart = found[m + 1]?.start ?? start;
      const between = words.slice(g.end, nextStart).filter((w) => w.pos !== 'DET');
      const linked = between.length === 0 || (between.length === 1 && LINK.has(between[0]?.upper ?? ''));
      if (!g.agent || (!linked && !adjacent(words, g.end, nextStart))) break;
      const agent = g.agent;
      codes = codes.map((c) => withAgent(c, agent));
      if (m === n - 1) start = g.start;
      // An agent heads only the list right after it.
      break;
    }
    spans.push({ start, end, codes, ref: spans.length });
  }
  // A compound code (ELR/GAL) is one span per code, so each acts on its own.
  return spans.flatMap((s) => (s.codes.length > 1 ? s.codes.map((c, k) => ({ ...s, codes: [c], ref: s.ref * 16 + k })) : [s]));
}
