/**
 * Decides, from the bytes alone, whether a file is text Dyad can read: not empty, not binary, valid
 * UTF-8. Bytes are fed piece by piece so a 50 MB file is checked without holding it whole; the
 * verdict is a DyadError naming the file and, where it helps, the byte offset.
 */
import { DyadError } from '../core/errors.js';
import { Utf8Validator } from './_utf8.js';

/** Bytes at the start of the file sampled for the share of control characters. */
const SAMPLE_BYTES = 64 * 1024;
/**
 * Above this share of control bytes (other than tab, line feed, carriage return, form feed and
 * vertical tab) in the sample, the file is taken for binary: real prose has next to none, and
 * compiled or compressed data has around one in eight.
 */
const MAX_CONTROL_SHARE = 0.05;

function isControl(b: number): boolean {
  return (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x0b) || b === 0x7f;
}

function isAsciiSpace(b: number): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === 0x0c || b === 0x0b;
}

/** Reads a file's bytes in order and keeps what the verdict needs. */
export class ByteInspector {
  private bytes = 0;
  private firstNul = -1;
  private firstInvalid = -1;
  private controls = 0;
  private sawText = false;
  private utf16 = false;
  private readonly utf8 = new Utf8Validator();

  constructor(private readonly file: string) {}

  /** Feed the next piece. Returns true once the verdict is certain to be an error (stop reading). */
  push(piece: Uint8Array): boolean {
    const base = this.bytes;
    if (base === 0 && piece.length >= 2) {
      const [a, b] = [piece[0], piece[1]];
      if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) this.utf16 = true;
    }
    if (this.firstNul < 0) {
      const nul = piece.indexOf(0);
      if (nul >= 0) this.firstNul = base + nul;
    }
    const sampleEnd = Math.min(piece.length, Math.max(0, SAMPLE_BYTES - base));
    for (let i = 0; i < sampleEnd; i++) if (isControl(piece[i] as number)) this.controls++;
    if (!this.sawText) {
      // A leading byte-order mark is not text.
      const from = base === 0 && piece[0] === 0xef && piece[1] === 0xbb && piece[2] === 0xbf ? 3 : 0;
      for (let i = from; i < piece.length; i++) {
        if (!isAsciiSpace(piece[i] as number)) {
          this.sawText = true;
          break;
        }
      }
    }
    if (this.firstInvalid < 0) {
      const bad = this.utf8.push(piece);
      if (bad >= 0) this.firstInvalid = bad;
    }
    this.bytes += piece.length;
    return this.utf16 || this.firstNul >= 0 || (this.firstInvalid >= 0 && this.bytes >= SAMPLE_BYTES);
  }

  /** Total bytes fed. */
  get size(): number {
    return this.bytes;
  }

  /**
   * After the last piece (or after `push` returned true): throw the DyadError that fits, or return
   * when the file is readable text.
   */
  verdict(): void {
    const file = this.file;
    if (this.bytes === 0) {
      throw new DyadError('INPUT_EMPTY', 'the file is empty', { place: { file }, hint: 'Give a file with some text in it.' });
    }
    if (this.utf16) {
      throw new DyadError('INPUT_ENCODING', 'the file is UTF-16 text; Dyad reads UTF-8', {
        place: { file, offset: 0 },
        hint: 'Convert it first, e.g. iconv -f UTF-16 -t UTF-8 FILE > FILE.utf8.txt',
      });
    }
    const sampled = Math.min(this.bytes, SAMPLE_BYTES);
    if (this.firstNul >= 0 || this.controls / sampled > MAX_CONTROL_SHARE) {
      const why = this.firstNul >= 0 ? `it contains NUL bytes` : `${Math.round((100 * this.controls) / sampled)}% of its first bytes are control characters`;
      throw new DyadError('INPUT_BINARY', `not a text file: ${why}`, {
        place: { file, ...(this.firstNul >= 0 ? { offset: this.firstNul } : {}) },
        hint: 'Give a plain-text (UTF-8) document; extract the text of PDFs or word-processor files first.',
      });
    }
    const invalid = this.firstInvalid >= 0 ? this.firstInvalid : this.utf8.end();
    if (invalid >= 0) {
      throw new DyadError('INPUT_ENCODING', `not valid UTF-8 at byte ${invalid}`, {
        place: { file, offset: invalid },
        hint: 'The file is probably Latin-1 or Windows-1252; convert it, e.g. iconv -f WINDOWS-1252 -t UTF-8 FILE > FILE.utf8.txt',
      });
    }
    if (!this.sawText) {
      throw new DyadError('INPUT_EMPTY', 'the file holds only white space', { place: { file }, hint: 'Give a file with some text in it.' });
    }
  }
}
