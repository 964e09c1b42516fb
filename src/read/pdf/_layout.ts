/**
 * A PDF's text pieces (strings at positions) turned into the text a reader reads: rows rebuilt from
 * baselines, two-column pages read column by column (a line across both columns, such as a title,
 * ends the columns above it), running headers and footers (a first or last line that comes back on
 * other pages, digits aside) and bare page numbers dropped, footnotes (smaller lines at the foot of a
 * page, opening with a mark) and their marks in the body kept out of the body and put after it,
 * wrapped lines joined into paragraphs, words hyphenated at a line end joined. Pure geometry: the
 * PDF library is elsewhere, so this is tested on pieces written by hand.
 */
import type { PageSpan } from '../_types.js';

/** One string drawn on a page; `y` is its baseline, from the bottom of the page. */
export interface TextPiece {
  text: string;
  x: number;
  y: number;
  width: number;
  /** Font size (the height of the text). */
  size: number;
}

export interface PageText {
  /** 1-based. */
  page: number;
  width: number;
  height: number;
  pieces: TextPiece[];
}

export interface LaidOut {
  text: string;
  pages: PageSpan[];
  /** How many footnotes were put after the body. */
  footnotes: number;
  /** How many running header, footer and page-number lines were dropped. */
  dropped: number;
}

/** A line of text on a page. */
export interface Line {
  page: number;
  /** 0 for a single column or a line across columns, 1 left, 2 right. */
  column: number;
  x0: number;
  x1: number;
  y: number;
  size: number;
  text: string;
}

const SPACE_RE = /\s/;
/** A footnote opens with a number or a mark. */
const NOTE_MARK = /^(?:\d{1,3}|[*†‡§¶])(?=\s|\p{L}|\p{Lu}|[.)])/u;
const MARK_ONLY = /^(?:\d{1,3}|[*†‡§¶]+)$/;
const NUMBER_ONLY = /^[\s\-–—]*\d{1,4}[\s\-–—]*$/;
const SENTENCE_END = /[.!?:;"”’)\]]$/;
/** A bullet glyph always opens a list item. */
const BULLET = /^[•▪◦‣·●○■□➢►]\s/;
/** A dash or a number opens one only after a line that ends a sentence or a clause ("– Serbia" may be a wrapped dash). */
const ITEM = /^(?:[–—-]\s|\d{1,3}[.)]\s)/;
const CLAUSE_END = /[.!?:;]$/;

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[s.length >> 1] as number;
}

/** The font size most of the document's lines are set in, weighted by their characters. */
function lineBodySize(pages: Line[][]): number {
  const weight = new Map<number, number>();
  for (const ls of pages) for (const l of ls) {
    const k = Math.round(l.size * 2) / 2;
    weight.set(k, (weight.get(k) ?? 0) + l.text.length);
  }
  let best = 0;
  let bestW = -1;
  for (const [k, w] of weight) if (w > bestW) [best, bestW] = [k, w];
  return best;
}

/** The font size most of the pages' characters are set in. */
function bodySize(pages: PageText[]): number {
  const weight = new Map<number, number>();
  for (const p of pages) for (const t of p.pieces) {
    const k = Math.round(t.size * 2) / 2;
    weight.set(k, (weight.get(k) ?? 0) + t.text.length);
  }
  let best = 0;
  let bestW = -1;
  for (const [k, w] of weight) if (w > bestW) [best, bestW] = [k, w];
  return best;
}

