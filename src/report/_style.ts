/**
 * The report's one stylesheet, for the screen and for A4 paper. Fonts that carry Serbian Latin and
 * Cyrillic (Vučić, Вучић) come first: DejaVu (Debian's fonts-dejavu-core), then Noto, then the reader's own.
 */
export const REPORT_CSS = `
:root { color-scheme: light; --fg: #1a1a1a; --muted: #555; --line: #c8c8c8; --accent: #0b4f9c;
  --q1: #1b7837; --q2: #2166ac; --q3: #d6604d; --q4: #67001f; }
html { font: 11pt/1.5 "DejaVu Serif", "Noto Serif", Georgia, serif; color: var(--fg); background: #fff; }
body { margin: 0; }
main { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1rem 2rem; }
h1, h2, h3, .byline, .subtitle, table, figcaption, footer, .aside, ol.notes { font-family: "DejaVu Sans", "Noto Sans", system-ui, sans-serif; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 .2rem; }
.subtitle { font-size: 1.1rem; margin: 0 0 .4rem; color: var(--muted); }
.byline { font-size: .8rem; color: var(--muted); margin: 0 0 1rem; padding-bottom: .6rem; border-bottom: 2px solid var(--fg); }
h2 { font-size: 1.25rem; margin: 1.6rem 0 .5rem; padding-bottom: .15rem; border-bottom: 1px solid var(--line); }
a { color: var(--accent); }
sup.ref { font-size: .7em; line-height: 0; }
sup.ref a { text-decoration: none; padding-left: .1em; }
figure.chart { margin: .8rem 0 1rem; break-inside: avoid; }
figure.chart svg { max-width: 100%; height: auto; }
figcaption { font-size: .8rem; color: var(--muted); margin-top: .2rem; }
table.data { border-collapse: collapse; width: 100%; font-size: .8rem; margin: .5rem 0 1rem; }
table.data th, table.data td { border-bottom: 1px solid var(--line); padding: .2rem .35rem; text-align: left; vertical-align: top; }
table.data th { border-bottom: 1.5px solid var(--fg); font-weight: 600; }
table.data thead { display: table-header-group; }
table.data tr { break-inside: avoid; }
table.data .num, .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.when { white-space: nowrap; width: 8.5rem; }
table.timeline td { font-family: "DejaVu Serif", "Noto Serif", Georgia, serif; font-size: .85rem; }
table.timeline tr.milestone td { background: #f6f3e7; }
table.appendix { font-size: .7rem; }
.glyph { font-family: "DejaVu Sans", sans-serif; }
.glyph.q1 { color: var(--q1); } .glyph.q2 { color: var(--q2); } .glyph.q3 { color: var(--q3); } .glyph.q4 { color: var(--q4); }
ol.steps { padding-left: 1.3rem; }
ol.steps li { margin: .15rem 0; }
ol.notes { font-size: .75rem; line-height: 1.4; color: #333; border-top: 1px solid var(--line); padding: .4rem 0 0 1.6rem; margin-top: .8rem; }
ol.notes li { margin: .15rem 0; break-inside: avoid; }
.aside { font-size: .8rem; color: var(--muted); }
.empty { padding: .5rem .7rem; border: 1px dashed var(--line); }
footer { max-width: 46rem; margin: 0 auto; padding: 0 1rem 1.5rem; font-size: .75rem; color: var(--muted); }
@page { size: A4; margin: 18mm 16mm 20mm; }
@media print {
  html { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  footer { display: none; }
  h2 { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;
