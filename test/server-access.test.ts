/**
 * No way around the token: on a private server every route of the OpenAPI document, reached by any
 * spelling of its path (percent-encoded, doubled slashes, mixed case, dot segments, a trailing slash),
 * without a token or with a wrong one, answers 401 or 404 in Dyad's error shape and never data.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { packagePath } from '../src/core/paths.js';
import { buildServer } from '../src/server/index.js';
import { DOCS, docId, fixtureStore, type Fixture } from './server-fixture.js';

const TOKEN = 'access-token-5e0b';
let fx: Fixture;
let app: FastifyInstance;

before(async () => {
  fx = await fixtureStore();
  // A dashboard to serve, so a path the catch-all takes would answer 200 with a page if it were let through.
  const web = join(fx.dir, 'web');
  mkdirSync(web);
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>dashboard page</title>');
  app = await buildServer({ store: fx.store, token: TOKEN, private: true, webRoot: web });
});
after(async () => {
  await app.close();
  await fx.close();
});

/** A value for each path parameter, so every route is reached as a real request would reach it. */
const PARAMS: Record<string, string> = {
  a: 'SRB', b: 'NATO', actor: 'SRB', id: docId(DOCS.visit.text),
};

/** The route's path with its parameters filled in; event ids for the evidence route. */
function fill(path: string): string {
  return path.replace(/\{(\w+)\}/g, (_m, name: string) =>
    path.startsWith('/api/events/') ? 'fx-e1' : (PARAMS[name] ?? 'x'));
}

/** Every other spelling of `path` a router, a proxy or a browser might treat as the same path. */
function spellings(path: string): string[] {
  const segments = path.split('/').slice(1);
  const out = new Set<string>([
    path,
    path.replace('/api', '/%61pi'),
    path.replace('/api', '/%61%70%69'),
    path.replace('/api/', '/api%2F'),
    path.replace('/api/', '/api%2f'),
    path.replace('/api', '/API'),
    path.replace('/api', '/Api'),
    path.toUpperCase(),
    `/${segments.map((s) => s.charAt(0).toUpperCase() + s.slice(1)).join('/')}`,
    `/${path}`,
    path.replace('/api', '/./api'),
    path.replace('/api', '/x/../api'),
    path.replace('/api', '/%2e/api'),
    path.replace('/api', '/x/%2e%2e/api'),
    `${path}/`,
    `${path}/.`,
    `${path}/../${segments.at(-1) ?? ''}`,
  ]);
  for (let i = 0; i < segments.length; i++) {
    // Each separator doubled in turn, each segment percent-encoded whole, each led by a dot segment.
    const seg = segments[i] ?? '';
    const at = (s: string) => `/${[...segments.slice(0, i), s, ...segments.slice(i + 1)].join('/')}`;
    out.add(at(`/${seg}`));
    out.add(at([...seg].map((c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join('')));
    out.add(at(`./${seg}`));
    out.add(at(seg.toUpperCase()));
  }
  return [...out];
}

interface Operation {
  method: string;
  path: string;
}

/** Values for required query parameters (the balance's actor and partners). */
const QUERY: Record<string, string> = { actor: 'SRB', first: 'NATO', second: 'RUS', name: 'rows.csv' };

type OpenApiOperation = { parameters?: { name: string; in: string; required?: boolean }[] };

async function operations(): Promise<Operation[]> {
  const res = await app.inject({ url: '/api/openapi.json', headers: { authorization: `Bearer ${TOKEN}` } });
  assert.equal(res.statusCode, 200);
  const doc = res.json() as { paths: Record<string, Record<string, OpenApiOperation>> };
  const ops = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => {
      const required = (op.parameters ?? []).filter((p) => p.in === 'query' && p.required);
      const query = required.map((p) => `${p.name}=${QUERY[p.name] ?? 'x'}`).join('&');
      return { method: method.toUpperCase(), path: `${fill(path)}${query ? `?${query}` : ''}` };
    }));
  ops.push({ method: 'GET', path: '/api/openapi.json' });
  for (const op of [...ops]) if (op.method === 'GET') ops.push({ method: 'HEAD', path: op.path });
  return ops;
}

