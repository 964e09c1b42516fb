/**
 * Builds the OpenAPI 3.1 document from the routes as Fastify registers them, so the document is the
 * same schemas that validate requests and serialise responses, never a second copy kept by hand.
 */
import type { RouteOptions } from 'fastify';

interface RouteSchema {
  summary?: string;
  description?: string;
  tags?: string[];
  querystring?: { properties?: Record<string, object>; required?: string[] };
  params?: { properties?: Record<string, object>; required?: string[] };
  body?: object;
  consumes?: string[];
  response?: Record<string, object>;
  /** A 200 that is not JSON: its media types (by the `format` asked for), e.g. `{ html: 'text/html', pdf: 'application/pdf' }`. */
  produces?: Record<string, string>;
  hide?: boolean;
}

type Operation = Record<string, unknown>;

/** Collects routes (from an `onRoute` hook) and renders them as one OpenAPI document. */
export class OpenApiBuilder {
  private readonly routes: RouteOptions[] = [];

  constructor(private readonly info: { title: string; version: string; description: string }) {}

  add(route: RouteOptions): void {
    if (route.url.startsWith('/api/') && route.schema && !(route.schema as RouteSchema).hide) this.routes.push(route);
  }

  document(): object {
    const paths: Record<string, Record<string, Operation>> = {};
    for (const r of this.routes) {
      const schema = r.schema as RouteSchema;
      const path = r.url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
      const methods = (Array.isArray(r.method) ? r.method : [r.method]).map((m) => m.toLowerCase());
      for (const method of methods) {
        if (method === 'head') continue;
        (paths[path] ??= {})[method] = operation(schema, Boolean((r.config as { write?: boolean } | undefined)?.write));
      }
    }
    return {
      openapi: '3.1.0',
      info: this.info,
      paths,
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'The DYAD_TOKEN the server was started with.' } },
      },
    };
  }
}

function parameters(where: 'query' | 'path', s: RouteSchema['querystring']): object[] {
  if (!s?.properties) return [];
  return Object.entries(s.properties).map(([name, schema]) => {
    const { description, ...rest } = schema as { description?: string };
    return {
      name,
      in: where,
      required: where === 'path' || (s.required ?? []).includes(name),
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

function operation(s: RouteSchema, write: boolean): Operation {
  const op: Operation = {};
  if (s.summary) op['summary'] = s.summary;
  if (s.description) op['description'] = s.description;
  if (s.tags) op['tags'] = s.tags;
  const params = [...parameters('path', s.params), ...parameters('query', s.querystring)];
  if (params.length) op['parameters'] = params;
  if (s.body || s.consumes) {
    const content: Record<string, object> = {};
    for (const type of s.consumes ?? ['application/json']) {
      const schema = type === 'application/json' && s.body ? s.body
        : type.startsWith('text/') ? { type: 'string' } : { type: 'string', contentMediaType: type };
      content[type] = { schema };
    }
    op['requestBody'] = { required: true, content };
  }
  const responses: Record<string, object> = {};
  for (const [status, schema] of Object.entries(s.response ?? {})) {
    responses[status] = { description: describeStatus(status), content: { 'application/json': { schema } } };
  }
  if (s.produces) {
    const content: Record<string, object> = {};
    for (const type of Object.values(s.produces)) {
      content[type] = { schema: type.startsWith('text/') ? { type: 'string' } : { type: 'string', contentMediaType: type } };
    }
    responses['200'] = { description: `OK: ${Object.entries(s.produces).map(([f, t]) => `format=${f} gives ${t}`).join(', ')}`, content };
  }
  op['responses'] = responses;
  if (write) op['security'] = [{ bearer: [] }];
  return op;
}

function describeStatus(status: string): string {
  const words: Record<string, string> = {
    '200': 'OK', '201': 'Stored', '400': 'Bad request: a parameter or the body is invalid',
    '401': 'A bearer token is needed', '404': 'Not found', '413': 'Body too large', '500': 'Internal error',
  };
  return words[status] ?? 'Response';
}
