/**
 * Where to cut a long text so each piece can go through the pipeline on its own: at a paragraph
 * break if there is one in reach, else a line break, else a sentence end, else a space — so no
 * sentence (and so no evidence span) is cut in two unless the text gives no better place.
 */

/**
 * The cut point in `text` at or before `target` (the piece is `text.slice(0, cut)`), never before
 * `target / 4` unless nothing better exists, never between the halves of a surrogate pair.
 */
export function cutPoint(text: string, target: number): number {
  if (text.length <= target) return text.length;
  const floor = Math.floor(target / 4);
  // After the blank line, so the next piece starts with its paragraph's first word.
  const lf = text.lastIndexOf('\n\n', target - 2);
  const crlf = text.lastIndexOf('\n\r\n', target - 3);
  if (Math.max(lf, crlf) >= floor) return lf > crlf ? lf + 2 : crlf + 3;
  const line = text.lastIndexOf('\n', target - 1);
  if (line >= floor) return line + 1;
  for (let i = target - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    // a space after . ! ? (possibly after a closing quote or bracket)
    if (c === 0x20) {
      const p = text.charCodeAt(i - 1);
      const q = text.charCodeAt(i - 2);
      if (p === 0x2e || p === 0x21 || p === 0x3f) return i + 1;
      if ((p === 0x22 || p === 0x29 || p === 0x201d) && (q === 0x2e || q === 0x21 || q === 0x3f)) return i + 1;
    }
  }
  const space = text.lastIndexOf(' ', target - 1);
  if (space >= floor) return space + 1;
  const hi = text.charCodeAt(target - 1);
  return hi >= 0xd800 && hi <= 0xdbff ? target - 1 : target;
}
