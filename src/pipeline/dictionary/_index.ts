/**
 * The verb dictionaries as the coder looks them up: every form of every verb (`GAVE`, `GIVEN`) to its
 * entries, and the synsets by name. A later file's verb replaces an earlier file's with the same form
 * (a user's `--verbs` overrides the bundled CAMEO dictionary); synsets likewise.
 */
import type { Term, VerbBlock, VerbDictionary, VerbEntry, VerbPattern } from '../../knowledge/petrarch/index.js';

/** A verb with its block (whose patterns it shares). */
export interface VerbRef {
  verb: VerbEntry;
  block: VerbBlock;
}

export interface VerbIndex {
  /** Upper-case form → the verbs it may be (a multi-word verb first, then the single word). */
  forms: Map<string, VerbRef[]>;
  synsets: Map<string, string[][]>;
  /**
   * Per block, the upper-case words its patterns name (a synset's words included): a sentence with
   * none of them cannot match a pattern naming a noun, so it is passed over at the cost of a look-up a word.
   */
  cues: Map<VerbBlock, Set<string>>;
  /** Per block, its patterns filed by the first word each names outright, and those naming none. */
  patterns: Map<VerbBlock, BlockPatterns>;
  /**
   * Per pattern, every word it names outright (its noun phrases' words, its prepositions): a sentence
   * lacking one of them, as text or lemma, cannot match it.
   */
  required: Map<VerbPattern, string[]>;
  /**
   * Every word a pattern names (its cues and required words), numbered: a sentence's words are marked
   * by number in `marks`, so the screens below compare numbers, not strings.
   */
  vocabulary: Map<string, number>;
  /** Per block, its cues and patterns by word number (`cues` and `patterns` as the screens read them). */
  numbered: Map<VerbBlock, NumberedBlock>;
  /** Scratch memory of the sentence screens: a word's number → the stamp of the last sentence that holds it. */
  marks: Int32Array;
  /** The last stamp given to a sentence (`marks`). */
  stamp: { last: number };
}

/** A pattern with the numbers of the words it names outright (`required`). */
export interface NumberedPattern {
  pattern: VerbPattern;
  required: Int32Array;
  /** May it give an event? Worked out on first use (by the coder). */
  gives: boolean | undefined;
}

/**
 * A block's cues and patterns by word number, and the screens' last answers for it: whether the
 * sentence marked with stamp `cuedAt` holds one of its cues, whether that marked with `mayGiveAt` may
 * match one of its patterns that gives an event (scratch memory like `marks`; 0: none yet).
 */
export interface NumberedBlock {
  cues: Int32Array;
  /** The cues as bits (word `w` is bit `w & 31` of element `w >> 5`): a test costs no hashing. */
  cueBits: Uint32Array;
  byWord: Map<number, NumberedPattern[]>;
  other: NumberedPattern[];
  cuedAt: number;
  cued: boolean;
  mayGiveAt: number;
  mayGive: boolean;
}

export interface BlockPatterns {
  /** Word → the patterns that name it first: tried only where the sentence holds it. */
  byWord: Map<string, VerbPattern[]>;
  /** Patterns naming only synsets, actors and prepositions. */
  other: VerbPattern[];
}

export function buildVerbIndex(dictionaries: VerbDictionary[]): VerbIndex {
  const forms = new Map<string, VerbRef[]>();
  const synsets = new Map<string, string[][]>();
  for (const dict of dictionaries) {
    for (const [name, phrases] of Object.entries(dict.synsets)) synsets.set(name, phrases);
    // Forms this file defines replace what earlier files gave them.
    const own = new Map<string, VerbRef[]>();
    for (const block of dict.blocks)
      for (const verb of block.verbs)
        for (const form of verb.forms) {
          const list = own.get(form) ?? [];
          list.push({ verb, block });
          own.set(form, list);
        }
    for (const [form, refs] of own) {
      // Multi-word verbs are tried before the bare word.
      refs.sort((a, b) => b.verb.before.length + b.verb.after.length - (a.verb.before.length + a.verb.after.length));
      forms.set(form, refs);
    }
  }
  const cues = new Map<VerbBlock, Set<string>>();
  const patterns = new Map<VerbBlock, BlockPatterns>();
  const required = new Map<VerbPattern, string[]>();
  for (const dict of dictionaries)
    for (const block of dict.blocks) {
      const words = new Set<string>();
      const add = (terms: Term[]): void => {
        for (const t of terms) {
          if (t.kind === 'word') words.add(t.word);
          else if (t.kind === 'synset') for (const phrase of synsets.get(t.name) ?? []) for (const w of phrase) words.add(w);
        }
      };
      const filed: BlockPatterns = { byWord: new Map(), other: [] };
      for (const p of block.patterns) {
        let key: string | undefined;
        for (const part of [...p.pre, ...p.post]) {
          const terms = part.kind === 'noun' ? part.terms : part.nouns.flat();
          add(terms);
          for (const t of terms) if (t.kind === 'word') key ??= t.word;
        }
        required.set(p, requiredWords(p));
        if (key === undefined) filed.other.push(p);
        else filed.byWord.set(key, [...(filed.byWord.get(key) ?? []), p]);
      }
      cues.set(block, words);
      patterns.set(block, filed);
    }
  const vocabulary = new Map<string, number>();
  const number = (w: string): number => {
    let n = vocabulary.get(w);
    if (n === undefined) vocabulary.set(w, (n = vocabulary.size));
    return n;
  };
  const numbered = new Map<VerbBlock, NumberedBlock>();
  const numberedOf = (p: VerbPattern): NumberedPattern => ({ pattern: p, required: Int32Array.from(required.get(p) ?? [], number), gives: undefined });
  for (const [block, filed] of patterns) {
    const cueIds = Int32Array.from(cues.get(block) ?? [], number);
    const byWord = new Map<number, NumberedPattern[]>();
    for (const [w, ps] of filed.byWord) byWord.set(number(w), ps.map(numberedOf));
    numbered.set(block, { cues: cueIds, cueBits: NO_BITS, byWord, other: filed.other.map(numberedOf), cuedAt: 0, cued: false, mayGiveAt: 0, mayGive: false });
  }
  // (Sized once every word is numbered: a test of any sentence's word stays inside the set.)
  for (const filed of numbered.values()) filed.cueBits = bitsOf(filed.cues, vocabulary.size);
  return { forms, synsets, cues, patterns, required, vocabulary, numbered, marks: new Int32Array(vocabulary.size), stamp: { last: 0 } };
}

const NO_BITS = new Uint32Array(0);

/** Word numbers below `size` as a bit set. */
function bitsOf(ids: Int32Array, size: number): Uint32Array {
  const bits = new Uint32Array((size + 31) >> 5);
  for (const w of ids) bits[w >> 5] = (bits[w >> 5] as number) | (1 << (w & 31));
  return bits;
}

/** The words a pattern names outright, each once: each must stand in a sentence it matches. */
function requiredWords(p: VerbPattern): string[] {
  const words = new Set<string>();
  const add = (terms: Term[]): void => {
    for (const t of terms) if (t.kind === 'word') words.add(t.word);
  };
  for (const part of [...p.pre, ...p.post]) {
    if (part.kind === 'noun') add(part.terms);
    else {
      words.add(part.prep);
      for (const noun of part.nouns) add(noun);
    }
  }
  return [...words];
}
