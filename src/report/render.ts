/**
 * One report in the format asked for: HTML (one file), PDF (bytes), or Markdown with its chart and CSV
 * files beside it — or, where one response must carry them all (the API), zipped together.
 */
import { readFileSync } from 'node:fs';
import { zipSync, strToU8 } from 'fflate';
import { packagePath } from '../core/paths.js';
import type { Report } from './build.js';
import { renderHtml } from './html.js';
import { renderMarkdown, type MarkdownFile } from './markdown.js';
import { printPdf } from './pdf.js';

export const REPORT_FORMATS = ['md', 'html', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface RenderedReport {
  /** The report itself. */
  body: string | Buffer;
  contentType: string;
  /** `md`, `html`, `pdf`. */
  extension: string;
  /** Files to write beside it (Markdown's charts and CSV). */
  files: MarkdownFile[];
}

/** `SRB-NATO-2006-2017`: what the report's files are called. */
export function reportStem(r: Pick<Report, 'a' | 'b' | 'from' | 'to'>): string {
  const years = [r.from?.slice(0, 4), r.to?.slice(0, 4)].filter(Boolean);
  return [r.a, r.b, ...(years.length === 2 && years[0] === years[1] ? [years[0]] : years)].join('-');
}

let generator: string | undefined;

/** `Dyad 0.1.0`, printed at a report's foot. */
export function generatorName(): string {
  generator ??= `Dyad ${(JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }).version}`;
  return generator;
}

/** Render `r` as `format`; `stem` names Markdown's files beside it (default `reportStem(r)`). */
export async function renderReport(r: Report, format: ReportFormat, stem = reportStem(r)): Promise<RenderedReport> {
  const name = generatorName();
  switch (format) {
    case 'html':
      return { body: renderHtml(r, { generator: name }), contentType: 'text/html; charset=utf-8', extension: 'html', files: [] };
    case 'pdf':
      return { body: await printPdf(renderHtml(r, { generator: name, medium: 'print' })), contentType: 'application/pdf', extension: 'pdf', files: [] };
    case 'md': {
      const { text, files } = renderMarkdown(r, { stem, generator: name });
      return { body: text, contentType: 'text/markdown; charset=utf-8', extension: 'md', files };
    }
  }
}

/** A Markdown report and its files as one zip (`STEM.md`, `STEM-trend.svg`, …), dated 1980 so equal reports zip to equal bytes. */
export function zipReport(rendered: RenderedReport, stem: string): Uint8Array {
  const mtime = new Date(Date.UTC(1980, 0, 1));
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {
    [`${stem}.${rendered.extension}`]: [typeof rendered.body === 'string' ? strToU8(rendered.body) : rendered.body, { mtime }],
  };
  for (const f of rendered.files) entries[f.name] = [strToU8(f.content), { mtime }];
  return zipSync(entries);
}
