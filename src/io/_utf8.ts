/**
 * A streaming UTF-8 validator that reports the byte offset of the first invalid sequence, which
 * neither `TextDecoder` (it only throws) nor `buffer.isUtf8` (it only answers yes or no) tells.
 * It follows the well-formed byte table of Unicode §3.9 (no overlongs, no surrogates, ≤ U+10FFFF).
 */

/** Feeds bytes piece by piece; a sequence may straddle two pieces. */
export class Utf8Validator {
  /** Bytes seen so far. */
  private offset = 0;
  /** Continuation bytes still expected for the sequence in progress. */
  private need = 0;
  /** Offset where the sequence in progress began. */
  private seqStart = 0;
  /** Allowed range of the next continuation byte (narrowed after the lead byte). */
  private lo = 0x80;
  private hi = 0xbf;

  /**
   * Check the next piece. Returns the byte offset (from the start of the whole input) of the first
   * byte of the first invalid sequence, or -1 while everything is valid.
   */
  push(bytes: Uint8Array): number {
    const n = bytes.length;
    let i = 0;
    while (i < n) {
      const b = bytes[i] as number;
      if (this.need > 0) {
        if (b < this.lo || b > this.hi) return this.seqStart;
        this.lo = 0x80;
        this.hi = 0xbf;
        this.need--;
        i++;
        continue;
      }
      if (b < 0x80) {
        i++;
        continue;
      }
      this.seqStart = this.offset + i;
      if (b >= 0xc2 && b <= 0xdf) this.need = 1;
      else if (b === 0xe0) [this.need, this.lo] = [2, 0xa0];
      else if (b === 0xed) [this.need, this.hi] = [2, 0x9f];
      else if (b >= 0xe1 && b <= 0xef) this.need = 2;
      else if (b === 0xf0) [this.need, this.lo] = [3, 0x90];
      else if (b === 0xf4) [this.need, this.hi] = [3, 0x8f];
      else if (b >= 0xf1 && b <= 0xf3) this.need = 3;
      else return this.seqStart;
      i++;
    }
    this.offset += n;
    return -1;
  }

  /** Call after the last piece: an unfinished sequence at the end is invalid. */
  end(): number {
    return this.need > 0 ? this.seqStart : -1;
  }
}

/** Offset of the first invalid UTF-8 sequence in `bytes`, or -1 when it is all valid. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const v = new Utf8Validator();
  const at = v.push(bytes);
  return at >= 0 ? at : v.end();
}
