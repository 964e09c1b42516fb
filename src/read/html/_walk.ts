/**
 * A parsed HTML tree turned into text: block elements (paragraphs, headings, list items, table rows…)
 * become paragraphs separated by a blank line, `<br>` a line break, table cells are joined by " | " (as a
 * Markdown table row reads), inline elements never split a word ("<b>NATO</b>'s"), runs of white space
 * collapse to one space. Scripts, styles, forms and hidden elements give nothing.
 */

/** The little of a DOM node the walk reads (linkedom's nodes and the browser's both fit). */
export interface WalkNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<WalkNode>;
  getAttribute?(name: string): string | null;
}

const BLOCK = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'SECTION',
  'ARTICLE', 'HEADER', 'FOOTER', 'BLOCKQUOTE', 'PRE', 'HR', 'DD', 'DT', 'DL', 'FIGURE', 'FIGCAPTION', 'MAIN', 'ASIDE',
  'NAV', 'ADDRESS', 'CAPTION', 'DETAILS', 'SUMMARY', 'BODY', 'HTML',
]);
const CELL = new Set(['TD', 'TH']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'HEAD', 'TITLE', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'FORM', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'OPTION']);
const SPACE = /[ \t\n\r\f]+/g;

function hidden(node: WalkNode): boolean {
  const get = node.getAttribute;
  if (!get) return false;
  if (get.call(node, 'hidden') !== null || get.call(node, 'aria-hidden') === 'true') return true;
  const style = get.call(node, 'style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Separators between pieces of text, weakest first: a stronger one replaces a weaker one. */
const SEPARATORS = ['', ' ', ' | ', '\n', '\n\n'] as const;
type Separator = (typeof SEPARATORS)[number];

/** The text of `root` and everything under it. */
export function treeText(root: WalkNode): string {
  const out: string[] = [];
  let pending: Separator = '';
  const sep = (s: Separator) => {
    if (out.length > 0 && SEPARATORS.indexOf(s) > SEPARATORS.indexOf(pending)) pending = s;
  };
  const write = (s: string) => {
    if (s === '') return;
    if (out.length > 0) out.push(pending);
    out.push(s);
    pending = '';
  };
  const visit = (node: WalkNode) => {
    if (node.nodeType === 3) {
      const raw = node.textContent ?? '';
      const t = raw.replace(SPACE, ' ');
      if (t.startsWith(' ')) sep(' ');
      write(t.trim());
      if (t.endsWith(' ')) sep(' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name) || hidden(node)) return;
    if (name === 'BR') return sep('\n');
    if (name === 'PRE') {
      sep('\n\n');
      write((node.textContent ?? '').replace(/\r\n?/g, '\n').replace(/^\n+|\s+$/g, ''));
      return sep('\n\n');
    }
    const block = BLOCK.has(name);
    if (block) sep('\n\n');
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) visit(kids[i] as WalkNode);
    // Cells of a row read as "12 March 2008 | Talks opened"; the row's end is a paragraph break.
    if (CELL.has(name)) sep(' | ');
    if (block) sep('\n\n');
  };
  visit(root);
  return out.join('');
}
