/**
 * Web pages: parsed by a real HTML parser (linkedom over htmlparser2, so every named and numeric
 * entity is decoded as a browser would: `&uuml;` → ü, `&Scaron;` → Š), the page's furniture
 * (navigation, menus, related links, comments, footers) removed by Mozilla's Readability, and the
 * article reduced to text by `treeText`. The title and the published date come from the page's
 * `<title>`/`<meta>`/`<time>` and its JSON-LD, read before Readability rewrites the tree, else from a
 * line of the page the caller's `statedDate` reads as its date ("Last updated: 27-Feb-2023 | Press
 * release |"), which Readability drops with the page's other bars.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decodeDocumentBytes } from '../../io/index.js';
import type { DocumentReader, DocumentText, ReadOptions } from '../_types.js';
import { treeText, type WalkNode } from './_walk.js';

export { treeText, type WalkNode } from './_walk.js';

/** `<meta>` names and properties that carry the page's date. */
const META_DATE = /^(date|dc\.date|dc\.date\.issued|dcterms\.date|dcterms\.created|article:published_time|og:published_time|pubdate|publishdate|publish-date|published|citation_date|citation_publication_date|sailthru\.date|datepublished)$/i;
/** An article shorter than this is not trusted to be the page's content (Readability fell back to a fragment). */
const MIN_ARTICLE_CHARS = 200;
/** Elements that are a page's furniture, removed when Readability finds no article. */
const FURNITURE = 'nav, header, footer, aside, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [role="search"]';

interface Found {
  title: string | null;
  published: string | null;
  language: string | null;
}

// linkedom's Document type and the DOM lib's differ; the few calls made here are typed by hand.
interface Page {
  title: string;
  documentElement: { getAttribute(name: string): string | null };
  body: WalkNode | null;
  querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null; remove(): void }>;
}

function pageOf(html: string): Page {
  // linkedom builds no <body> for a fragment ("<p>…</p>"): give it one.
  const whole = /<(html|body)[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  return parseHTML(whole).document as unknown as Page;
}

function jsonLdDate(page: Page): string | null {
  const scripts = page.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(scripts[i]?.textContent ?? '');
    if (m?.[1]) return m[1];
  }
  return null;
}

function found(page: Page): Found {
  let published: string | null = null;
  const metas = page.querySelectorAll('meta');
  for (let i = 0; i < metas.length && published === null; i++) {
    const m = metas[i];
    const key = m?.getAttribute('name') ?? m?.getAttribute('property') ?? m?.getAttribute('itemprop');
    const content = m?.getAttribute('content');
    if (key && content?.trim() && META_DATE.test(key)) published = content.trim();
  }
  published ??= jsonLdDate(page);
  if (published === null) {
    const times = page.querySelectorAll('time[datetime]');
    published = times[0]?.getAttribute('datetime')?.trim() || null;
  }
  const title = page.title.replace(/\s+/g, ' ').trim() || null;
  const language = page.documentElement.getAttribute('lang')?.trim() || null;
  return { title, published, language };
}

/**
 * The text of an HTML page (a whole page or a fragment).
 * @example htmlText('<p>M&uuml;ller met &Scaron;ef&ccaron;ovi&ccaron;.</p>').text // 'Müller met Šefčovič.'
 */
export function htmlText(html: string, options: ReadOptions = {}): Omit<DocumentText, 'format' | 'pages'> {
  const about = found(pageOf(html));
  const warnings: string[] = [];
  let text = '';
  const article = new Readability(pageOf(html) as unknown as Document, { charThreshold: MIN_ARTICLE_CHARS }).parse();
  if (article?.content && (article.textContent ?? '').trim().length >= MIN_ARTICLE_CHARS) {
    const inner = pageOf(article.content);
    if (inner.body) text = treeText(inner.body);
    about.published ??= article.publishedTime?.trim() || null;
  }
  if (about.published === null && options.statedDate) {
    const page = pageOf(html);
    if (page.body) about.published = options.statedDate(treeText(page.body));
  }
  if (text.trim() === '') {
    // A short page, or one Readability cannot read: the whole body less its furniture.
    const page = pageOf(html);
    const furniture = page.querySelectorAll(FURNITURE);
    for (let i = 0; i < furniture.length; i++) furniture[i]?.remove();
    if (page.body) text = treeText(page.body);
    else text = treeText(page as unknown as WalkNode);
  }
  return { text, ...about, warnings };
}

/** `.html`, `.htm`, `.xhtml`. */
export const htmlReader: DocumentReader = {
  format: 'html',
  async read(bytes, name, options): Promise<DocumentText> {
    return { format: 'html', pages: null, ...htmlText(decodeDocumentBytes(bytes, name), options) };
  },
};
