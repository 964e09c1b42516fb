/**
 * Hard-wrapped text (lines cut at a fixed width, as in e-mail, plain-text press releases and text
 * copied from PDF) read as its paragraphs: a line break inside a wrapped paragraph becomes a space, so
 * "the government of North\nMacedonia signed" is one sentence naming North Macedonia, not a heading
 * "… of North" and a sentence about Macedonia. Same length in, same length out: every offset stays.
 */

/** Lines longer than this (90th percentile) are written one paragraph per line: nothing is wrapped. */
const WRAP_MAX = 120;
/** Nobody wraps text this narrow: shorter lines are a list, a form or front matter. */
const WRAP_MIN = 40;
/** A line at least this share of the wrap width was cut by the width, not by its writer. */
const FULL = 0.6;
const ITEM = /^[ \t]*(?:[-*+•▪◦‣●–—]\s|\d{1,3}[.)]\s|\|)/;
/** A chronology entry led by a numeric date: "2016:", "14-03-2011 –", "2008 |". */
const DATED_ENTRY = /^[ \t]*\d[\d./-]*[ \t]*[:–—|]/;
const TABLE_ROW = /^[ \t]*\|/;
const ENDS_SENTENCE = /[.!?:;]["'”’)\]]*[ \t]*$/;
const STARTS_LOWER = /^[ \t]*\p{Ll}/u;

/**
 * `text` with the line breaks inside hard-wrapped paragraphs made spaces. A break stays where the line
 * before is short (a heading, a paragraph's last line) or a table row, where the next line opens a
 * list item, a table row or an entry led by a numeric date ("2016: …"), or where the line before ends a sentence and the next starts with a capital or a digit
 * (a chronology's "2009: …" lines).
 * @example unwrapLines('Talks with North\nMacedonia opened …') // 'Talks with North Macedonia opened …' in a wrapped text
 */
export function unwrapLines(text: string): string {
  if (text.indexOf('\n') < 0) return text;
  const lines: { start: number; end: number }[] = [];
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lines.push({ start, end: end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end });
    start = end + 1;
  }
  const lengths = lines.map((l) => text.slice(l.start, l.end).trimEnd().length).filter((n) => n > 0).sort((a, b) => a - b);
  if (lengths.length < 4) return text;
  const width = lengths[Math.floor((lengths.length - 1) * 0.9)] as number;
  if (width > WRAP_MAX || width < WRAP_MIN) return text;
  // Wrapped: most lines followed by another line of text are near the width.
  let inner = 0;
  let full = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = text.slice((lines[i] as { start: number }).start, (lines[i] as { end: number }).end).trimEnd();
    const b = text.slice((lines[i + 1] as { start: number }).start, (lines[i + 1] as { end: number }).end).trim();
    if (a === '' || b === '') continue;
    inner++;
    if (a.length >= width * FULL) full++;
  }
  if (full < 3 || full < inner * 0.6) return text;
  let out = '';
  let from = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const l = lines[i] as { start: number; end: number };
    const n = lines[i + 1] as { start: number; end: number };
    const a = text.slice(l.start, l.end).trimEnd();
    const b = text.slice(n.start, n.end);
    if (a.trim() === '' || b.trim() === '' || a.length < width * FULL || ITEM.test(b) || DATED_ENTRY.test(b) || TABLE_ROW.test(a)) continue;
    if (ENDS_SENTENCE.test(a) && !STARTS_LOWER.test(b)) continue;
    // The line break (and a carriage return before it) become spaces.
    out += text.slice(from, l.end) + ' '.repeat(n.start - l.end);
    from = n.start;
  }
  return out + text.slice(from);
}
