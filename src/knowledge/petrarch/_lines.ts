/**
 * The lines of a dictionary with their comments removed: `#` to the end of the line, TABARI's `;`
 * comments (still found in the distributed files: `SCRAP {…};shan 8/30/93`), and `<!-- … -->`,
 * which may run over several lines. Blank lines are dropped; leading white space is kept, since it
 * marks an actor's date restrictions.
 */
import { DyadError } from '../../core/errors.js';

export interface ContentLine {
  /** The line's content without comments, trailing white space trimmed. */
  text: string;
  /** 1-based line number in the file. */
  line: number;
}

/** A malformed line: named by file and line, with what is wrong and what to do. */
export function lineError(file: string, line: number, message: string, hint: string): DyadError {
  return new DyadError('DATA_PARSE', message, { place: { file, line }, hint });
}

/** The content lines of `text`; an XML comment left open at the end of the file is an error. */
export function contentLines(text: string, file: string, errors: DyadError[]): ContentLine[] {
  const out: ContentLine[] = [];
  const raw = text.split(/\r?\n/);
  let openSince = 0; // the line an unclosed <!-- started on, 0 when none is open
  for (let n = 0; n < raw.length; n++) {
    let s = raw[n] ?? '';
    let kept = '';
    // Strip XML comments, which may open on one line and close on a later one.
    for (;;) {
      if (openSince) {
        const close = s.indexOf('-->');
        if (close < 0) {
          s = '';
          break;
        }
        s = s.slice(close + 3);
        openSince = 0;
      }
      const open = s.indexOf('<!--');
      if (open < 0) break;
      kept += s.slice(0, open);
      s = s.slice(open + 4);
      openSince = n + 1;
    }
    s = kept + s;
    const hash = s.indexOf('#');
    if (hash >= 0) s = s.slice(0, hash);
    const semi = s.indexOf(';');
    if (semi >= 0) s = s.slice(0, semi);
    s = s.trimEnd();
    if (s.trim() !== '') out.push({ text: s, line: n + 1 });
  }
  if (openSince)
    errors.push(lineError(file, openSince, 'a comment opened with <!-- is never closed', 'Close it with --> (the rest of the file was read as comment).'));
  return out;
}

/** Regular plural of an upper-case noun, as PETRARCH makes it: +S, Y → IES, SS → SSES. */
export function pluralOf(word: string): string {
  if (/[^AEIOU]Y$/.test(word)) return `${word.slice(0, -1)}IES`;
  if (/(SS|SH|CH|X|Z)$/.test(word)) return `${word}ES`;
  return `${word}S`;
}

/** The words of a phrase written with `_` or blanks (`PRESIDENT_GEORGE_W._BUSH`), a final `_` dropped. */
export function phraseWords(phrase: string): string[] {
  return phrase
    .toUpperCase()
    .split(/[\s_]+/)
    .filter((w) => w !== '');
}