/** Words from the fixture's documents and events: none may appear in an answer given without the token. */
const DATA = ['Belgrade', 'MiG-29', 'fixture-rule', 'Secretary General', '"items"', '"documents"', 'dashboard page'];

describe('a private server', () => {
  test('answers every route, however its path is spelt, with 401 or 404 and never data, without a token or with a wrong one', async () => {
    const ops = await operations();
    assert.ok(ops.length >= 14, `the OpenAPI document lists the routes (${ops.length})`);
    let requests = 0;
    for (const op of ops) {
      const [path = '', query] = op.path.split('?');
      for (const spelt of spellings(path)) {
        const url = query ? `${spelt}?${query}` : spelt;
        for (const headers of [{}, { authorization: 'Bearer wrong-token' }, { authorization: `Basic ${TOKEN}` }]) {
          const res = await app.inject({
            method: op.method as 'GET',
            url: `${url}${url.includes('?') ? '&' : '?'}limit=5`,
            headers: { ...headers, ...(op.method === 'POST' ? { 'content-type': 'application/json' } : {}) },
            ...(op.method === 'POST' ? { payload: '{"text":"Serbia joined the Partnership for Peace in 2006."}' } : {}),
          });
          requests++;
          const what = `${op.method} ${url} ${JSON.stringify(headers)}`;
          assert.ok([401, 404].includes(res.statusCode), `${what}: ${res.statusCode} ${res.body.slice(0, 200)}`);
          if (op.method === 'HEAD') continue;
          const body = res.json() as { error?: { code?: string } };
          assert.ok(body.error?.code === 'UNAUTHORIZED' || body.error?.code === 'NOT_FOUND', `${what}: ${res.body.slice(0, 200)}`);
          for (const word of DATA) assert.ok(!res.body.includes(word), `${what} leaks '${word}'`);
        }
      }
    }
    assert.ok(requests > 500, `${requests} requests`);
  });

  test('answers the same routes with the token (the walk reaches real routes)', async () => {
    for (const op of await operations()) {
      if (op.method !== 'GET') continue;
      const res = await app.inject({ url: op.path, headers: { authorization: `Bearer ${TOKEN}` } });
      assert.ok(!op.path.includes('=x'), `a value for every required parameter: ${op.path}`);
      assert.equal(res.statusCode, 200, `${op.path}: ${res.body.slice(0, 200)}`);
      const encoded = await app.inject({ url: op.path.replace('/api', '/%61pi'), headers: { authorization: `Bearer ${TOKEN}` } });
      assert.equal(encoded.statusCode, 200, `the router reads /%61pi as /api: ${op.path}`);
    }
  });

  test('serves the dashboard page itself without the token: it holds no data', async () => {
    const page = await app.inject('/?view=timeline');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /dashboard page/);
  });

  test('/%61pi/events over a real socket, sent as-is, is 401', async () => {
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as AddressInfo;
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '/%61pi/events?limit=1' }, (res) => {
        let body = '';
        res.on('data', (b: Buffer) => (body += b.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.end();
    });
    assert.equal(answer.status, 401);
    assert.equal((JSON.parse(answer.body) as { error: { code: string } }).error.code, 'UNAUTHORIZED');
  });
});

describe('documents as the API shows them', () => {
  const auth = { authorization: `Bearer ${TOKEN}` };
  test('by title and file name, never the path they were read from on the server', async () => {
    const list = await app.inject({ url: '/api/documents', headers: auth });
    const items = (list.json() as { items: { title?: string; name?: string }[] }).items;
    assert.equal(items.length, 3);
    assert.deepEqual(items.map((d) => d.name).sort(), ['hostile-note.md', 'russia-note.md', 'visit-note.md']);
    assert.ok(items.every((d) => d.title));
    const one = await app.inject({ url: `/api/documents/${docId(DOCS.visit.text)}`, headers: auth });
    const evidence = await app.inject({ url: '/api/events/fx-e1/evidence', headers: auth });
    for (const res of [list, one, evidence]) {
      assert.equal(res.statusCode, 200);
      assert.ok(!res.body.includes('/srv/dyad'), res.body.slice(0, 300));
      assert.ok(!res.body.includes('"path"'), res.body.slice(0, 300));
    }
    assert.equal((one.json() as { document: { name: string } }).document.name, 'visit-note.md');
    assert.equal((evidence.json() as { mentions: { document: { name: string } }[] }).mentions[0]?.document.name, 'visit-note.md');
  });
});

