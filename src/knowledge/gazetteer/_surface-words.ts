/**
 * The words (folded forms and case rules) of the gazetteer's own surface forms, as the actors
 * stage's matcher reads them, kept in the data cache beside the Phoenix persons' so a warm start
 * does not tokenize thousands of names again. The entry is keyed by the surfaces' texts and the
 * folding code's version: an edited gazetteer or a changed fold simply misses.
 */
import { codeVersion, compiledEntry, contentHash, readCached, writeCached } from '../../core/data-cache.js';
import { surfaceWords, type CaseRule } from './_fold.js';
import type { Surface } from './_types.js';

/** The cached form: every surface's folded words in one text, and per word its rule. */
interface CompiledWords {
  /** How many words each surface has, in order. */
  counts: Uint32Array;
  /** The folded words, joined by U+0000. */
  folds: string;
  rules: Uint8Array;
}

function isCompiledWords(v: unknown): v is CompiledWords {
  const c = v as Partial<CompiledWords> | null;
  return c?.counts instanceof Uint32Array && typeof c.folds === 'string' && c.rules instanceof Uint8Array;
}

let compilerKey: string | undefined;
const compilerVersion = (): string => (compilerKey ??= codeVersion(import.meta.url, ['_surface-words', '_fold']));

function compile(surfaces: readonly Surface[]): CompiledWords {
  const counts: number[] = [];
  const folds: string[] = [];
  const rules: number[] = [];
  for (const s of surfaces) {
    const w = surfaceWords(s.text);
    counts.push(w.folds.length);
    for (const f of w.folds) folds.push(f);
    for (const r of w.rules) rules.push(r);
  }
  return { counts: Uint32Array.from(counts), folds: folds.join('\u0000'), rules: Uint8Array.from(rules) };
}

/**
 * Give each of `surfaces` that has none its words, from the cache when it holds them for these texts.
 * A cached entry that does not fit the surfaces (another count) is compiled again.
 */
export function fillSurfaceWords(surfaces: readonly Surface[]): void {
  const entry = compiledEntry('surface-words', [compilerVersion(), contentHash(surfaces.map((s) => s.text).join('\u0000'))]);
  let compiled = entry ? (readCached(entry, isCompiledWords) as CompiledWords | undefined) : undefined;
  if (compiled && compiled.counts.length !== surfaces.length) compiled = undefined;
  if (!compiled) {
    compiled = compile(surfaces);
    if (entry) writeCached(entry, compiled);
  }
  const folds = compiled.folds === '' ? [] : compiled.folds.split('\u0000');
  let word = 0;
  for (let i = 0; i < surfaces.length; i++) {
    const s = surfaces[i]!;
    const n = compiled.counts[i]!;
    if (!s.words) {
      const rules: CaseRule[] = [];
      for (let k = word; k < word + n; k++) rules.push(compiled.rules[k]! as CaseRule);
      s.words = { folds: folds.slice(word, word + n), rules };
    }
    word += n;
  }
}
