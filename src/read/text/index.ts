/**
 * Plain text and Markdown, as written: UTF-8 checked (empty, binary and badly encoded files refused),
 * a byte-order mark dropped; a Markdown file's YAML front matter is blanked in place, so every offset
 * of the text is still the offset in the file.
 */
import { decodeDocumentBytes } from '../../io/index.js';
import type { DocumentReader, DocumentText } from '../_types.js';
import { readFrontMatter } from './_front-matter.js';

export { readFrontMatter, type FrontMatter } from './_front-matter.js';

/** `.txt` and anything else read as text. */
export const textReader: DocumentReader = {
  format: 'text',
  async read(bytes, name): Promise<DocumentText> {
    return { format: 'text', text: decodeDocumentBytes(bytes, name), title: null, published: null, language: null, pages: null, warnings: [] };
  },
};

/** `.md`: front matter `published:` (or `date:`), `title:`, `language:`. */
export const markdownReader: DocumentReader = {
  format: 'markdown',
  async read(bytes, name): Promise<DocumentText> {
    const fm = readFrontMatter(decodeDocumentBytes(bytes, name), name);
    return { format: 'markdown', text: fm.text, title: fm.title, published: fm.published, language: fm.language, pages: null, warnings: [] };
  },
};