describe("Fastify's own answers take Dyad's error shape", () => {
  let open: FastifyInstance;
  before(async () => {
    open = await buildServer({ store: fx.store, token: TOKEN, webRoot: null });
  });
  after(async () => open.close());

  const shaped = (body: string): { code: string; message: string } => {
    const parsed = JSON.parse(body) as { error: { code: string; message: string } };
    assert.equal(typeof parsed.error.code, 'string', body);
    assert.equal(typeof parsed.error.message, 'string', body);
    assert.equal((parsed as { statusCode?: unknown }).statusCode, undefined, `Fastify's own shape: ${body}`);
    return parsed.error;
  };

  test('a bad percent-encoding', async () => {
    for (const url of ['/%ZZ', '/api/events/%E0%A4%A/evidence', '/%61pi/%']) {
      const res = await open.inject(url);
      assert.equal(res.statusCode, 400, url);
      assert.equal(shaped(res.body).code, 'BAD_ARGUMENT');
    }
  });

  test('a path nobody serves, a body too large, a content type nobody reads', async () => {
    const missing = await open.inject('/api/nothing/here');
    assert.equal(missing.statusCode, 404);
    assert.equal(shaped(missing.body).code, 'NOT_FOUND');
    const auth = { authorization: `Bearer ${TOKEN}` };
    const big = await open.inject({
      method: 'POST', url: '/api/documents', headers: { ...auth, 'content-type': 'text/plain' }, payload: 'x'.repeat(6 * 1024 * 1024),
    });
    assert.equal(big.statusCode, 413);
    assert.equal(shaped(big.body).code, 'INPUT_TOO_LARGE');
    const type = await open.inject({ method: 'POST', url: '/api/documents', headers: { ...auth, 'content-type': 'application/x-thing' }, payload: 'x' });
    assert.ok(type.statusCode >= 400 && type.statusCode < 500);
    shaped(type.body);
    const json = await open.inject({ method: 'POST', url: '/api/documents', headers: { ...auth, 'content-type': 'application/json' }, payload: '{"text":' });
    assert.equal(json.statusCode, 400);
    shaped(json.body);
  });

  test('a request Node cannot parse', async () => {
    await open.listen({ host: '127.0.0.1', port: 0 });
    const { port } = open.server.address() as AddressInfo;
    const { connect } = await import('node:net');
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.write('GET /api/stats HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n'));
      let out = '';
      socket.on('data', (b) => (out += b.toString()));
      socket.on('close', () => resolve(out));
      socket.on('error', reject);
    });
    assert.match(raw, /^HTTP\/1\.1 400/);
    shaped(raw.slice(raw.indexOf('\r\n\r\n') + 4));
  });
});

test('dyad serve --private answers /%61pi/events without a token with 401', async () => {
  const seed = await fixtureStore();
  await seed.store.close();
  const child = spawn(process.execPath, [packagePath('bin', 'dyad.js'), 'serve', '--db', join(seed.dir, 'test.duckdb'), '--port', '0', '--private'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DYAD_TOKEN: TOKEN },
  });
  try {
    const base = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (b: Buffer) => {
        out += b.toString();
        const m = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
        if (m?.[1]) resolve(m[1]);
      });
      child.once('exit', (code) => reject(new Error(`exited ${String(code)} before listening: ${out}`)));
    });
    const port = Number(new URL(base).port);
    const get = (path: string, headers: Record<string, string> = {}) => new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', reject);
      req.end();
    });
    assert.equal(await get('/%61pi/events?limit=1'), 401);
    assert.equal(await get('/%61pi/stats'), 401);
    assert.equal(await get(`/%61pi/documents/${docId(DOCS.visit.text)}`), 401);
    assert.equal(await get('/%61pi/events?limit=1', { authorization: `Bearer ${TOKEN}` }), 200);
  } finally {
    child.kill('SIGTERM');
    rmSync(seed.dir, { recursive: true, force: true });
  }
});
