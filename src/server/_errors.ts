/**
 * Maps whatever went wrong in a request to the API's one error shape,
 * `{ error: { code, message, field?, hint? } }`, with a status a client can act on. Dyad's own errors
 * map by `code`; Fastify's (validation, body too large, bad JSON) by theirs; anything else is a 500
 * whose message says nothing of the internals.
 */
import type { FastifyError } from 'fastify';
import { dateProblem } from '../core/days.js';
import { isDyadError, type DyadErrorCode } from '../core/errors.js';

export interface ApiErrorBody {
  error: { code: DyadErrorCode; message: string; field?: string; hint?: string };
}

export interface ApiFailure {
  status: number;
  body: ApiErrorBody;
}

const STATUS_OF: Record<DyadErrorCode, number> = {
  INPUT_NOT_FOUND: 400,
  INPUT_EMPTY: 400,
  INPUT_BINARY: 400,
  INPUT_ENCODING: 400,
  INPUT_TOO_LARGE: 413,
  INPUT_FORMAT: 422,
  INPUT_ENCRYPTED: 422,
  INPUT_NO_TEXT: 422,
  DATA_SCHEMA: 400,
  DATA_PARSE: 400,
  BAD_ARGUMENT: 400,
  BAD_DATE: 400,
  UNKNOWN_ACTOR: 400,
  UNKNOWN_CODE: 400,
  NOT_FOUND: 404,
  STORE: 500,
  STORE_SHARD_DOWN: 503,
  IMPORT_FORMAT: 400,
  UNAUTHORIZED: 401,
  READ_ONLY: 403,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

/** The HTTP status for a Dyad error code. */
export function statusOf(code: DyadErrorCode): number {
  return STATUS_OF[code];
}

function fail(status: number, code: DyadErrorCode, message: string, field?: string, hint?: string): ApiFailure {
  const error: ApiErrorBody['error'] = { code, message };
  if (field) error.field = field;
  if (hint) error.hint = hint;
  return { status, body: { error } };
}

/** `querystring.limit`, `params.a`, `body.text`: the field as a client named it. */
function validationField(err: FastifyError): string | undefined {
  const first = err.validation?.[0];
  if (!first) return undefined;
  const path = first.instancePath.replace(/^\//, '').replace(/\//g, '.');
  const extra = (first.params as { missingProperty?: string; additionalProperty?: string } | undefined) ?? {};
  const leaf = extra.missingProperty ?? extra.additionalProperty;
  const name = [path, leaf].filter(Boolean).join('.');
  return name || err.validationContext;
}

function validationMessage(err: FastifyError, field: string | undefined): string {
  const first = err.validation?.[0];
  const where = err.validationContext ?? 'request';
  if (!first) return `invalid ${where}`;
  if (first.keyword === 'additionalProperties') return `unknown ${where} parameter '${field ?? '?'}'`;
  const value = (first as { data?: unknown }).data;
  if (first.keyword === 'format' && typeof value === 'string') {
    // The same words as the CLI's for the same date (src/core/days.ts).
    const format = (first.params as { format?: string }).format;
    const problem = format === 'date' || format === 'date-prefix' ? dateProblem(value, format === 'date' ? 'day' : 'prefix') : null;
    if (problem) return `${where} '${field ?? '?'}': '${value}' is not a date: ${problem}`;
  }
  const allowed = (first.params as { allowedValues?: unknown[] }).allowedValues;
  const detail = allowed ? `: ${allowed.join(', ')}` : '';
  return `${where} ${field ? `'${field}' ` : ''}${first.message ?? 'is invalid'}${detail}`;
}

/** Turn any thrown value into a status and the one error body. */
export function toApiFailure(err: unknown): ApiFailure {
  if (isDyadError(err)) {
    return fail(statusOf(err.code), err.code, err.message, err.place?.field, err.hint);
  }
  const fe = err as Partial<FastifyError> | null;
  if (fe && fe.validation) {
    const field = validationField(fe as FastifyError);
    return fail(400, 'BAD_ARGUMENT', validationMessage(fe as FastifyError, field), field);
  }
  switch (fe?.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return fail(413, 'INPUT_TOO_LARGE', 'request body is larger than this endpoint takes', 'body');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return fail(400, 'BAD_ARGUMENT', 'unsupported content type', 'content-type',
        'Send application/json, or text/plain for a document.');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return fail(400, 'INPUT_EMPTY', 'request body is empty', 'body');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return fail(400, 'BAD_ARGUMENT', 'content-length does not match the body', 'content-length');
    case 'FST_ERR_BAD_URL':
      return fail(400, 'BAD_ARGUMENT', 'the path is not valid percent-encoding', 'path',
        'Encode a % in a path as %25.');
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return fail(414, 'BAD_ARGUMENT', 'a part of the path is too long', 'path');
  }
  // Fastify's own client errors (bad JSON, bad URL) carry a 4xx status; keep it, use our shape.
  const status = typeof fe?.statusCode === 'number' ? fe.statusCode : 500;
  if (status >= 400 && status < 500) {
    return fail(status === 404 ? 404 : 400, status === 404 ? 'NOT_FOUND' : 'BAD_ARGUMENT', fe?.message ?? 'bad request');
  }
  return fail(500, 'INTERNAL', 'internal error; the server log has the details');
}

/**
 * The whole HTTP response for a request Node could not even parse (a malformed request line, headers
 * too large, a request that timed out), in the one error shape: Fastify writes its own otherwise.
 */
export function clientErrorResponse(err: { code?: string }): string {
  const [status, reason, failure] =
    err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, 'Request Timeout', fail(408, 'BAD_ARGUMENT', 'the request did not arrive in time')]
      : err.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'Request Header Fields Too Large', fail(431, 'INPUT_TOO_LARGE', 'the request headers are too large', 'headers')]
        : [400, 'Bad Request', fail(400, 'BAD_ARGUMENT', 'the request is not valid HTTP')];
  const body = JSON.stringify(failure.body);
  return `HTTP/1.1 ${status} ${reason}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
    `Content-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${body}`;
}
