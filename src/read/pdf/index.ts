/**
 * PDF: pdf.js (Mozilla's reader, no native code) gives each page's text pieces with their positions,
 * one page at a time (each page's resources freed before the next, so memory follows the page, not
 * the file); `layOut` turns them into paragraphs in reading order and records which page each stretch
 * of text came from. A file with no text layer, one that needs a password or one that is damaged is
 * refused with a DyadError naming it.
 */
import { DyadError } from '../../core/errors.js';
import type { DocumentReader, DocumentText } from '../_types.js';
import { layOutLines, pageLines, type Line, type TextPiece } from './_layout.js';

export { layOut, type LaidOut, type PageText, type TextPiece } from './_layout.js';

/** Fewer characters than this per page, on average, and the PDF is taken for scanned images. */
const MIN_CHARS_PER_PAGE = 8;

interface PdfTextItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;
// Loaded on the first PDF: a quarter of a second that text-only runs never pay.
const loadPdfJs = () => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

function refused(name: string, cause: unknown): DyadError {
  const kind = (cause as { name?: string } | null)?.name;
  if (kind === 'PasswordException') {
    return new DyadError('INPUT_ENCRYPTED', 'the PDF is protected by a password', {
      place: { file: name },
      hint: 'Remove the password (e.g. qpdf --decrypt --password=… in.pdf out.pdf) and give the unlocked file.',
      cause,
    });
  }
  const why = cause instanceof Error ? cause.message : String(cause);
  return new DyadError('INPUT_FORMAT', `not a readable PDF: ${why}`, {
    place: { file: name },
    hint: 'Open it in a PDF viewer and save or print it again as PDF, or give its text.',
    cause,
  });
}

function pieceOf(item: PdfTextItem): TextPiece | null {
  const t = item.transform;
  if (!item.str || !t || t.length < 6) return null;
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = t;
  // Rotated text (a vertical margin note) is not part of the running text.
  if (Math.abs(b) > Math.abs(a) * 0.1 || Math.abs(c) > Math.abs(d) * 0.1) return null;
  const size = Math.hypot(c, d) || item.height || 0;
  if (size <= 0) return null;
  return { text: item.str, x: e, y: f, width: item.width ?? 0, size };
}

/** `.pdf`. */
export const pdfReader: DocumentReader = {
  format: 'pdf',
  async read(bytes, name): Promise<DocumentText> {
    if (bytes.length === 0) throw new DyadError('INPUT_EMPTY', 'the file is empty', { place: { file: name }, hint: 'Give a file with some text in it.' });
    const { getDocument } = await loadPdfJs();
    // pdf.js takes the buffer over (it may transfer it): give it a copy.
    const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false });
    let doc: Awaited<typeof task.promise>;
    try {
      doc = await task.promise;
    } catch (cause) {
      await task.destroy().catch(() => {});
      throw refused(name, cause);
    }
    const pages: Line[][] = [];
    const heights = new Map<number, number>();
    let chars = 0;
    let title: string | null = null;
    let language: string | null = null;
    const warnings: string[] = [];
    try {
      const meta = await doc.getMetadata().catch(() => null);
      // The file's CreationDate is when it was written or printed, often not when the text was
      // published: the text's own date lines say that, so it is not read here.
      const info = (meta?.info ?? {}) as { Title?: unknown; Language?: unknown };
      // A printed web page may carry its address ("about:blank") as its title: not a title.
      if (typeof info.Title === 'string' && info.Title.trim() && !/^[a-z][a-z+.-]*:\S*$/i.test(info.Title.trim())) title = info.Title.trim();
      if (typeof info.Language === 'string' && info.Language.trim()) language = info.Language.trim();
      for (let n = 1; n <= doc.numPages; n++) {
        let page;
        try {
          page = await doc.getPage(n);
        } catch (cause) {
          warnings.push(`page ${n} could not be read (${cause instanceof Error ? cause.message : String(cause)})`);
          continue;
        }
        const view = page.getViewport({ scale: 1 });
        const content = await page.getTextContent();
        const pieces: TextPiece[] = [];
        for (const item of content.items as PdfTextItem[]) {
          const p = pieceOf(item);
          if (p) pieces.push(p);
        }
        for (const p of pieces) chars += p.text.trim().length;
        pages.push(pageLines({ page: n, width: view.width, height: view.height, pieces }));
        heights.set(n, view.height);
        page.cleanup();
      }
    } catch (cause) {
      throw refused(name, cause);
    } finally {
      await doc.destroy().catch(() => {});
    }
    if (chars < Math.max(1, pages.length) * MIN_CHARS_PER_PAGE) {
      throw new DyadError('INPUT_NO_TEXT', `the PDF has no text layer (${pages.length} pages, ${chars} characters of text): its pages are images`, {
        place: { file: name },
        hint: 'Run it through OCR first (e.g. ocrmypdf in.pdf out.pdf), then give the result.',
      });
    }
    const laid = layOutLines(pages, heights);
    if (laid.dropped > 0) warnings.push(`${laid.dropped} running header, footer and page-number lines left out`);
    return { format: 'pdf', text: laid.text, title, published: null, language, pages: laid.pages, warnings };
  },
};
