/**
 * Building the page without ever parsing data as markup: every string becomes a text node, so a
 * document holding `<script>` or `onerror=` is shown as the characters it is. No innerHTML anywhere.
 */

export type Child = Node | string | number | null | undefined | false;
export type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

/** `el('a', { href: '…', onclick: f }, 'text', child)`: attributes are set one by one, children appended as nodes. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') node.addEventListener(name.replace(/^on/, ''), value);
    else if (name === 'href' && !isSafeHref(String(value))) continue;
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, ...children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === 'object' ? c : document.createTextNode(String(c)));
  }
}

/** Only relative links and http(s) ones: a `javascript:` URL in a dataset row must not become a link. */
export function isSafeHref(href: string): boolean {
  if (/^(\?|\/(?!\/)|#)/.test(href)) return true;
  try {
    const u = new URL(href);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

export function clear(node: Element): void {
  node.replaceChildren();
}

/** A region of text to mark: offsets into the text, `end` exclusive. */
export interface MarkSpan {
  start: number;
  end: number;
  /** Added to the <mark>'s class list (e.g. `ev q2`). */
  kind: string;
  /** Read out and shown on hover. */
  label: string;
  id?: string;
}

/**
 * Where a text's content begins: after the blank lines it opens with (a note's front matter is blanked
 * to spaces and line breaks so offsets stay file offsets; shown, it would be an empty block).
 */
export function blankLead(text: string): number {
  const m = /^\s*\n/.exec(text);
  return m ? m[0].length : 0;
}

/**
 * The text as nodes: plain stretches as text nodes, marked ones in <mark>. Overlapping spans are cut
 * at every boundary; a stretch inside several spans carries all their kinds. Blank lines the text opens
 * with are left out (see {@link blankLead}); offsets stay those of the whole text.
 */
export function markedText(text: string, spans: MarkSpan[]): DocumentFragment {
  const frag = document.createDocumentFragment();
  const lead = blankLead(text);
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end)
    .map((s) => ({ ...s, start: Math.max(s.start, lead), end: Math.max(s.end, lead) })).filter((s) => s.start < s.end);
  const cuts = [...new Set([lead, text.length, ...valid.flatMap((s) => [s.start, s.end])])].sort((x, y) => x - y);
  const seen = new Set<string>();
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i] as number;
    const to = cuts[i + 1] as number;
    const piece = text.slice(from, to);
    const active = valid.filter((s) => s.start <= from && s.end >= to);
    if (active.length === 0) {
      frag.appendChild(document.createTextNode(piece));
      continue;
    }
    const mark = el('mark', {
      class: [...new Set(active.flatMap((s) => s.kind.split(' ')))].join(' '),
      title: active.map((s) => s.label).join('; '),
    }, piece);
    // The first piece of a span carries its id, so it can be scrolled to and focused.
    for (const s of active) {
      if (s.id && s.start === from && !seen.has(s.id)) {
        seen.add(s.id);
        mark.id = s.id;
        mark.tabIndex = -1;
      }
    }
    frag.appendChild(mark);
  }
  return frag;
}
