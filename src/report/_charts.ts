/**
 * The report's charts: the dashboard's own chart functions (src/charts) run in a server-side DOM
 * (linkedom), serialised as markup. Each chart comes as the figure the dashboard shows (legend and
 * SVG, for HTML) and as a standalone SVG file (for Markdown, whose legend is written as text).
 */
import { parseHTML } from 'linkedom';
import { cooperationChart, ladderChart, quadChart, QUADS, type CooperationSeries } from '../charts/index.js';
import type { Report } from './build.js';

export interface Chart {
  /** File name stem: `trend`, `cooperation`, `balance`, `ladder`. */
  name: string;
  caption: string;
  /** The figure as the dashboard draws it (legend included), for HTML. */
  html: string;
  /** The chart alone as an SVG document, for a file beside the Markdown. */
  svg: string;
  /** The legend as text: `● Verbal cooperation · ■ Material cooperation`. */
  legend: string;
}

/** The width of a chart on an A4 page at 96 px per inch, margins taken off. */
export const CHART_WIDTH = 680;

const DYAD_GLYPHS = ['○', '△', '□', '◇'];

function standalone(node: Element): string {
  const svg = node.tagName.toLowerCase() === 'svg' ? node : Array.from(node.children).reverse().find((c) => c.tagName.toLowerCase() === 'svg');
  if (!svg) return '';
  const copy = svg.cloneNode(true) as Element;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  // A file shown on its own (a Git host in dark mode) needs its own white ground under black ink.
  copy.setAttribute('style', 'background: white; color: black');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${copy.outerHTML}\n`;
}

/** Every chart the report holds data for, drawn by the dashboard's chart code. */
export function reportCharts(r: Report, width = CHART_WIDTH): Chart[] {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const doc = document as unknown as Document;
  const out: Chart[] = [];
  const add = (name: string, caption: string, node: Element, legend: string) => out.push({ name, caption, html: node.outerHTML, svg: standalone(node), legend });
  const both = r.trend.rows.filter((x) => x.direction === 'both');
  // The axis spans the report's period, so a quiet first or last year shows as quiet, not as missing.
  const span = [r.from?.slice(0, 4), r.to?.slice(0, 4)].filter((y): y is string => Boolean(y));
  if (r.ladder.chart) add('ladder', r.ladder.caption, ladderChart(r.ladder.chart, { width, document: doc }) as unknown as Element, '');
  if (r.trend.rows.length) {
    add('trend', r.trend.quadCaption, quadChart(r.trend.rows, { a: r.a, b: r.b, by: 'year', quads: [1, 2, 3, 4], width, document: doc, span }) as unknown as Element,
      QUADS.map((q) => `${q.glyph} ${q.label}`).join(' · '));
    const series: CooperationSeries[] = [{ label: `${r.a}–${r.b}`, points: both.map((x) => ({ period: x.period, events: x.events, cooperation: x.cooperation, goldsteinMean: x.goldsteinMean })) }];
    add('cooperation', r.trend.cooperationCaption, cooperationChart(series, { by: 'year', width, document: doc, span }) as unknown as Element, `${DYAD_GLYPHS[0]} ${r.a}–${r.b}`);
  }
  if (r.balance && r.balance.balance.rows.length && r.against) {
    const b = r.balance.balance;
    const side = (pick: 'first' | 'second') => b.rows.map((x) => ({ period: x.period, events: x[pick].events, cooperation: x[pick].cooperation, goldsteinMean: x[pick].goldsteinMean }));
    const labels = [`${r.a}–${r.b}`, `${r.a}–${r.against}`];
    add('balance', r.balance.caption, cooperationChart([{ label: labels[0]!, points: side('first') }, { label: labels[1]!, points: side('second') }], { by: 'year', width, document: doc, span }) as unknown as Element,
      labels.map((l, i) => `${DYAD_GLYPHS[i]} ${l}`).join(' · '));
  }
  return out;
}