/** Pieces grouped into rows by baseline, each row's pieces left to right. */
function rows(pieces: TextPiece[], body: number): TextPiece[][] {
  const sorted = pieces.filter((t) => t.text.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const out: TextPiece[][] = [];
  let row: TextPiece[] = [];
  let rowY = Infinity;
  for (const t of sorted) {
    if (row.length > 0 && Math.abs(rowY - t.y) > 0.45 * Math.max(body, t.size)) {
      out.push(row);
      row = [];
    }
    if (row.length === 0) rowY = t.y;
    row.push(t);
  }
  if (row.length > 0) out.push(row);
  for (const r of out) r.sort((a, b) => a.x - b.x);
  return out;
}

/**
 * The x of a gutter between two columns, or null: a band in the middle of the page that no body
 * row crosses, with body text on both sides of it in many rows.
 */
function gutter(pageRows: TextPiece[][], width: number, body: number): number | null {
  const bodyRows = pageRows.filter((r) => r.some((t) => t.size >= body * 0.85));
  if (bodyRows.length < 6) return null;
  const lo = Math.floor(width * 0.3);
  const hi = Math.ceil(width * 0.7);
  const crossing = new Array<number>(hi - lo + 1).fill(0);
  for (const r of bodyRows) {
    for (const t of r) {
      const a = Math.max(lo, Math.ceil(t.x));
      const b = Math.min(hi, Math.floor(t.x + t.width));
      for (let x = a; x <= b; x++) crossing[x - lo] = (crossing[x - lo] ?? 0) + 1;
    }
  }
  let best: number | null = null;
  let bestScore = Infinity;
  for (let x = lo; x <= hi; x++) {
    const c = crossing[x - lo] ?? 0;
    // A few lines may cross it (a title, a wide table) above or below the columns.
    if (c > bodyRows.length * 0.2) continue;
    let left = 0;
    let right = 0;
    for (const r of bodyRows) {
      if (r.some((t) => t.x + t.width <= x)) left++;
      if (r.some((t) => t.x >= x)) right++;
    }
    if (left < bodyRows.length * 0.4 || right < bodyRows.length * 0.4) continue;
    const score = c * 1000 + Math.abs(x - width / 2);
    if (score < bestScore) [best, bestScore] = [x, score];
  }
  return best;
}

function lineOf(page: number, column: number, pieces: TextPiece[], body: number): Line | null {
  // Footnote marks in the body (small digits beside full-size text) are not words of the sentence.
  const main = Math.max(...pieces.map((t) => t.size));
  const kept = main >= body * 0.85 ? pieces.filter((t) => !(t.size <= main * 0.8 && MARK_ONLY.test(t.text.trim()))) : pieces;
  if (kept.length === 0) return null;
  let text = '';
  let end = -Infinity;
  for (const t of kept) {
    if (text !== '' && t.x - end > 0.15 * t.size && !SPACE_RE.test(text.at(-1) ?? '') && !SPACE_RE.test(t.text[0] ?? '')) text += ' ';
    text += t.text;
    end = Math.max(end, t.x + t.width);
  }
  text = text.replace(/\s+/g, ' ').trim();
  if (text === '') return null;
  let size = 0;
  let chars = -1;
  for (const t of kept) if (t.text.length > chars) [size, chars] = [t.size, t.text.length];
  return { page, column, x0: Math.min(...kept.map((t) => t.x)), x1: end, y: Math.max(...kept.map((t) => t.y)), size, text };
}

/**
 * A page's lines in reading order. Called page by page as the PDF is read, so only lines (not the
 * pieces they came from) are held for the whole document.
 */
export function pageLines(p: PageText): Line[] {
  const body = bodySize([p]);
  const rs = rows(p.pieces, body);
  const g = gutter(rs, p.width, body);
  const out: Line[] = [];
  if (g === null) {
    for (const r of rs) {
      const l = lineOf(p.page, 0, r, body);
      if (l) out.push(l);
    }
    return out;
  }
  let left: Line[] = [];
  let right: Line[] = [];
  const flush = () => {
    out.push(...left, ...right);
    left = [];
    right = [];
  };
  for (const r of rs) {
    if (r.some((t) => t.x < g && t.x + t.width > g)) {
      flush();
      const l = lineOf(p.page, 0, r, body);
      if (l) out.push(l);
      continue;
    }
    const l = lineOf(p.page, 1, r.filter((t) => t.x + t.width <= g), body);
    const rr = lineOf(p.page, 2, r.filter((t) => t.x >= g), body);
    if (l) left.push(l);
    if (rr) right.push(rr);
  }
  flush();
  return out;
}

const keyOf = (text: string) => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

/**
 * Drop running headers and footers and page numbers: among the first and last two lines of a page,
 * those in its top or bottom tenth that come back on other pages (digits aside) set apart from the
 * text, or hold only a number. Returns how many lines were dropped.
 */
function dropRunning(pages: Line[][], heights: Map<number, number>): number {
  const EDGE = 2;
  const seen = new Map<string, Set<number>>();
  const margin = (l: Line) => {
    const h = heights.get(l.page) ?? 0;
    return h > 0 && (l.y > h * 0.9 || l.y < h * 0.1);
  };
  const edges = (ls: Line[]) => [...ls.slice(0, EDGE), ...ls.slice(Math.max(EDGE, ls.length - EDGE))].filter(margin);
  for (const ls of pages) for (const l of edges(ls)) {
    const k = keyOf(l.text);
    if (!seen.has(k)) seen.set(k, new Set());
    seen.get(k)?.add(l.page);
  }
  // A running line is set apart from the text: farther from its nearest line than lines are from each other.
  const gaps: number[] = [];
  for (const ls of pages) for (let i = 1; i < ls.length; i++) {
    const a = ls[i - 1] as Line;
    const b = ls[i] as Line;
    if (a.column === b.column && a.y > b.y && Math.abs(a.size - b.size) < 0.5) gaps.push(a.y - b.y);
  }
  const gap = median(gaps);
  const apart = (l: Line, ls: Line[]) => ls.every((o) => o === l || Math.abs(o.y - l.y) < 0.5 || Math.abs(o.y - l.y) > gap * 1.4);
  const repeatsOn = Math.max(2, Math.ceil(pages.length * 0.5));
  let dropped = 0;
  for (const [i, ls] of pages.entries()) {
    const edge = new Set(edges(ls));
    const keep = ls.filter((l) => {
      if (!edge.has(l)) return true;
      const running = pages.length >= 2 && (seen.get(keyOf(l.text))?.size ?? 0) >= repeatsOn && apart(l, ls);
      if (running || NUMBER_ONLY.test(l.text)) {
        dropped++;
        return false;
      }
      return true;
    });
    pages[i] = keep;
  }
  return dropped;
}

/** Split off a page's footnotes: smaller lines below all body lines, the first opening with a mark. */
function splitNotes(ls: Line[], body: number): { body: Line[]; notes: Line[] } {
  let k = ls.length;
  while (k > 0 && (ls[k - 1] as Line).size <= body * 0.88) k--;
  if (k === ls.length || k === 0) return { body: ls, notes: [] };
  // Notes are at the foot of the page: below every body line.
  const lowestBody = Math.min(...ls.slice(0, k).map((l) => l.y));
  let first = k;
  while (first < ls.length && !NOTE_MARK.test((ls[first] as Line).text)) first++;
  if (first >= ls.length || ls.slice(first).some((l) => l.y > lowestBody)) return { body: ls, notes: [] };
  return { body: [...ls.slice(0, k), ...ls.slice(k, first)], notes: ls.slice(first) };
}

interface Paragraph {
  parts: { page: number; text: string }[];
}

/** Lines into paragraphs: a wider gap, a change of size, a short line, a bullet or a new column ends one. */
function paragraphs(lines: Line[], notes: boolean): Paragraph[] {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1] as Line;
    const b = lines[i] as Line;
    if (a.page === b.page && a.column === b.column && Math.abs(a.size - b.size) < 0.5 && a.y > b.y) gaps.push(a.y - b.y);
  }
  const gap = median(gaps);
  // Each column's right edge, to tell a short (last) line of a paragraph.
  const right = new Map<string, number>();
  for (const l of lines) {
    const k = `${l.page}/${l.column}`;
    right.set(k, Math.max(right.get(k) ?? 0, l.x1));
  }
  const left = new Map<string, number>();
  for (const l of lines) {
    const k = `${l.page}/${l.column}`;
    left.set(k, Math.min(left.get(k) ?? Infinity, l.x0));
  }
  const out: Paragraph[] = [];
  let cur: Paragraph | null = null;
  let prev: Line | null = null;
  for (const l of lines) {
    let brk = cur === null || prev === null;
    if (prev && cur) {
      const k = `${prev.page}/${prev.column}`;
      const width = (right.get(k) ?? prev.x1) - (left.get(k) ?? prev.x0);
      // A line that stops short ends its paragraph when it ends a sentence (ragged-right text has
      // lines a fifth shorter than the column mid-paragraph); a very short one (a heading) always.
      const x0 = left.get(k) ?? prev.x0;
      const short = (prev.x1 < x0 + width * 0.88 && SENTENCE_END.test(prev.text)) || prev.x1 < x0 + width * 0.6;
      const moved = prev.page !== l.page || prev.column !== l.column || l.y >= prev.y;
      const continues = !SENTENCE_END.test(prev.text) && /^\p{Ll}/u.test(l.text);
      const resized = Math.abs(prev.size - l.size) > Math.max(prev.size, l.size) * 0.1;
      // Over a page or column break a paragraph goes on unless its last line stopped short.
      if (moved) brk = (short && !continues) || resized || BULLET.test(l.text);
      else {
        brk =
          (gap > 0 && prev.y - l.y > gap * 1.45) ||
          resized ||
          (short && !continues) ||
          BULLET.test(l.text) ||
          (ITEM.test(l.text) && CLAUSE_END.test(prev.text)) ||
          (notes && NOTE_MARK.test(l.text));
      }
    }
    if (brk || !cur) {
      cur = { parts: [] };
      out.push(cur);
    }
    cur.parts.push({ page: l.page, text: l.text });
    prev = l;
  }
  return out;
}

