/**
 * HTML reduced to its readable text, with a map from every offset of that text back to the HTML
 * source, so evidence found in the text can still be pointed at in the file. Scripts, styles and
 * comments are dropped; block elements end a paragraph; entities are decoded; runs of white space
 * collapse to one space.
 */

/** Text of an HTML page and where each of its characters came from. */
export interface HtmlText {
  text: string;
  /** Source offset for a text offset (0..text.length inclusive). */
  toSource(offset: number): number;
  title: string | null;
  /** The page's own date: a `<meta>` date or the first `<time datetime>`, as given. */
  published: string | null;
}

const BLOCK = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table', 'section', 'article',
  'header', 'footer', 'blockquote', 'pre', 'hr', 'dd', 'dt', 'dl', 'figcaption', 'main', 'aside', 'nav', 'title',
]);
const INLINE = /^(a|b|i|em|strong|span|abbr|sup|sub|small|u|mark|q|cite|time|font)$/;
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'title']);
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’',
  ldquo: '“', rdquo: '”', hellip: '…', eacute: 'é', scaron: 'š', ccaron: 'č', cacute: 'ć', zcaron: 'ž', copy: '©',
};
const META_DATE = /^(date|dc\.date|dcterms\.date|article:published_time|pubdate|publishdate|published|citation_date)$/i;

function decodeEntity(entity: string): string | null {
  if (entity.startsWith('#x') || entity.startsWith('#X')) {
    const cp = parseInt(entity.slice(2), 16);
    return Number.isFinite(cp) && cp <= 0x10ffff ? String.fromCodePoint(cp) : null;
  }
  if (entity.startsWith('#')) {
    const cp = parseInt(entity.slice(1), 10);
    return Number.isFinite(cp) && cp <= 0x10ffff ? String.fromCodePoint(cp) : null;
  }
  return NAMED[entity.toLowerCase()] ?? null;
}

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[2] ?? m[3] ?? m[4] ?? null) : null;
}

/** Reduce `html` to its text. */
export function htmlToText(html: string): HtmlText {
  const out: string[] = [];
  const src: number[] = [];
  let pendingSpace = false;
  let pendingBreak = false;
  let title: string | null = null;
  let published: string | null = null;

  const emit = (s: string, at: number) => {
    if (out.length > 0) {
      if (pendingBreak) {
        out.push('\n', '\n');
        src.push(at, at);
      } else if (pendingSpace) {
        out.push(' ');
        src.push(at);
      }
    }
    pendingSpace = pendingBreak = false;
    for (const ch of s) {
      out.push(ch);
      for (let k = 0; k < ch.length; k++) src.push(at);
    }
  };

  let i = 0;
  while (i < html.length) {
    const c = html[i];
    if (c === '<') {
      if (html.startsWith('<!--', i)) {
        const end = html.indexOf('-->', i + 4);
        i = end < 0 ? html.length : end + 3;
        continue;
      }
      const end = html.indexOf('>', i);
      if (end < 0) break;
      const tag = html.slice(i, end + 1);
      const m = /^<\/?\s*([a-zA-Z][a-zA-Z0-9-]*)/.exec(tag);
      const name = m?.[1]?.toLowerCase() ?? '';
      const closing = tag.startsWith('</');
      if (!closing && name === 'meta' && published === null) {
        const key = attr(tag, 'name') ?? attr(tag, 'property') ?? attr(tag, 'itemprop');
        const content = attr(tag, 'content');
        if (key && content && META_DATE.test(key)) published = content;
      }
      if (!closing && name === 'time' && published === null) published = attr(tag, 'datetime');
      if (!closing && SKIP.has(name)) {
        const close = new RegExp(`</\\s*${name}\\s*>`, 'ig');
        close.lastIndex = end + 1;
        const cm = close.exec(html);
        // The page title is kept apart, not read as a sentence of the document.
        if (name === 'title' && title === null) title = decodeAll(html.slice(end + 1, cm ? cm.index : html.length)).replace(/\s+/g, ' ').trim() || null;
        i = cm ? cm.index + cm[0].length : html.length;
        continue;
      }
      // Inline elements do not break words ("<b>NATO</b>'s" stays one word); other tags separate.
      if (BLOCK.has(name)) pendingBreak = out.length > 0;
      else if (!INLINE.test(name)) pendingSpace = out.length > 0 || pendingSpace;
      i = end + 1;
      continue;
    }
    if (c === '&') {
      const m = /^&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/.exec(html.slice(i, i + 12));
      const decoded = m ? decodeEntity(m[1] ?? '') : null;
      if (m && decoded !== null) {
        emit(decoded, i);
        i += m[0].length;
        continue;
      }
    }
    if (c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f') {
      if (out.length > 0) pendingSpace = true;
      i++;
      continue;
    }
    emit(c ?? '', i);
    i++;
  }
  const text = out.join('');
  src.push(html.length);
  return {
    text,
    toSource: (offset: number) => src[Math.max(0, Math.min(offset, src.length - 1))] ?? html.length,
    title,
    published: published?.trim() || null,
  };
}

function decodeAll(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (all, e: string) => decodeEntity(e) ?? all);
}
