/**
 * A text handed over as written may open with its front matter (Markdown's `---` block): its title
 * is the document's, its other lines (a "source:" naming press releases) are no layout of the body.
 */
// The text reader's module alone: the whole of read/ would load the PDF and Word readers at every start.
import { readFrontMatter } from '../../read/text/index.js';

/** The body's text (front matter blanked, offsets kept) and the title the front matter gives. */
export function withoutFrontMatter(text: string, file = 'document'): { text: string; title: string | null } {
  if (!text.startsWith('---')) return { text, title: null };
  try {
    const fm = readFrontMatter(text, file);
    return { text: fm.text, title: fm.title };
  } catch {
    // A front matter that does not parse names no title; its lines are read as they are.
    return { text, title: null };
  }
}
