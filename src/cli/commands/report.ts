/**
 * `dyad report SRB NATO [--from 2006] [--to 2017] [--against RUS] [--format md|html|pdf] [--out FILE]`:
 * a brief-style report of a dyad — summary, ladder, trend, balance, figures, timeline — every event and
 * step with a footnote to its source. Markdown writes its charts (SVG) and events (CSV) beside the file.
 */
import { defineCommand } from 'citty';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DyadError } from '../../core/errors.js';
import { buildReport, renderReport, reportStem, REPORT_FORMATS } from '../../report/index.js';
import { parseFormat } from '../output.js';
import { periodArgs, readPeriod } from './_period-args.js';
import { dbArg, withStore } from './_store-args.js';

export default defineCommand({
  meta: { name: 'report', description: 'A brief-style report of a dyad (Markdown, HTML or PDF), every claim cited' },
  args: {
    a: { type: 'positional', description: 'First principal (SRB)', required: true },
    b: { type: 'positional', description: 'Second principal (NATO)', required: true },
    ...periodArgs,
    against: { type: 'string', description: "Weigh A's relationship with B against A's with this third principal (RUS)", valueHint: 'CODE' },
    format: { type: 'string', description: 'md, html or pdf', default: 'html', valueHint: 'FORMAT' },
    out: { type: 'string', description: 'The file to write (default A-B-FROM-TO.EXT here); - for stdout (html, pdf)', valueHint: 'FILE' },
    db: dbArg,
  },
  async run({ args }) {
    const format = parseFormat(args.format, REPORT_FORMATS);
    const period = readPeriod(args);
    if (args.out === '-' && format === 'md') {
      throw new DyadError('BAD_ARGUMENT', 'a Markdown report writes its charts and events beside it, so it needs a file', {
        place: { field: '--out' }, hint: 'Give --out FILE.md, or use --format html for one file on stdout.',
      });
    }
    const report = await withStore(args.db, 'read', (store) =>
      buildReport(store, { a: args.a, b: args.b, ...period, ...(args.against ? { against: args.against } : {}) }));
    const stem = args.out && args.out !== '-' ? args.out.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') : reportStem(report);
    const rendered = await renderReport(report, format, stem);
    if (args.out === '-') {
      process.stdout.write(rendered.body);
      return;
    }
    const file = args.out ?? `${stem}.${rendered.extension}`;
    try {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, rendered.body);
      for (const f of rendered.files) writeFileSync(join(dirname(file), f.name), f.content);
    } catch (cause) {
      throw new DyadError('BAD_ARGUMENT', `cannot write the report: ${(cause as Error).message}`, {
        place: { file, field: '--out' }, hint: 'Give --out a file in a folder you can write to.', cause,
      });
    }
    process.stdout.write(`${file}${rendered.files.length ? ` (and ${rendered.files.map((f) => f.name).join(', ')} beside it)` : ''}\n`);
  },
});
