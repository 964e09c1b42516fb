/** Brief-style reports of a dyad: built from a store, rendered as Markdown, HTML or PDF. */
export { buildReport, principalName, type Report, type ReportOptions, type ReportQuery } from './build.js';
export { renderHtml, type HtmlOptions } from './html.js';
export { renderMarkdown, type MarkdownFile, type MarkdownReport } from './markdown.js';
export { printPdf, chromiumPath, CHROMIUM_ARGS } from './pdf.js';
export { reportPeriod } from './_dates.js';
export { REPORT_FORMATS, generatorName, renderReport, reportStem, zipReport, type ReportFormat, type RenderedReport } from './render.js';
