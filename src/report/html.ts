/**
 * A report as one self-contained HTML file: styles inline, charts as inline SVG drawn by the
 * dashboard's chart code, notes at the end of each section, and the events as CSV in a data: link
 * (`screen`) or as a table (`print`, the page Chromium prints to PDF). No script, no outside resource.
 */
import { QUADS } from '../charts/index.js';
import type { Report, TimelineRow } from './build.js';
import { reportCharts, type Chart } from './_charts.js';
import { html as esc } from './_escape.js';
import { signed } from './_format.js';
import type { Note } from './_notes.js';
import { loadWords, type Words } from './_words.js';
import { REPORT_CSS } from './_style.js';

export interface HtmlOptions {
  /** `print`: the appendix as a table, for the PDF. Default `screen`. */
  medium?: 'screen' | 'print';
  /** Printed at the foot: `Dyad 0.1.0`. */
  generator: string;
  words?: Words;
}

/** The report as an HTML document (a string, byte for byte the same for the same report). */
export function renderHtml(r: Report, o: HtmlOptions): string {
  const w = o.words ?? loadWords();
  const charts = new Map(reportCharts(r).map((c) => [c.name, c]));
  const refs = new Set<number>();
  const ref = (n: number | null) => {
    if (n === null) return '';
    const id = refs.has(n) ? '' : ` id="ref-${n}"`;
    refs.add(n);
    return `<sup class="ref"><a${id} href="#note-${n}">${n}</a></sup>`;
  };
  const figure = (c: Chart | undefined) => (c ? `<figure class="chart">${c.html}<figcaption>${esc(c.caption)}</figcaption></figure>` : '');
  const notes = (list: Note[]) => (list.length
    ? `<ol class="notes">${list.map((n) => `<li id="note-${n.n}" value="${n.n}">${esc(n.text)}</li>`).join('')}</ol>`
    : '');
  const section = (id: string, heading: string, body: string) => `<section id="${id}"><h2>${esc(heading)}</h2>${body}</section>`;
  const empty = (text: string | null) => (text ? `<p class="empty">${esc(text)}</p>` : '');
  const L = r.labels;

  const parts: string[] = [];
  parts.push(`<header><h1>${esc(r.title)}</h1>${r.subtitle ? `<p class="subtitle">${esc(r.subtitle)}</p>` : ''}<p class="byline">${esc(r.byline)}</p></header>`);
  parts.push(section('summary', r.headings.summary, `<p>${r.summary.map(esc).join(' ')}</p>`));

  parts.push(section('ladder', r.ladder.heading, [
    `<p>${esc(r.ladder.standing)}</p>`,
    figure(charts.get('ladder')),
    r.ladder.steps.length ? `<ol class="steps">${r.ladder.steps.map((s) => `<li>${esc(s.text)}${ref(s.note)}</li>`).join('')}</ol>` : '',
    ...r.ladder.extra.map((x) => `<p class="aside">${esc(x)}</p>`),
    notes(r.ladder.notes),
  ].join('')));

  const both = r.trend.rows.filter((x) => x.direction === 'both');
  parts.push(section('trend', r.trend.heading, r.trend.empty ? empty(r.trend.empty) : [
    figure(charts.get('trend')),
    figure(charts.get('cooperation')),
    `<table class="data"><thead><tr><th>${esc(L.year)}</th><th class="num">${esc(L.events)}</th>${QUADS.map((q) => `<th class="num" title="${esc(q.label)}">${q.glyph} ${q.short}</th>`).join('')}<th class="num">${esc(L.cooperation)}</th></tr></thead><tbody>`,
    ...both.map((x) => `<tr><td>${x.period}</td><td class="num">${x.events}</td>${x.quad.map((n) => `<td class="num">${n}</td>`).join('')}<td class="num">${signed(x.cooperation)}</td></tr>`),
    '</tbody></table>',
  ].join('')));

  if (r.balance) {
    const b = r.balance;
    parts.push(section('balance', b.heading, b.empty ? empty(b.empty) : [
      `<p>${b.sentences.map(esc).join(' ')}</p>`,
      figure(charts.get('balance')),
      `<table class="data"><thead><tr><th>${esc(L.year)}</th><th class="num">${esc(r.b)} ${esc(L.events.toLowerCase())}</th><th class="num">${esc(r.b)} ${esc(L.cooperation.toLowerCase())}</th>`,
      `<th class="num">${esc(r.against ?? '')} ${esc(L.events.toLowerCase())}</th><th class="num">${esc(r.against ?? '')} ${esc(L.cooperation.toLowerCase())}</th><th>${esc(L.leans)}</th></tr></thead><tbody>`,
      ...b.balance.rows.map((x) => `<tr><td>${x.period}</td><td class="num">${x.first.events}</td><td class="num">${x.first.events ? signed(x.first.cooperation) : '–'}</td><td class="num">${x.second.events}</td><td class="num">${x.second.events ? signed(x.second.cooperation) : '–'}</td><td>${esc(x.lean)}</td></tr>`),
      '</tbody></table>',
    ].join('')));
  }

  const ind = r.indicators;
  parts.push(section('indicators', ind.heading, ind.empty ? empty(ind.empty) : [
    `<table class="data"><thead><tr><th>${esc(L.when)}</th><th>${esc(L.subject)}</th><th>${esc(L.figure)}</th><th class="num">${esc(L.value)}</th></tr></thead><tbody>`,
    ...ind.rows.map((x) => `<tr><td class="when">${esc(x.when)}</td><td>${esc(x.subject)}</td><td>${esc(x.figure)}${ref(x.note)}</td><td class="num">${esc(x.value)}</td></tr>`),
    '</tbody></table>',
    notes(ind.notes),
  ].join('')));

  const tl = r.timeline;
  const glyph = (row: TimelineRow) => (row.kind === 'milestone' ? '<span class="glyph ms" title="Ladder step">⚑</span>'
    : `<span class="glyph q${row.quad}" title="${esc(QUADS[(row.quad ?? 1) - 1]?.label ?? '')}">${QUADS[(row.quad ?? 1) - 1]?.glyph ?? ''}</span>`);
  parts.push(section('timeline', tl.heading, tl.empty ? empty(tl.empty) : [
    `<p class="aside">${esc(tl.intro)}</p>`,
    `<table class="data timeline"><thead><tr><th>${esc(L.date)}</th><th>${esc(L.what)}</th></tr></thead><tbody>`,
    ...tl.rows.map((x) => `<tr class="${x.kind}"><td class="when">${esc(x.when)}</td><td>${glyph(x)} ${esc(x.text)}${ref(x.note)}</td></tr>`),
    '</tbody></table>',
    notes(tl.notes),
  ].join('')));

  const ap = r.appendix;
  let appendix: string;
  if (!ap.count) appendix = empty(w.t('appendix', 'empty'));
  else if (o.medium === 'print') {
    const shown = ap.table.length;
    appendix = [
      `<p class="aside">${esc(shown < ap.count ? w.t('appendix', 'pdf-some', { shown, count: ap.count }) : w.t('appendix', 'pdf', { count: ap.count }))}</p>`,
      `<table class="data appendix"><thead><tr>${(['date', 'source', 'target', 'cameo', 'quad', 'goldstein', 'dataset', 'row'] as const)
        .map((k) => `<th${k === 'quad' || k === 'goldstein' ? ' class="num"' : ''}>${esc(k === 'date' ? L.date.toLowerCase() : w.t('labels', k))}</th>`).join('')}</tr></thead><tbody>`,
      ...ap.table.map((x) => `<tr><td>${esc(x.date)}</td><td>${esc(x.source)}</td><td>${esc(x.target)}</td><td>${esc(x.code)}</td><td class="num">${x.quad}</td><td class="num">${signed(x.goldstein, 1)}</td><td>${esc(x.dataset)}</td><td>${esc(x.row)}</td></tr>`),
      '</tbody></table>',
    ].join('');
  } else {
    const href = `data:text/csv;charset=utf-8;base64,${Buffer.from(ap.csv, 'utf8').toString('base64')}`;
    const link = `<a download="${esc(`${r.a}-${r.b}-events.csv`)}" href="${href}">${esc(w.t('appendix', 'link'))}</a>`;
    const words = ap.rows < ap.count
      ? w.t('appendix', 'html-some', { rows: ap.rows, count: ap.count, a: r.a, b: r.b, link: '\u0000' })
      : w.t('appendix', 'html', { count: ap.count, link: '\u0000' });
    appendix = `<p>${esc(words).replace('\u0000', link)}</p>`;
  }
  parts.push(section('appendix', ap.heading, appendix));

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${esc(o.generator)}">
<title>${esc(r.title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
${parts.join('\n')}
</main>
<footer>${esc(o.generator)}</footer>
</body>
</html>
`;
}
