/**
 * A report as Markdown that reads as plain text and renders on a Git host: charts as SVG files beside
 * it (the dashboard's chart code, legend written out), notes as footnotes (`[^12]`) after each section,
 * and the events as a CSV file beside it.
 */
import { QUADS } from '../charts/index.js';
import type { Report } from './build.js';
import { reportCharts } from './_charts.js';
import { markdown as md } from './_escape.js';
import { signed } from './_format.js';
import type { Note } from './_notes.js';
import { loadWords, type Words } from './_words.js';

export interface MarkdownFile {
  name: string;
  content: string;
}

export interface MarkdownReport {
  /** The Markdown text. */
  text: string;
  /** Files it links to, to be written beside it: `NAME-trend.svg`, `NAME-events.csv`. */
  files: MarkdownFile[];
}

/**
 * The report as Markdown; `stem` names the files beside it (`srb-nato` → `srb-nato-trend.svg`).
 */
export function renderMarkdown(r: Report, o: { stem: string; generator: string; words?: Words }): MarkdownReport {
  const w = o.words ?? loadWords();
  const files: MarkdownFile[] = [];
  const charts = new Map(reportCharts(r).map((c) => [c.name, c]));
  const out: string[] = [];
  const ref = (n: number | null) => (n === null ? '' : `[^${n}]`);
  const notes = (list: Note[]) => (list.length ? ['', ...list.map((n) => `[^${n.n}]: ${md(n.text)}`)] : []);
  const chart = (name: string) => {
    const c = charts.get(name);
    if (!c) return [];
    const file = `${o.stem}-${name}.svg`;
    files.push({ name: file, content: c.svg });
    return ['', `![${md(c.caption)}](${file})`, '', `*${md(c.caption)}*${c.legend ? ` — ${md(c.legend)}` : ''}`];
  };
  const table = (head: string[], rows: string[][], right: number[] = []) => [
    '',
    `| ${head.join(' | ')} |`,
    `| ${head.map((_, i) => (right.includes(i) ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((x) => `| ${x.join(' | ')} |`),
  ];
  const L = r.labels;

  out.push(`# ${md(r.title)}`, '');
  if (r.subtitle) out.push(`*${md(r.subtitle)}*`, '');
  out.push(md(r.byline), '', `## ${md(r.headings.summary)}`, '', r.summary.map(md).join(' '));

  out.push('', `## ${md(r.ladder.heading)}`, '', md(r.ladder.standing), ...chart('ladder'));
  if (r.ladder.steps.length) out.push('', ...r.ladder.steps.map((s, i) => `${i + 1}. ${md(s.text)}${ref(s.note)}`));
  for (const x of r.ladder.extra) out.push('', md(x));
  out.push(...notes(r.ladder.notes));

  out.push('', `## ${md(r.trend.heading)}`);
  if (r.trend.empty) out.push('', md(r.trend.empty));
  else {
    out.push(...chart('trend'), ...chart('cooperation'));
    out.push(...table([md(L.year), md(L.events), ...QUADS.map((q) => `${q.glyph} ${q.short}`), md(L.cooperation)],
      r.trend.rows.filter((x) => x.direction === 'both').map((x) => [x.period, String(x.events), ...x.quad.map(String), signed(x.cooperation)]), [1, 2, 3, 4, 5, 6]));
  }

  if (r.balance) {
    const b = r.balance;
    out.push('', `## ${md(b.heading)}`, '');
    if (b.empty) out.push(md(b.empty));
    else {
      out.push(b.sentences.map(md).join(' '), ...chart('balance'));
      out.push(...table([md(L.year), `${r.b} ${md(L.events.toLowerCase())}`, `${r.b} ${md(L.cooperation.toLowerCase())}`, `${r.against ?? ''} ${md(L.events.toLowerCase())}`, `${r.against ?? ''} ${md(L.cooperation.toLowerCase())}`, md(L.leans)],
        b.balance.rows.map((x) => [x.period, String(x.first.events), x.first.events ? signed(x.first.cooperation) : '–', String(x.second.events), x.second.events ? signed(x.second.cooperation) : '–', md(x.lean)]), [1, 2, 3, 4]));
    }
  }

  const ind = r.indicators;
  out.push('', `## ${md(ind.heading)}`);
  if (ind.empty) out.push('', md(ind.empty));
  else out.push(...table([md(L.when), md(L.subject), md(L.figure), md(L.value)], ind.rows.map((x) => [md(x.when), md(x.subject), `${md(x.figure)}${ref(x.note)}`, md(x.value)]), [3]));
  out.push(...notes(ind.notes));

  const tl = r.timeline;
  out.push('', `## ${md(tl.heading)}`, '');
  if (tl.empty) out.push(md(tl.empty));
  else {
    out.push(`*${md(tl.intro)}*`);
    out.push(...table([md(L.date), md(L.what)], tl.rows.map((x) => [md(x.when),
      `${x.kind === 'milestone' ? '⚑' : QUADS[(x.quad ?? 1) - 1]?.glyph ?? ''} ${md(x.text)}${ref(x.note)}`])));
  }
  out.push(...notes(tl.notes));

  out.push('', `## ${md(r.appendix.heading)}`, '');
  if (r.appendix.count) {
    const file = `${o.stem}-events.csv`;
    files.push({ name: file, content: r.appendix.csv });
    out.push(r.appendix.rows < r.appendix.count
      ? w.t('appendix', 'markdown-some', { rows: r.appendix.rows, count: r.appendix.count, file, a: r.a, b: r.b })
      : w.t('appendix', 'markdown', { count: r.appendix.count, file }));
  } else out.push(md(w.t('appendix', 'empty')));
  out.push('', '---', '', `*${md(o.generator)}*`, '');
  return { text: out.join('\n'), files };
}