/** Join a paragraph's lines, words broken at a line end made whole. */
function joinLines(parts: { page: number; text: string }[], hyphenated: Set<string>): { page: number; text: string }[] {
  const out: { page: number; text: string }[] = [];
  for (const [i, p] of parts.entries()) {
    let text = p.text;
    if (i > 0) {
      const last = out[out.length - 1] as { page: number; text: string };
      const broken = /(\p{L}+)[-\u00ad]$/u.exec(last.text);
      const next = /^(\p{Ll}+)/u.exec(text);
      if (/[\p{L}\d]-$/u.test(last.text) && /^\d/.test(text)) {
        // "1998-" + "99": a range broken at its dash stays one word.
      } else if (broken && next) {
        // "defen-" + "ce" is "defence", unless the document writes the word with its hyphen elsewhere.
        const withHyphen = `${broken[1]}-${next[1]}`.toLowerCase();
        if (last.text.endsWith('\u00ad') || !hyphenated.has(withHyphen)) last.text = last.text.slice(0, -1);
      } else text = ` ${text}`;
    }
    if (out.length > 0 && (out[out.length - 1] as { page: number }).page === p.page) (out[out.length - 1] as { text: string }).text += text;
    else out.push({ page: p.page, text });
  }
  return out;
}

/** Hyphenated words written inside lines (not at their end): the compounds the document uses. */
function compounds(lines: Line[]): Set<string> {
  const out = new Set<string>();
  for (const l of lines) for (const m of l.text.matchAll(/(\p{L}+)-(\p{L}+)(?!$)/gu)) out.add(`${m[1]}-${m[2]}`.toLowerCase());
  return out;
}

