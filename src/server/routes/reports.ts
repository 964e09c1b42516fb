/**
 * A brief-style report of a dyad: the same report `dyad report` writes, byte for byte in HTML. Markdown
 * comes zipped with its chart (SVG) and events (CSV) files, since one response must carry them all.
 */
import type { FastifyInstance } from 'fastify';
import { buildReport, renderReport, reportPeriod, reportStem, zipReport, REPORT_FORMATS, type ReportFormat } from '../../report/index.js';
import type { ServerContext } from '../_context.js';
import { errorResponses, principalParam } from '../_schemas.js';

interface ReportQuery {
  from?: string;
  to?: string;
  against?: string;
  format: ReportFormat;
}

const periodParam = (side: string) => ({
  type: 'string',
  pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$',
  description: `The period's ${side}: a year (2006), a month (2006-03) or a day (2006-03-01).`,
});

/** Register `/api/reports/:a/:b`. */
export function reportsRoutes(app: FastifyInstance, { store }: ServerContext): void {
  app.get<{ Params: { a: string; b: string }; Querystring: ReportQuery }>('/api/reports/:a/:b', {
    schema: {
      summary: 'A brief-style report of a dyad: summary, ladder, trend, balance, figures, timeline, every claim cited',
      description: 'HTML is one self-contained file; PDF is A4 printed by Chromium; md is a zip of the Markdown with its SVG charts and events CSV.',
      tags: ['reports'],
      params: { type: 'object', properties: { a: principalParam, b: principalParam }, required: ['a', 'b'] },
      querystring: {
        type: 'object',
        additionalProperties: false,
        properties: {
          from: periodParam('start'),
          to: periodParam('end'),
          against: { ...principalParam, description: "A third principal to weigh A's relationship with B against (RUS)." },
          format: { type: 'string', enum: [...REPORT_FORMATS], default: 'html' },
        },
      },
      produces: { html: 'text/html', md: 'application/zip', pdf: 'application/pdf' },
      response: { ...errorResponses },
    },
  }, async (req, reply) => {
    const q = req.query;
    const period = reportPeriod(q.from, q.to, { from: 'querystring.from', to: 'querystring.to' });
    const report = await buildReport(store, { a: req.params.a, b: req.params.b, ...period, ...(q.against ? { against: q.against } : {}) });
    const stem = reportStem(report);
    const rendered = await renderReport(report, q.format, stem);
    const file = q.format === 'md' ? `${stem}.zip` : `${stem}.${rendered.extension}`;
    reply.header('content-disposition', `${q.format === 'md' ? 'attachment' : 'inline'}; filename="${file}"`);
    // The report runs no script and loads nothing: say so to the browser that opens it.
    reply.header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox allow-downloads");
    if (q.format === 'md') return reply.type('application/zip').send(Buffer.from(zipReport(rendered, stem)));
    return reply.type(rendered.contentType).send(rendered.body);
  });
}
