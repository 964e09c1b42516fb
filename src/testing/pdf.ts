/**
 * Writes small PDF files for tests: pages of text lines set in Helvetica at given positions, images
 * (raw grey pixels), a password lock. Enough of the format (objects, a cross-reference table, a
 * trailer) for pdf.js to read, and nothing a test would have to trust a third party's file for.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';

/** A line of text: its baseline at (x, y) from the bottom left of an A4 page (595 × 842 pt). */
export interface PdfLine {
  text: string;
  x: number;
  y: number;
  size?: number;
}

export interface PdfPage {
  lines?: PdfLine[];
  /** A grey image filling most of the page, `side` × `side` pixels (side² bytes in the file). */
  imageSide?: number;
}

export interface PdfOptions {
  /** Lock the file with a user password nobody knows. */
  encrypted?: boolean;
  title?: string;
}

/** Characters outside Latin-1 that WinAnsiEncoding has, by their byte. */
const WIN_ANSI: Record<string, number> = { '–': 0x96, '—': 0x97, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, 'Š': 0x8a, 'š': 0x9a, 'Ž': 0x8e, 'ž': 0x9e, '€': 0x80 };

/** A PDF string literal in WinAnsiEncoding, with ( ) \ escaped; a character it lacks becomes '?'. */
function literal(s: string): string {
  let out = '(';
  for (const ch of s) {
    const c = WIN_ANSI[ch] ?? ch.codePointAt(0) ?? 63;
    if (ch === '(' || ch === ')' || ch === '\\') out += `\\${ch}`;
    else if (c < 32 || c > 255) out += '?';
    else if (c > 126) out += `\\${c.toString(8).padStart(3, '0')}`;
    else out += ch;
  }
  return `${out})`;
}

/**
 * Write a PDF of `pages` to `path`, streaming image bytes so a large file is never held whole.
 * @example writePdf('/tmp/x.pdf', [{ lines: [{ text: 'Finland joined NATO in 2023.', x: 72, y: 770 }] }]);
 */
export function writePdf(path: string, pages: PdfPage[], options: PdfOptions = {}): void {
  const fd = openSync(path, 'w');
  let at = 0;
  const offsets: number[] = [];
  const put = (s: string | Uint8Array) => {
    at += writeSync(fd, typeof s === 'string' ? Buffer.from(s, 'latin1') : s);
  };
  const object = (n: number, body: () => void) => {
    offsets[n] = at;
    put(`${n} 0 obj\n`);
    body();
    put('\nendobj\n');
  };
  try {
    put('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n');
    const FONT = 3;
    const INFO = 4;
    const ENCRYPT = 5;
    let next = 6;
    const pageIds: number[] = [];
    const plan = pages.map((p) => {
      const ids = { page: next++, content: next++, image: p.imageSide ? next++ : 0 };
      pageIds.push(ids.page);
      return ids;
    });
    object(1, () => put('<< /Type /Catalog /Pages 2 0 R >>'));
    object(2, () => put(`<< /Type /Pages /Kids [${pageIds.map((i) => `${i} 0 R`).join(' ')}] /Count ${pageIds.length} >>`));
    object(FONT, () => put('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'));
    object(INFO, () => put(`<< /Producer (dyad tests)${options.title ? ` /Title ${literal(options.title)}` : ''} >>`));
    if (options.encrypted) {
      const hex = () => randomBytes(32).toString('hex');
      object(ENCRYPT, () => put(`<< /Filter /Standard /V 1 /R 2 /O <${hex()}> /U <${hex()}> /P -44 >>`));
    }
    pages.forEach((p, i) => {
      const ids = plan[i] as { page: number; content: number; image: number };
      const xobject = ids.image ? ` /XObject << /Im1 ${ids.image} 0 R >>` : '';
      object(ids.page, () => put(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${FONT} 0 R >>${xobject} >> /Contents ${ids.content} 0 R >>`));
      let ops = ids.image ? 'q 495 0 0 700 50 70 cm /Im1 Do Q\n' : '';
      for (const l of p.lines ?? []) ops += `BT /F1 ${l.size ?? 11} Tf 1 0 0 1 ${l.x} ${l.y} Tm ${literal(l.text)} Tj ET\n`;
      object(ids.content, () => put(`<< /Length ${Buffer.byteLength(ops, 'latin1')} >>\nstream\n${ops}\nendstream`));
      if (ids.image) {
        const side = p.imageSide as number;
        object(ids.image, () => {
          put(`<< /Type /XObject /Subtype /Image /Width ${side} /Height ${side} /ColorSpace /DeviceGray /BitsPerComponent 8 /Length ${side * side} >>\nstream\n`);
          const row = Buffer.alloc(side * 64, 0x80);
          for (let y = 0; y < side; y += 64) put(row.subarray(0, side * Math.min(64, side - y)));
          put('\nendstream');
        });
      }
    });
    const xref = at;
    put(`xref\n0 ${next}\n0000000000 65535 f \n`);
    for (let n = 1; n < next; n++) {
      const o = offsets[n];
      put(o === undefined ? '0000000000 65535 f \n' : `${String(o).padStart(10, '0')} 00000 n \n`);
    }
    const id = randomBytes(16).toString('hex');
    put(`trailer\n<< /Size ${next} /Root 1 0 R /Info ${INFO} 0 R${options.encrypted ? ` /Encrypt ${ENCRYPT} 0 R` : ''} /ID [<${id}> <${id}>] >>\nstartxref\n${xref}\n%%EOF\n`);
  } finally {
    closeSync(fd);
  }
}

/**
 * Lines of `text` set as a page would set them: wrapped at `width` characters, `perPage` lines a page.
 * @example writePdf(path, pagesOf('A long text …'))
 */
export function pagesOf(paragraphs: string[], options: { width?: number; perPage?: number; x?: number; top?: number; leading?: number } = {}): PdfPage[] {
  const width = options.width ?? 90;
  const perPage = options.perPage ?? 50;
  const leading = options.leading ?? 14;
  const lines: string[][] = [];
  for (const p of paragraphs) {
    const para: string[] = [];
    let line = '';
    for (const w of p.split(/\s+/)) {
      if (line && line.length + 1 + w.length > width) {
        para.push(line);
        line = w;
      } else line = line ? `${line} ${w}` : w;
    }
    if (line) para.push(line);
    lines.push(para);
  }
  const pages: PdfPage[] = [];
  let page: PdfLine[] = [];
  let y = options.top ?? 770;
  for (const para of lines) {
    for (const text of para) {
      if (page.length >= perPage) {
        pages.push({ lines: page });
        page = [];
        y = options.top ?? 770;
      }
      page.push({ text, x: options.x ?? 72, y });
      y -= leading;
    }
    y -= leading * 0.8;
  }
  if (page.length) pages.push({ lines: page });
  return pages;
}