/**
 * Lay out the text of a document's pages.
 * @example layOut([{ page: 1, width: 595, height: 842, pieces }]).text
 */
export function layOut(input: PageText[]): LaidOut {
  return layOutLines(input.map(pageLines), new Map(input.map((p) => [p.page, p.height])));
}

/**
 * Lay out the lines of a document's pages (from pageLines, one list per page, in page order);
 * `heights` gives each page's height, to tell its margins.
 */
export function layOutLines(perPage: Line[][], heights: Map<number, number>): LaidOut {
  const body = lineBodySize(perPage);
  const dropped = dropRunning(perPage, heights);
  const bodyLines: Line[] = [];
  const noteLines: Line[] = [];
  for (const ls of perPage) {
    const split = splitNotes(ls, body);
    bodyLines.push(...split.body);
    noteLines.push(...split.notes);
  }
  const hyphenated = compounds([...bodyLines, ...noteLines]);
  let text = '';
  const pages: PageSpan[] = [];
  const emit = (paras: Paragraph[]) => {
    for (const para of paras) {
      if (text !== '') text += '\n\n';
      for (const part of joinLines(para.parts, hyphenated)) {
        const start = text.length;
        text += part.text;
        const last = pages[pages.length - 1];
        if (last && last.page === part.page && last.end === start) last.end = text.length;
        else pages.push({ page: part.page, start, end: text.length });
      }
    }
  };
  emit(paragraphs(bodyLines, false));
  const notes = paragraphs(noteLines, true);
  emit(notes);
  return { text, pages, footnotes: notes.length, dropped };
}
