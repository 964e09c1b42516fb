/**
 * Writes through the API with the real extractor and importers: a posted document is extracted and
 * stored once; a dataset file uploaded as the request body is imported once; bad bodies are refused
 * with the one error shape.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { datasetImporter, lazyExtractor } from '../src/cli/commands/serve.js';
import { buildServer } from '../src/server/index.js';
import { sharedFile } from '../src/testing/shared.js';
import { docxBytes } from '../src/testing/docx.js';
import { pagesOf, writePdf } from '../src/testing/pdf.js';
import { fixtureStore, type Fixture } from './server-fixture.js';

const TOKEN = 'ingest-token-93aa';
const auth = { authorization: `Bearer ${TOKEN}` };
let fx: Fixture;
let app: FastifyInstance;

const NOTE =
  'Belgrade, 20 November 2015.\n\nNATO Secretary General Jens Stoltenberg visited Belgrade on 19 November 2015. ' +
  'Serbia signed the Individual Partnership Action Plan with NATO in January 2015.';

before(async () => {
  fx = await fixtureStore();
  app = await buildServer({ store: fx.store, token: TOKEN, webRoot: null, extractor: lazyExtractor(), importer: datasetImporter });
});
after(async () => {
  await app.close();
  await fx.close();
});

interface Posted {
  status: string;
  documentId: string;
  extraction: { events: { evidence: { start: number; end: number; text: string } | null; documentId: string | null }[]; milestones: unknown[] };
}

async function stats(): Promise<{ documents: number; events: number }> {
  return (await app.inject('/api/stats')).json();
}

describe('posting a document', () => {
  test('is extracted, stored, and its evidence points into the stored text', async () => {
    const before = await stats();
    const res = await app.inject({ method: 'POST', url: '/api/documents', headers: auth, payload: { text: NOTE, title: 'A note', published: '2015-11-20' } });
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json() as Posted;
    assert.equal(body.status, 'stored');
    assert.match(body.documentId, /^[0-9a-f]{64}$/);
    assert.ok(body.extraction.events.length >= 1, 'the note states at least one event');
    for (const e of body.extraction.events) {
      assert.ok(e.evidence);
      assert.equal(NOTE.slice(e.evidence.start, e.evidence.end), e.evidence.text);
      assert.equal(e.documentId, body.documentId);
    }
    const doc = (await app.inject(`/api/documents/${body.documentId}`)).json() as { document: { text: string; title: string; published: string } };
    assert.equal(doc.document.text, NOTE);
    assert.equal(doc.document.title, 'A note');
    const after = await stats();
    assert.equal(after.documents, before.documents + 1);

    const again = await app.inject({ method: 'POST', url: '/api/documents', headers: auth, payload: { text: NOTE } });
    assert.equal((again.json() as Posted).status, 'duplicate');
    assert.deepEqual(await stats(), after);
  });

  test('as text/plain, with its details in the query string', async () => {
    const text = 'Russia donated MiG-29 fighter jets to Serbia in December 2016.';
    const res = await app.inject({
      method: 'POST', url: '/api/documents?title=Plain&published=2016-12-20', headers: { ...auth, 'content-type': 'text/plain' }, payload: text,
    });
    assert.equal(res.statusCode, 200, res.body);
    const id = (res.json() as Posted).documentId;
    const doc = (await app.inject(`/api/documents/${id}`)).json() as { document: { title: string; published: string } };
    assert.equal(doc.document.title, 'Plain');
    assert.equal(doc.document.published, '2016-12-20');
  });

  test('a Markdown note gives its title and date from its front matter', async () => {
    const md = '---\ntitle: Front matter note\npublished: 2013-04-19\n---\nSerbia and Kosovo signed the Brussels Agreement in April 2013.\n';
    const res = await app.inject({ method: 'POST', url: '/api/documents', headers: auth, payload: { text: md } });
    assert.equal(res.statusCode, 200, res.body);
    const id = (res.json() as Posted).documentId;
    const doc = (await app.inject(`/api/documents/${id}`)).json() as { document: { title: string; published: string; text: string } };
    assert.equal(doc.document.title, 'Front matter note');
    assert.equal(doc.document.published, '2013-04-19');
    assert.ok(!doc.document.text.includes('title:'));
  });

  const bad: [string, Record<string, string>, string | object, number, string][] = [
    ['an empty text', {}, { text: '   \n ' }, 400, 'INPUT_EMPTY'],
    ['a text with NUL bytes', {}, { text: 'abc\u0000def' }, 400, 'INPUT_BINARY'],
    ['a body without text', {}, { title: 'x' }, 400, 'BAD_ARGUMENT'],
    ['an unknown field', {}, { text: 'Serbia.', colour: 'red' }, 400, 'BAD_ARGUMENT'],
    ['a published date that is not one', {}, { text: 'Serbia.', published: '2015-13' }, 400, 'BAD_ARGUMENT'],
    ['broken JSON', { 'content-type': 'application/json' }, '{"text": ', 400, 'BAD_ARGUMENT'],
    ['a __proto__ key', { 'content-type': 'application/json' }, '{"text": "Serbia.", "__proto__": {"polluted": 1}}', 400, 'BAD_ARGUMENT'],
    ['a text that is not a string', {}, { text: ['Serbia.'] }, 400, 'BAD_ARGUMENT'],
    ['a document over 5 MB', {}, { text: 'Serbia. '.repeat(700_000) }, 413, 'INPUT_TOO_LARGE'],
    ['an unsupported content type', { 'content-type': 'application/x-www-form-urlencoded' }, 'text=abc', 400, 'BAD_ARGUMENT'],
  ];
  for (const [what, headers, payload, status, code] of bad) {
    test(`${what} is refused with ${status} ${code}`, async () => {
      const before = await stats();
      const res = await app.inject({ method: 'POST', url: '/api/documents', headers: { ...auth, ...headers }, payload });
      assert.equal(res.statusCode, status, res.body);
      const err = (res.json() as { error: { code: string; message: string } }).error;
      assert.equal(err.code, code);
      assert.ok(err.message.length > 5);
      assert.deepEqual(await stats(), before, 'nothing stored');
      assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
    });
  }
});

describe('uploading a document file', () => {
  test('a PDF is read, stored once, and its evidence names its page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-upload-'));
    try {
      const path = join(dir, 'note.pdf');
      const filler = Array.from({ length: 30 }, (_, i) => `Line ${i + 1} of a long introduction about the western Balkans and their neighbours.`);
      writePdf(path, pagesOf([...filler, 'Serbia signed the Individual Partnership Action Plan with NATO in January 2015.'], { perPage: 25 }));
      const bytes = readFileSync(path);
      const url = '/api/documents/file?name=note.pdf&published=2016-01-10';
      const res = await app.inject({ method: 'POST', url, headers: { ...auth, 'content-type': 'application/pdf' }, payload: bytes });
      assert.equal(res.statusCode, 200, res.body);
      const body = res.json() as { status: string; documentId: string; extraction: { events: { evidence: { text: string; page?: number } | null }[] } };
      assert.equal(body.status, 'stored');
      const signed = body.extraction.events.find((e) => e.evidence?.text.includes('signed'));
      assert.equal(signed?.evidence?.page, 2, res.body);
      const doc = (await app.inject(`/api/documents/${body.documentId}`)).json() as { document: { text: string; name: string; published: string } };
      assert.match(doc.document.text, /^Line 1 of a long introduction/);
      assert.equal(doc.document.name, 'note.pdf', 'shown by its file name, never a server path');
      assert.equal(doc.document.published, '2016-01-10');
      const again = (await app.inject({ method: 'POST', url, headers: { ...auth, 'content-type': 'application/pdf' }, payload: bytes })).json() as { status: string };
      assert.equal(again.status, 'duplicate');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a damaged Word file and a locked PDF are refused with 422, nothing stored', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-upload-'));
    try {
      const locked = join(dir, 'locked.pdf');
      writePdf(locked, pagesOf(['Belize and Guatemala went to court.']), { encrypted: true });
      const before = await stats();
      for (const [name, payload, code] of [['broken.docx', docxBytes(['Peru and Chile met.']).subarray(0, 100), 'INPUT_FORMAT'], ['locked.pdf', readFileSync(locked), 'INPUT_ENCRYPTED']] as const) {
        const res = await app.inject({ method: 'POST', url: `/api/documents/file?name=${name}`, headers: { ...auth, 'content-type': 'application/octet-stream' }, payload: Buffer.from(payload) });
        assert.equal(res.statusCode, 422, res.body);
        assert.equal((res.json() as { error: { code: string } }).error.code, code);
      }
      assert.deepEqual(await stats(), before, 'nothing stored');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('uploading a dataset file', () => {
  test('a GDELT 2.0 export is imported once', async (t) => {
    const file = sharedFile(t, 'peer', 'samples', 'gdelt2.20191024143000.export.CSV');
    if (!file) return;
    const body = readFileSync(file);
    const url = `/api/imports?name=${basename(file)}`;
    const res = await app.inject({ method: 'POST', url, headers: { ...auth, 'content-type': 'application/octet-stream' }, payload: body });
    assert.equal(res.statusCode, 200, res.body);
    const first = res.json() as { format: string; rows: number; inserted: number; duplicates: number; quarantined: number };
    assert.equal(first.format, 'gdelt');
    assert.ok(first.inserted > 0);
    assert.equal(first.inserted + first.duplicates + first.quarantined, first.rows);
    const again = (await app.inject({ method: 'POST', url, headers: { ...auth, 'content-type': 'application/octet-stream' }, payload: body })).json() as typeof first;
    assert.equal(again.inserted, 0);
    const gdelt = (await app.inject('/api/events?dataset=gdelt&limit=10000')).json() as { items: unknown[] };
    assert.equal(gdelt.items.length, first.inserted);
  });

  test('a file in no known format is refused with a 400, and nothing is stored', async () => {
    const before = await stats();
    const res = await app.inject({
      method: 'POST', url: '/api/imports?name=notes.txt', headers: { ...auth, 'content-type': 'text/plain' }, payload: 'just some words\nand more\n',
    });
    assert.equal(res.statusCode, 400, res.body);
    assert.ok((res.json() as { error: { code: string } }).error.code);
    assert.deepEqual(await stats(), before);
  });
});

describe('removing a document', () => {
  test('needs the token, takes the document and what only it told, and is a 404 the second time', async () => {
    const before = await stats();
    const text = 'Athens, 3 March 2019.\n\nGreece signed a defence agreement with Cyprus on 2 March 2019.';
    const posted = (await app.inject({ method: 'POST', url: '/api/documents', headers: auth, payload: { text, title: 'To remove' } })).json() as Posted;
    assert.equal(posted.status, 'stored');
    assert.ok(posted.extraction.events.length > 0, 'the note gives events');
    const url = `/api/documents/${posted.documentId}`;
    const refused = await app.inject({ method: 'DELETE', url });
    assert.equal(refused.statusCode, 401);
    assert.equal((refused.json() as { error: { code: string } }).error.code, 'UNAUTHORIZED');
    assert.equal((await app.inject({ method: 'DELETE', url, headers: { authorization: 'Bearer wrong' } })).statusCode, 401);
    assert.equal((await app.inject(url)).statusCode, 200, 'still stored after refused removals');
    const res = await app.inject({ method: 'DELETE', url, headers: auth });
    assert.equal(res.statusCode, 200, res.body);
    const { removed } = res.json() as { removed: { documentId: string; events: number; mentions: number } };
    assert.equal(removed.documentId, posted.documentId);
    assert.equal(removed.mentions, posted.extraction.events.length);
    assert.equal((await app.inject(url)).statusCode, 404);
    assert.deepEqual(await stats(), before);
    const again = await app.inject({ method: 'DELETE', url, headers: auth });
    assert.equal(again.statusCode, 404);
    assert.equal((again.json() as { error: { code: string } }).error.code, 'NOT_FOUND');
  });
});
