/**
 * normalise: NFC plus character folding, with a map from every offset of the normalised text back
 * to the original, so evidence found on the normalised text always points at the text as read.
 */
import { createHash } from 'node:crypto';
import type { OffsetMap } from '../types.js';
import { FOLDS } from './_characters.js';

/** The normalised text and the way back to the original. */
export interface NormalisedText {
  text: string;
  offsets: OffsetMap;
}

/** Any code unit FOLDS may touch, or a combining mark that NFC may compose. */
const NEEDS_WORK = /[\t\r\u0060\u0085\u00a0\u00ab\u00ad\u00b4\u00bb\u02bc\p{M}\u1680\u2000-\u203a\u205f\u2060\u2212\u3000\ufb00-\ufb06\ufe58\ufe63\ufeff\uff0d]/u;
const COMBINING = /\p{M}/u;

/**
 * The normalised text as runs, each either copied from the original (offsets move together) or a
 * replacement (every offset in it maps to the character replaced). Most text is one long copy: a
 * run per change, not an offset per character, and a binary search for the few offsets asked back.
 */
class Builder {
  parts: string[] = [];
  length = 0;
  private readonly runStart: number[] = [];
  private readonly runFrom: number[] = [];
  private readonly runCopied: boolean[] = [];

  /** Append `s`, every code unit of it coming from original offset `from`. */
  push(s: string, from: number): void {
    if (s.length === 0) return;
    this.run(from, false);
    this.parts.push(s);
    this.length += s.length;
  }

  /** Append original[from, to) unchanged. */
  copy(original: string, from: number, to: number): void {
    if (to <= from) return;
    this.run(from, true);
    this.parts.push(original.slice(from, to));
    this.length += to - from;
  }

  private run(from: number, copied: boolean): void {
    this.runStart.push(this.length);
    this.runFrom.push(from);
    this.runCopied.push(copied);
  }

  /** The original offset of normalised offset `k` (0 ≤ k < length). */
  originalOf(k: number): number {
    let lo = 0;
    let hi = this.runStart.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.runStart[mid] as number) <= k) lo = mid;
      else hi = mid - 1;
    }
    const from = this.runFrom[lo] as number;
    return this.runCopied[lo] ? from + (k - (this.runStart[lo] as number)) : from;
  }
}

/**
 * Normalise a document's text: Unicode NFC; no-break and typographic spaces to ' '; curly and odd
 * quotes (`´ ‘ ’ “ ” „ « »`) to `'` and `"`; dashes and minus to '-'; soft hyphens and zero-width
 * characters dropped; ligatures spelled out; `\r\n` to `\n`.
 *
 * @example
 * const { text, offsets } = normalise('Serbia´s\u00a0army');
 * text; // "Serbia's army"
 * offsets.toOriginal(9); // 9
 */
export function normalise(original: string): NormalisedText {
  const b = new Builder();
  const n = original.length;
  // Most text is NFC already (one native pass says so): then only the folds need looking at, by a
  // map lookup per non-ASCII character, which keeps Cyrillic or Greek text fast.
  const composed = original.normalize('NFC') === original;
  let run = 0;
  let i = 0;
  while (i < n) {
    const c = original.charCodeAt(i);
    // Fast path: nothing to do for plain characters.
    if (c < 0x80 ? c !== 0x09 && c !== 0x0d && c !== 0x60 : composed ? !FOLDS.has(c) : !NEEDS_WORK.test(original[i] ?? '')) {
      i++;
      continue;
    }
    if (c === 0x0d && original.charCodeAt(i + 1) === 0x0a) {
      b.copy(original, run, i);
      i++;
      run = i;
      continue;
    }
    const fold = FOLDS.get(c);
    if (fold !== undefined) {
      b.copy(original, run, i);
      b.push(fold, i);
      i++;
      run = i;
      continue;
    }
    if (COMBINING.test(original[i] ?? '')) {
      // A combining mark: re-normalise the cluster that ends here (its base is the code unit(s)
      // just before), mapping the composed result to the base's offset.
      let base = i - 1;
      if (base > 0 && isLowSurrogate(original.charCodeAt(base))) base--;
      if (base < run) {
        // The base was itself folded or composed already: leave the mark as it is.
        i++;
        continue;
      }
      let end = i + 1;
      while (end < n && COMBINING.test(original[end] ?? '')) end++;
      b.copy(original, run, Math.max(base, run));
      const from = Math.max(base, 0);
      b.push(original.slice(from, end).normalize('NFC'), from);
      i = end;
      run = end;
      continue;
    }
    i++;
  }
  b.copy(original, run, n);
  const text = b.parts.length === 1 ? (b.parts[0] as string) : b.parts.join('');
  const length = text.length;
  return {
    text,
    offsets: {
      toOriginal(offset: number): number {
        if (length === 0 || offset >= length) return n;
        return b.originalOf(Math.max(0, offset));
      },
    },
  };
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * A document's id: sha256 (hex) of its normalised text, so the same document read twice (or with
 * different quotes and spaces) is stored once.
 */
export function documentId(normalisedText: string): string {
  return createHash('sha256').update(normalisedText, 'utf8').digest('hex');
}
