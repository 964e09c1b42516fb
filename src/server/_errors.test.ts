import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DyadError } from '../core/errors.js';
import { statusOf, toApiFailure } from './_errors.js';

test('Dyad errors keep their code and field, with a status a client can act on', () => {
  const f = toApiFailure(new DyadError('BAD_DATE', "'from' is after 'to'", { place: { field: 'querystring.from' }, hint: 'Swap them.' }));
  assert.equal(f.status, 400);
  assert.deepEqual(f.body, { error: { code: 'BAD_DATE', message: "'from' is after 'to'", field: 'querystring.from', hint: 'Swap them.' } });
  assert.equal(statusOf('NOT_FOUND'), 404);
  assert.equal(statusOf('UNAUTHORIZED'), 401);
  assert.equal(statusOf('INPUT_TOO_LARGE'), 413);
});

test('an unexpected error is a 500 that says nothing of the internals', () => {
  const f = toApiFailure(new Error('SELECT * FROM secret_table failed at /srv/dyad/x.ts:12'));
  assert.equal(f.status, 500);
  assert.equal(f.body.error.code, 'INTERNAL');
  assert.ok(!f.body.error.message.includes('secret_table'));
});

test('a schema validation failure names the parameter', () => {
  const err = Object.assign(new Error('bad'), {
    statusCode: 400,
    validationContext: 'querystring',
    validation: [{ instancePath: '/limit', keyword: 'maximum', params: { limit: 10000 }, message: 'must be <= 10000', schemaPath: '' }],
  });
  const f = toApiFailure(err);
  assert.equal(f.status, 400);
  assert.equal(f.body.error.code, 'BAD_ARGUMENT');
  assert.equal(f.body.error.field, 'limit');
  assert.match(f.body.error.message, /limit.*10000/);
});

test('an unknown parameter is named as unknown', () => {
  const err = Object.assign(new Error('bad'), {
    statusCode: 400,
    validationContext: 'querystring',
    validation: [{ instancePath: '', keyword: 'additionalProperties', params: { additionalProperty: 'colour' }, message: 'must NOT have additional properties', schemaPath: '' }],
  });
  const f = toApiFailure(err);
  assert.equal(f.body.error.field, 'colour');
  assert.match(f.body.error.message, /unknown querystring parameter 'colour'/);
});

test("Fastify's client errors keep their 4xx and take the one shape", () => {
  const tooBig = toApiFailure(Object.assign(new Error('too large'), { code: 'FST_ERR_CTP_BODY_TOO_LARGE', statusCode: 413 }));
  assert.equal(tooBig.status, 413);
  assert.equal(tooBig.body.error.code, 'INPUT_TOO_LARGE');
  const badJson = toApiFailure(Object.assign(new SyntaxError('Unexpected end of JSON input'), { statusCode: 400 }));
  assert.equal(badJson.status, 400);
  assert.equal(badJson.body.error.code, 'BAD_ARGUMENT');
});
