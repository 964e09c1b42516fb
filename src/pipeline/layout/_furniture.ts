/**
 * A page's furniture among its sentences, read once every stage has found what it finds: the
 * headline and the lines above a report's first paragraph, which tell again in short what the story
 * tells in full, and a list of links to other stories under "Related coverage" or "Read more". An
 * act the headline names between two parties the story's body names acting too is read once, from
 * the body (with its day and its full names); what a link list holds belongs to other documents.
 */
import type { DocumentKind } from '../../core/model.js';
import type { DocumentContext, Stage } from '../types.js';
import { withoutFrontMatter } from './_front.js';
import { layoutVocabulary, phraseSource, type LayoutVocabulary } from './_vocabulary.js';

/** Reports, whose title is a headline over a story that tells it again. */
const REPORTS: ReadonlySet<DocumentKind | undefined> = new Set<DocumentKind | undefined>(['news', 'press-release']);
/** A blank line between two blocks of text. */
const BLOCK_BREAK = /\n[^\S\n]*\n\s*/g;
/** The head of a report is found among its first blocks, or not at all. */
const HEAD_BLOCKS = 8;
/** A headline, a link's title, a heading: a short line (a press release's title may run long). */
const SHORT_LINE = 160;
/** Prose ends its block with a sentence's end (emphasis and closing quotes may follow). */
const ENDS_PROSE = /[.!?]["'”’)\]]*[*_]*$/;
/** A heading's markup before its words… */
const LEADING_MARKUP = /^[\s#*_>|•·-]+/;
/** …and its markup and punctuation after them, one character at a time. */
const TRAILING_MARK = /[\s#*_>|:•·-]/;

/**
 * A line without the markup around its words. Walking back from the end over the trailing marks
 * reads only them: a pattern anchored at the end is tried at every character of a long line.
 */
function withoutMarkup(line: string): string {
  const lead = LEADING_MARKUP.exec(line)?.[0].length ?? 0;
  let end = line.length;
  while (end > lead && TRAILING_MARK.test(line.charAt(end - 1))) end--;
  return line.slice(lead, end);
}

interface Block {
  start: number;
  end: number;
  text: string;
}

/** The text's blocks between blank lines, with their offsets. */
function blocksOf(text: string): Block[] {
  const out: Block[] = [];
  let from = 0;
  BLOCK_BREAK.lastIndex = 0;
  for (let m = BLOCK_BREAK.exec(text); ; m = BLOCK_BREAK.exec(text)) {
    const end = m ? m.index : text.length;
    const body = text.slice(from, end);
    if (body.trim() !== '') out.push({ start: from, end, text: body });
    if (!m) break;
    from = m.index + m[0].length;
  }
  return out;
}

/** Is every line of the block short and no sentence (a heading, a headline, a link's title)? */
function shortLines(b: Block): boolean {
  return b.text.split('\n').every((l) => {
    const t = l.trim();
    return t.length <= SHORT_LINE && !ENDS_PROSE.test(t);
  });
}

/**
 * Where a report's head ends (an offset of `text`): the start of its first block of prose, when the
 * blocks above it are all short lines (a section name, the headline, a byline, a date line). 0 when
 * the text opens with prose or has none near its top.
 */
export function headEnd(text: string): number {
  const blocks = blocksOf(text);
  for (let k = 0; k < Math.min(blocks.length, HEAD_BLOCKS); k++) {
    const b = blocks[k] as Block;
    if (shortLines(b)) continue;
    return k === 0 ? 0 : b.start;
  }
  return 0;
}

const headingCache = new WeakMap<LayoutVocabulary, RegExp>();

function linkHeading(v: LayoutVocabulary): RegExp {
  let r = headingCache.get(v);
  if (!r) headingCache.set(v, (r = new RegExp(`^(?:${v.linkListHeadings.map(phraseSource).join('|')})$`, 'iu')));
  return r;
}

/**
 * The spans of `text` that are lists of links to other stories: a block that opens with a line holding
 * only a link-list heading ("Related coverage", "Read more:"), and the blocks of short lines after it.
 */
export function linkLists(text: string, v: LayoutVocabulary = layoutVocabulary()): [number, number][] {
  const heading = linkHeading(v);
  const blocks = blocksOf(text);
  const out: [number, number][] = [];
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k] as Block;
    const eol = b.text.indexOf('\n');
    const first = withoutMarkup(eol < 0 ? b.text : b.text.slice(0, eol));
    if (!heading.test(first)) continue;
    let end = b.end;
    while (k + 1 < blocks.length && shortLines(blocks[k + 1] as Block)) end = (blocks[++k] as Block).end;
    out.push([b.start, end]);
  }
  return out;
}

/** The two principals of an event, in a fixed order. */
const pairOf = (e: { source: { principal: string }; target: { principal: string } }): string =>
  [e.source.principal, e.target.principal].sort().join(' ');

/**
 * The furniture stage: drops what the events, milestones and indicators stages read in a link list,
 * and a report's headline events whose two parties its body names in an event of its own.
 * @example furnitureStage()(ctx); // "Chile recalls envoy to Peru" over "Chile recalled its ambassador …": one event
 */
export function furnitureStage(v: LayoutVocabulary = layoutVocabulary()): Stage {
  return (ctx: DocumentContext) => {
    // Lines as they came, where evidence points: normalising joins a wrapped headline to the line under it.
    const lists = linkLists(ctx.original, v);
    const listed = (at: number): boolean => lists.some(([a, b]) => at >= a && at < b);
    if (lists.length > 0) {
      ctx.events = ctx.events.filter((e) => !listed(e.evidence.start));
      ctx.milestones = ctx.milestones.filter((m) => !listed(m.evidence.start));
      ctx.indicators = ctx.indicators.filter((i) => !listed(i.evidence.start));
    }
    if (!REPORTS.has(ctx.info.kind)) return;
    const head = headEnd(withoutFrontMatter(ctx.original, ctx.info.path).text);
    if (head === 0) return;
    const told = new Set<string>();
    for (const e of ctx.events) if (e.evidence.start >= head) told.add(pairOf(e));
    ctx.events = ctx.events.filter((e) => e.evidence.start >= head || !told.has(pairOf(e)));
  };
}
