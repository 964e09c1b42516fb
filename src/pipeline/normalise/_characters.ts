/**
 * The character folding normalise applies after NFC: odd spaces, quotes, dashes, ligatures and
 * invisible characters become the plain ASCII forms the later stages' patterns are written for.
 * This is Unicode housekeeping, not field vocabulary, so it lives here rather than in `data/`.
 */

/** Replacement per UTF-16 code unit; `''` deletes the character. */
export const FOLDS: ReadonlyMap<number, string> = new Map<number, string>([
  // Spaces: no-break, the typographic widths, narrow no-break, ideographic; tab.
  [0x0009, ' '],
  [0x00a0, ' '],
  [0x1680, ' '],
  ...range(0x2000, 0x200a).map((c): [number, string] => [c, ' ']),
  [0x202f, ' '],
  [0x205f, ' '],
  [0x3000, ' '],
  // Line ends: \r\n becomes \n (the \r is dropped by the caller's look-ahead), lone \r and the
  // Unicode separators become \n.
  [0x000d, '\n'],
  [0x0085, '\n'],
  [0x2028, '\n'],
  [0x2029, '\n\n'],
  // Invisible: soft hyphen, zero-width space/joiners, word joiner, BOM.
  [0x00ad, ''],
  [0x200b, ''],
  [0x200c, ''],
  [0x200d, ''],
  [0x2060, ''],
  [0xfeff, ''],
  // Single quotes and look-alikes (the seed writes `Serbia´s`).
  [0x00b4, "'"],
  [0x0060, "'"],
  [0x2018, "'"],
  [0x2019, "'"],
  [0x201a, "'"],
  [0x201b, "'"],
  [0x2032, "'"],
  [0x2039, "'"],
  [0x203a, "'"],
  [0x02bc, "'"],
  // Double quotes.
  [0x201c, '"'],
  [0x201d, '"'],
  [0x201e, '"'],
  [0x201f, '"'],
  [0x00ab, '"'],
  [0x00bb, '"'],
  [0x2033, '"'],
  // Dashes and minus.
  [0x2010, '-'],
  [0x2011, '-'],
  [0x2012, '-'],
  [0x2013, '-'],
  [0x2014, '-'],
  [0x2015, '-'],
  [0x2212, '-'],
  [0xfe58, '-'],
  [0xfe63, '-'],
  [0xff0d, '-'],
  // Ellipsis and ligatures.
  [0x2026, '...'],
  [0xfb00, 'ff'],
  [0xfb01, 'fi'],
  [0xfb02, 'fl'],
  [0xfb03, 'ffi'],
  [0xfb04, 'ffl'],
  [0xfb05, 'st'],
  [0xfb06, 'st'],
]);

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let c = from; c <= to; c++) out.push(c);
  return out;
}
