/**
 * The API end to end over a real DuckDB store: queries, the one error shape, auth, hostile parameters,
 * the OpenAPI document, and responses that match their own schemas.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Ajv } from 'ajv';
import type { FastifyInstance } from 'fastify';
import { DyadError } from '../src/core/errors.js';
import { buildServer } from '../src/server/index.js';
import { DOCS, docId, fixtureStore, type Fixture } from './server-fixture.js';

const TOKEN = 'test-token-7d1c';
let fx: Fixture;
let app: FastifyInstance;

before(async () => {
  fx = await fixtureStore();
  app = await buildServer({ store: fx.store, token: TOKEN, webRoot: null });
});
after(async () => {
  await app.close();
  await fx.close();
});

async function getJson(url: string, headers: Record<string, string> = {}) {
  const res = await app.inject({ method: 'GET', url, headers });
  return { status: res.statusCode, body: res.json() as Record<string, unknown>, headers: res.headers };
}

describe('queries', () => {
  test('events of a dyad in a period come back in both directions, within the period', async () => {
    const { status, body } = await getJson('/api/events?dyad=SRB:NATO&from=2015-01-01&to=2015-12-31');
    assert.equal(status, 200);
    const items = body['items'] as { date: { start: string }; source: { principal: string }; target: { principal: string } }[];
    assert.equal(items.length, 2);
    for (const e of items) {
      assert.ok(e.date.start >= '2015-01-01' && e.date.start <= '2015-12-31');
      assert.deepEqual([e.source.principal, e.target.principal].sort(), ['NATO', 'SRB']);
    }
    assert.deepEqual(new Set(items.map((e) => e.source.principal)), new Set(['NATO', 'SRB']));
  });

  test('lower-case codes mean the same principals', async () => {
    const upper = await getJson('/api/events?dyad=SRB:RUS');
    const lower = await getJson('/api/events?dyad=srb:rus');
    assert.equal(lower.status, 200);
    assert.deepEqual(lower.body['items'], upper.body['items']);
    assert.equal((upper.body['items'] as unknown[]).length, 3);
  });

  test('a quad class filter keeps only that class', async () => {
    const { body } = await getJson('/api/events?actor=SRB&quad=2');
    const items = body['items'] as { quadClass: number }[];
    assert.ok(items.length > 0);
    assert.ok(items.every((e) => e.quadClass === 2));
  });

  test('a list that pages says whether more rows follow, as dyad events does', async () => {
    for (const path of ['/api/events?dyad=SRB:NATO', '/api/documents', '/api/principals']) {
      const all = (await getJson(path)).body as { items: unknown[]; more: boolean };
      assert.ok(all.items.length >= 2, path);
      assert.equal(all.more, false, `${path}: everything fits`);
      const sep = path.includes('?') ? '&' : '?';
      const first = (await getJson(`${path}${sep}limit=1`)).body as { items: unknown[]; more: boolean };
      assert.equal(first.items.length, 1);
      assert.equal(first.more, true, `${path}: one of ${all.items.length} shown`);
      if (path === '/api/principals') continue; // no offset: the first matches are the answer
      const last = (await getJson(`${path}${sep}limit=1&offset=${all.items.length - 1}`)).body as { items: unknown[]; more: boolean };
      assert.equal(last.items.length, 1);
      assert.equal(last.more, false, `${path}: the last page`);
    }
  });

  test('the dyad series splits directions and counts quad classes', async () => {
    const { status, body } = await getJson('/api/dyads/SRB/RUS/series?by=year');
    assert.equal(status, 200);
    const rows = body['rows'] as { period: string; direction: string; events: number; quad: number[] }[];
    const both2016 = rows.find((r) => r.period === '2016' && r.direction === 'both');
    assert.equal(both2016?.events, 1);
    assert.deepEqual(both2016?.quad, [0, 1, 0, 0]);
    const bothAll = rows.filter((r) => r.direction === 'both').reduce((s, r) => s + r.events, 0);
    assert.equal(bothAll, 3);
  });

  test('the balance sets two dyads of one actor side by side and names the lean', async () => {
    const { status, body } = await getJson('/api/balance?actor=SRB&first=NATO&second=RUS&by=year');
    assert.equal(status, 200);
    const total = body['total'] as { first: { events: number }; second: { events: number }; lean: string };
    assert.equal(total.first.events, 2);
    assert.equal(total.second.events, 3);
    assert.ok(['NATO', 'RUS', 'even'].includes(total.lean));
  });

  test('an event opens its evidence: the sentence and its document', async () => {
    const events = await getJson('/api/events?dyad=NATO:SRB&root=04');
    const first = (events.body['items'] as { id: string }[])[0];
    assert.ok(first);
    const { status, body } = await getJson(`/api/events/${encodeURIComponent(first.id)}/evidence`);
    assert.equal(status, 200);
    const mention = (body['mentions'] as { documentId: string; evidence: { start: number; end: number; text: string } }[])[0];
    assert.ok(mention);
    const doc = await getJson(`/api/documents/${mention.documentId}`);
    const text = (doc.body['document'] as { text: string }).text;
    assert.equal(text.slice(mention.evidence.start, mention.evidence.end), mention.evidence.text);
  });

  test('a document comes with everything extracted from it', async () => {
    const { status, body } = await getJson(`/api/documents/${docId(DOCS.visit.text)}`);
    assert.equal(status, 200);
    assert.equal((body['document'] as { kind?: string }).kind, 'news');
    const listed = (await getJson('/api/documents')).body['items'] as { id: string; kind?: string }[];
    assert.equal(listed.length, 3);
    assert.deepEqual(listed.filter((d) => 'kind' in d).map((d) => [d.id, d.kind]), [[docId(DOCS.visit.text), 'news']]);
    const x = body['extraction'] as { events: unknown[]; milestones: { instrument: string }[]; indicators: { value: number }[] };
    assert.equal(x.events.length, 2);
    assert.deepEqual(x.milestones.map((m) => m.instrument).sort(), ['IPAP', 'PfP']);
    assert.deepEqual(x.indicators.map((i) => i.value), [10]);
  });

  test('milestones and indicators filter by actor and subject', async () => {
    const ms = await getJson('/api/milestones?actor=SRB&org=NATO');
    assert.equal((ms.body['items'] as unknown[]).length, 2);
    const before = await getJson('/api/milestones?actor=SRB&org=NATO&at=2010-01-01');
    assert.equal((before.body['items'] as unknown[]).length, 1);
    const none = await getJson('/api/milestones?actor=SRB&org=EU');
    assert.equal((none.body['items'] as unknown[]).length, 0);
    const ind = await getJson('/api/indicators?subject=SRB');
    assert.equal((ind.body['items'] as unknown[]).length, 1);
  });

  test('the ladder position moves with the day asked, each step with its sentence', async () => {
    type L = { ladders: { org: string; rung: string; level: number; rungs: unknown[]; history: { rung: string; level: number; evidence: { text: string } | null }[] }[] };
    const at2010 = (await getJson('/api/ladders/SRB?org=NATO&at=2010-06-30')).body as unknown as L;
    assert.equal(at2010.ladders.length, 1);
    assert.equal(at2010.ladders[0]?.rung, 'PfP');
    const at2016 = (await getJson('/api/ladders/srb?org=nato&at=2016-01-01')).body as unknown as L;
    const nato = at2016.ladders[0];
    assert.equal(nato?.rung, 'IPAP');
    assert.deepEqual(nato?.history.map((h) => h.rung), ['PfP', 'IPAP']);
    assert.ok((nato?.history[1]?.level ?? 0) > (nato?.history[0]?.level ?? 0));
    assert.match(nato?.history[0]?.evidence?.text ?? '', /Partnership for Peace/);
    const all = (await getJson('/api/ladders/SRB?at=2016-01-01')).body as unknown as L;
    assert.ok(all.ladders.length >= 3, 'every ladder when no org is given');
    // OPEC is an organisation Dyad knows with no membership ladder.
    const bad = await getJson('/api/ladders/SRB?org=OPEC');
    assert.equal(bad.status, 400);
  });

  test('concurrent requests each get their own answer', async () => {
    const asks = Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? ['SRB', 'NATO'] : ['SRB', 'RUS']) as [string, string]);
    const answers = await Promise.all(asks.map(([a, b]) => getJson(`/api/events?dyad=${a}:${b}`)));
    answers.forEach((res, i) => {
      const want = new Set(asks[i]);
      const items = res.body['items'] as { source: { principal: string }; target: { principal: string } }[];
      assert.equal(items.length, want.has('NATO') ? 2 : 3);
      for (const e of items) assert.ok(want.has(e.source.principal) && want.has(e.target.principal));
    });
  });

  test('the CAMEO codebook names the codes events carry', async () => {
    const { body } = await getJson('/api/cameo');
    const items = body['items'] as { code: string; name: string; quadClass: number }[];
    assert.ok(items.length > 200);
    const visit = items.find((c) => c.code === '042');
    assert.ok(visit && visit.name.length > 3);
    assert.equal(visit.quadClass, 1);
  });

  test('principals are listed for the picker and can be searched', async () => {
    const all = await getJson('/api/principals');
    const codes = (all.body['items'] as { principal: string }[]).map((p) => p.principal);
    assert.deepEqual([...codes].sort(), ['NATO', 'RUS', 'SRB']);
    const some = await getJson('/api/principals?q=ru');
    assert.deepEqual((some.body['items'] as { principal: string }[]).map((p) => p.principal), ['RUS']);
    const byName = await getJson('/api/principals?q=serb');
    assert.deepEqual((byName.body['items'] as { principal: string; name: string }[]).map((p) => [p.principal, p.name]), [['SRB', 'Serbia']]);
  });
});

describe('hostile and malformed parameters get a 400 with a message, never a 500', () => {
  const cases: [string, string][] = [
    ['/api/events?from=2015-13-45', 'from'],
    ['/api/events?from=2015-02-30', 'from'],
    ['/api/events?from=yesterday', 'from'],
    ['/api/events?to=2015-01-01%27%3B%20DROP%20TABLE%20events%3B--', 'to'],
    ['/api/events?from=2016-01-01&to=2015-01-01', 'from'],
    ['/api/events?dyad=SRB%27%20OR%201%3D1--:NATO', 'dyad'],
    ['/api/events?actor=SRB%3BDELETE%20FROM%20events', 'actor'],
    ['/api/events?dyad=SRB:SRB', 'dyad'],
    ['/api/events?limit=99999999999999999999', 'limit'],
    ['/api/events?limit=1000001', 'limit'],
    ['/api/events?limit=-1', 'limit'],
    ['/api/events?limit=abc', 'limit'],
    ['/api/events?offset=1e400', 'offset'],
    ['/api/events?quad=5', 'quad'],
    ['/api/events?root=0%27', 'root'],
    ['/api/events?dataset=mysql', 'dataset'],
    ['/api/events?colour=red', 'colour'],
    ['/api/events?from=2015-01-01&from=2016-01-01', 'from'],
    ['/api/dyads/SRB/NATO/series?by=decade', 'by'],
    ['/api/dyads/SRB%27--/NATO/series', 'a'],
    ['/api/dyads/SRB/NATO/series?from=2015-02-29', 'from'],
    ['/api/balance?actor=SRB&first=NATO', 'second'],
    ['/api/balance?actor=SRB&first=NATO&second=NATO', 'second'],
    ['/api/milestones?at=1999-99-99', 'at'],
    ['/api/ladders/SRB?at=2016-1-1', 'at'],
    ['/api/ladders/1%3D1', 'actor'],
    ['/api/indicators?subject=%3Cscript%3E', 'subject'],
    ['/api/documents/not-a-hash', 'id'],
    ['/api/documents?limit=100000000', 'limit'],
    [`/api/events/${'x'.repeat(300)}/evidence`, ''],
  ];
  for (const [url, field] of cases) {
    test(`${url.slice(0, 90)}`, async () => {
      const { status, body } = await getJson(url);
      assert.equal(status, 400, JSON.stringify(body));
      const error = body['error'] as { code: string; message: string; field?: string };
      assert.ok(['BAD_ARGUMENT', 'BAD_DATE', 'UNKNOWN_ACTOR'].includes(error.code), error.code);
      assert.ok(error.message.length > 5);
      if (field) assert.ok(error.field?.includes(field), `field ${String(error.field)} should name ${field}`);
    });
  }

  test('an unknown event and an unknown document are 404s in the same shape', async () => {
    const e = await getJson('/api/events/nope/evidence');
    assert.equal(e.status, 404);
    assert.equal((e.body['error'] as { code: string }).code, 'NOT_FOUND');
    const d = await getJson(`/api/documents/${'0'.repeat(64)}`);
    assert.equal(d.status, 404);
    const u = await getJson('/api/nothing-here');
    assert.equal(u.status, 404);
    assert.equal((u.body['error'] as { code: string }).code, 'NOT_FOUND');
  });
});

describe('auth', () => {
  test('a write without the token, or with a wrong one, is refused with 401', async () => {
    for (const headers of [{}, { authorization: 'Bearer wrong' }, { authorization: TOKEN }]) {
      const res = await app.inject({ method: 'POST', url: '/api/documents', headers, payload: { text: 'Serbia joined PfP in 2006.' } });
      assert.equal(res.statusCode, 401);
      assert.equal((res.json() as { error: { code: string } }).error.code, 'UNAUTHORIZED');
    }
    const up = await app.inject({ method: 'POST', url: '/api/imports?format=gdelt&name=x.csv', headers: { 'content-type': 'text/csv' }, payload: 'a,b' });
    assert.equal(up.statusCode, 401);
  });

  test('a server without a token takes no writes, even with a header', async () => {
    const open = await buildServer({ store: fx.store, webRoot: null });
    try {
      const res = await open.inject({ method: 'POST', url: '/api/documents', headers: { authorization: 'Bearer x' }, payload: { text: 'x' } });
      assert.equal(res.statusCode, 401);
      assert.equal((await open.inject('/api/stats')).statusCode, 200);
    } finally {
      await open.close();
    }
  });

  test('a private server needs the token for reads too', async () => {
    const priv = await buildServer({ store: fx.store, token: TOKEN, private: true, webRoot: null });
    try {
      assert.equal((await priv.inject('/api/events')).statusCode, 401);
      const ok = await priv.inject({ url: '/api/events', headers: { authorization: `Bearer ${TOKEN}` } });
      assert.equal(ok.statusCode, 200);
    } finally {
      await priv.close();
    }
  });

  test("a fault in the extractor's own data is the server's 500, not the client's 400", async () => {
    const broken = await buildServer({
      store: fx.store, token: TOKEN, webRoot: null,
      extractor: { extract() { throw new DyadError('DATA_SCHEMA', '/rules/3 is invalid', { place: { file: '/srv/dyad/data/patterns/events.yaml' } }); } },
    });
    try {
      const res = await broken.inject({ method: 'POST', url: '/api/documents', headers: { authorization: `Bearer ${TOKEN}` }, payload: { text: 'Serbia joined PfP.' } });
      assert.equal(res.statusCode, 500);
      const error = (res.json() as { error: { code: string; message: string } }).error;
      assert.equal(error.code, 'INTERNAL');
      assert.ok(!error.message.includes('/srv/dyad'), 'no server paths in the answer');
    } finally {
      await broken.close();
    }
  });

  test('a public server answers reads without a token', async () => {
    assert.equal((await getJson('/api/stats')).status, 200);
  });
});

describe('the dashboard host', () => {
  test('serves its files and index.html for page paths, never a file outside its folder', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'dyad-web-'));
    const root = join(dir, 'web');
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>dash</title>');
    writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(dir, 'secret.txt'), 'outside the web root');
    const web = await buildServer({ store: fx.store, webRoot: root });
    try {
      const page = await web.inject('/?view=timeline&dyad=SRB:NATO');
      assert.equal(page.statusCode, 200);
      assert.match(page.headers['content-security-policy'] as string, /script-src 'self'/);
      assert.equal(page.body, '<!doctype html><title>dash</title>');
      const js = await web.inject('/assets/app.js');
      assert.match(js.headers['content-type'] as string, /javascript/);
      assert.equal((await web.inject('/assets/missing.js')).statusCode, 404);
      for (const url of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt']) {
        const res = await web.inject(url);
        assert.ok(!res.body.includes('outside the web root'), url);
        assert.ok([200, 400, 404].includes(res.statusCode), `${url}: ${res.statusCode}`);
      }
      const api404 = await web.inject('/api/nope');
      assert.equal(api404.statusCode, 404);
      assert.equal((api404.json() as { error: { code: string } }).error.code, 'NOT_FOUND');
    } finally {
      await web.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('OpenAPI', () => {
  test('the document lists every endpoint with its parameters and responses', async () => {
    const { status, body } = await getJson('/api/openapi.json');
    assert.equal(status, 200);
    assert.equal(body['openapi'], '3.1.0');
    const paths = body['paths'] as Record<string, Record<string, { parameters?: { name: string }[]; responses: object; security?: unknown }>>;
    for (const p of ['/api/events', '/api/dyads/{a}/{b}/series', '/api/balance', '/api/events/{id}/evidence', '/api/documents/{id}', '/api/milestones', '/api/indicators', '/api/imports']) {
      assert.ok(paths[p], `missing ${p}`);
    }
    const params = paths['/api/events']?.['get']?.parameters?.map((x) => x.name) ?? [];
    assert.ok(params.includes('dyad') && params.includes('limit'));
    assert.ok(paths['/api/documents']?.['post']?.security, 'writes are marked as needing the token');
    assert.equal(paths['/api/events']?.['get']?.security, undefined);
  });

  test('responses match the schemas the document publishes', async () => {
    const doc = (await getJson('/api/openapi.json')).body as { paths: Record<string, Record<string, { responses: Record<string, { content: Record<string, { schema: object }> }> }>> };
    const ajv = new Ajv({ strict: false, allowUnionTypes: true });
    const ev = (await getJson('/api/events?limit=1')).body as { items: { id: string }[] };
    const id = ev.items[0]?.id ?? '';
    const urls: [string, string][] = [
      ['/api/events', '/api/events?dyad=SRB:NATO'],
      ['/api/dyads/{a}/{b}/series', '/api/dyads/SRB/NATO/series?by=quarter'],
      ['/api/balance', '/api/balance?actor=SRB&first=NATO&second=RUS'],
      ['/api/events/{id}/evidence', `/api/events/${encodeURIComponent(id)}/evidence`],
      ['/api/documents/{id}', `/api/documents/${docId(DOCS.visit.text)}`],
      ['/api/documents', '/api/documents'],
      ['/api/milestones', '/api/milestones'],
      ['/api/ladders/{actor}', '/api/ladders/SRB?at=2016-01-01'],
      ['/api/indicators', '/api/indicators'],
      ['/api/stats', '/api/stats'],
      ['/api/principals', '/api/principals'],
      ['/api/cameo', '/api/cameo'],
    ];
    for (const [path, url] of urls) {
      const schema = doc.paths[path]?.['get']?.responses['200']?.content['application/json']?.schema;
      assert.ok(schema, `no 200 schema for ${path}`);
      const { status, body } = await getJson(url);
      assert.equal(status, 200, url);
      const validate = ajv.compile(schema);
      assert.ok(validate(body), `${url}: ${ajv.errorsText(validate.errors)}`);
    }
    const err = await getJson('/api/events?quad=9');
    const errSchema = doc.paths['/api/events']?.['get']?.responses['400']?.content['application/json']?.schema;
    assert.ok(errSchema && ajv.validate(errSchema, err.body));
  });
});
