/**
 * Word `.docx`: mammoth turns the document's paragraphs, headings, lists, tables and footnotes into
 * HTML (footnotes and endnotes gathered after the body, so they never cut a sentence of it), which
 * `treeText` reduces to text as for a web page. Images are not read. The title comes from the file's
 * properties (`docProps/core.xml`). The archive is checked first: a file that is not a zip, or whose
 * parts would inflate past a limit, is refused before anything is unpacked.
 */
import mammoth from 'mammoth';
import { unzipSync } from 'fflate';
import { parseHTML } from 'linkedom';
import { DyadError } from '../../core/errors.js';
import type { DocumentReader, DocumentText } from '../_types.js';
import { treeText, type WalkNode } from '../html/index.js';

/** The most a .docx may inflate to (its XML parts together). */
export const DOCX_MAX_INFLATED = 512 * 1024 * 1024;

function corrupt(name: string, why: string, cause?: unknown): DyadError {
  return new DyadError('INPUT_FORMAT', `not a readable Word document: ${why}`, {
    place: { file: name },
    hint: 'Open it in Word or LibreOffice and save it again as .docx, or export it as PDF or text.',
    ...(cause === undefined ? {} : { cause }),
  });
}

/** Sizes of the archive's parts, read from its directory without inflating any of them. */
function parts(bytes: Uint8Array, name: string): Map<string, number> {
  const sizes = new Map<string, number>();
  try {
    unzipSync(bytes, {
      filter: (f) => {
        sizes.set(f.name, f.originalSize);
        return f.name === 'docProps/core.xml' && f.originalSize < 1 << 20;
      },
    });
  } catch (cause) {
    throw corrupt(name, 'it is not a zip archive, or the archive is damaged', cause);
  }
  return sizes;
}

function coreTitle(bytes: Uint8Array): string | null {
  const core = unzipSync(bytes, { filter: (f) => f.name === 'docProps/core.xml' && f.originalSize < 1 << 20 })['docProps/core.xml'];
  if (!core) return null;
  const xml = new TextDecoder().decode(core);
  const m = /<dc:title>([^<]*)<\/dc:title>/.exec(xml);
  const title = m?.[1] ? treeText(parseHTML(`<!doctype html><html><body><p>${m[1]}</p></body></html>`).document.body as unknown as WalkNode).trim() : '';
  return title || null;
}

const skipImages = mammoth.images.imgElement(async () => ({ src: '' }));

/** `.docx`. */
export const docxReader: DocumentReader = {
  format: 'docx',
  async read(bytes, name): Promise<DocumentText> {
    if (bytes.length === 0) throw new DyadError('INPUT_EMPTY', 'the file is empty', { place: { file: name }, hint: 'Give a file with some text in it.' });
    const sizes = parts(bytes, name);
    if (!sizes.has('word/document.xml')) throw corrupt(name, 'the archive has no word/document.xml');
    let inflated = 0;
    for (const [part, size] of sizes) if (!part.startsWith('word/media/')) inflated += size;
    if (inflated > DOCX_MAX_INFLATED) {
      throw new DyadError('INPUT_TOO_LARGE', `the document's parts inflate to ${inflated} bytes, more than ${DOCX_MAX_INFLATED}`, {
        place: { file: name },
        hint: 'Save it as text or PDF, or split it into smaller documents.',
      });
    }
    let html: string;
    const warnings: string[] = [];
    try {
      const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length) }, { convertImage: skipImages, externalFileAccess: false });
      html = result.value;
      for (const m of result.messages) if (m.type === 'error') warnings.push(m.message);
    } catch (cause) {
      throw corrupt(name, cause instanceof Error ? cause.message : String(cause), cause);
    }
    const page = parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
    const text = page.body ? treeText(page.body as unknown as WalkNode) : '';
    if (text.trim() === '') throw new DyadError('INPUT_EMPTY', 'the Word document has no text', { place: { file: name }, hint: 'Give a document with some text in it.' });
    return { format: 'docx', text, title: coreTitle(bytes), published: null, language: null, pages: null, warnings };
  },
};
