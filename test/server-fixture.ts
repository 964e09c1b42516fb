/**
 * A small real DuckDB store for the server's tests: three short documents written for the tests, with
 * extractions built by hand (evidence offsets located in the text), stored through `putDocument`.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DyadEvent, Evidence, Extraction, Indicator, Milestone, QuadClass } from '../src/core/model.js';
import { openStore } from '../src/store/open.js';
import type { Store, StoredDocument } from '../src/store/store.js';

export const DOCS = {
  visit: {
    title: 'Visit note',
    published: '2015-11-20',
    text:
      'Belgrade, November 2015.\n\nThe NATO Secretary General visited Belgrade on 19 November 2015. ' +
      'Serbia signed the Individual Partnership Action Plan with NATO in January 2015. ' +
      'Russia criticised the agreement in February 2015. ' +
      'Support for NATO membership in Serbia stood at circa 10 percent. ' +
      'Serbia had joined the Partnership for Peace in December 2006.',
  },
  russia: {
    title: 'Russia note',
    published: '2016-12-01',
    text: 'Russia donated six MiG-29 fighters to Serbia in December 2016. Serbia praised Russia in October 2014.',
  },
  hostile: {
    title: 'Hostile markup <script>alert(1)</script>',
    published: '2015-06-01',
    text:
      'A note <script>window.__pwned = 1</script> and <img src=x onerror="window.__pwned = 2">. ' +
      'Serbia hosted NATO experts in June 2015 <b onmouseover="window.__pwned=3">here</b>.',
  },
} as const;

type DocKey = keyof typeof DOCS;

const QUAD: Record<string, [QuadClass, number]> = {
  '04': [1, 1], '05': [1, 3.5], '06': [2, 6], '07': [2, 7], '11': [3, -2]
};

function span(text: string, needle: string): Evidence {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`fixture: '${needle}' is not in the text`);
  return { start, end: start + needle.length, text: needle };
}

let n = 0;
function event(text: string, s: string, t: string, code: string, day: string, sentence: string): DyadEvent {
  const root = code.slice(0, 2);
  const [quadClass, goldstein] = QUAD[root] ?? [1, 0];
  n++;
  return {
    id: `fx-e${n}`,
    source: { principal: s, actor: s },
    target: { principal: t, actor: t },
    code,
    root,
    quadClass,
    goldstein,
    date: { start: day, end: day, precision: 'day' },
    evidence: span(text, sentence),
    rule: `fixture-rule-${code}`,
    confidence: 0.8,
  };
}

export function docId(text: string): string {
  return createHash('sha256').update(text.normalize('NFC')).digest('hex');
}

function extraction(key: DocKey): [StoredDocument, Extraction] {
  const { text, title, published } = DOCS[key];
  const id = docId(text);
  const events: DyadEvent[] = [];
  const milestones: Milestone[] = [];
  const indicators: Indicator[] = [];
  if (key === 'visit') {
    events.push(event(text, 'NATO', 'SRB', '042', '2015-11-19', 'The NATO Secretary General visited Belgrade on 19 November 2015.'));
    events.push(event(text, 'RUS', 'SRB', '111', '2015-02-01', 'Russia criticised the agreement in February 2015.'));
    milestones.push({
      id: 'fx-m1', actor: 'SRB', org: 'NATO', instrument: 'IPAP', status: 'signed',
      date: { start: '2015-01-01', end: '2015-01-31', precision: 'month' },
      evidence: span(text, 'Serbia signed the Individual Partnership Action Plan with NATO in January 2015.'), rule: 'fixture-ms',
    });
    milestones.push({
      id: 'fx-m2', actor: 'SRB', org: 'NATO', instrument: 'PfP', status: 'joined',
      date: { start: '2006-12-01', end: '2006-12-31', precision: 'month' },
      evidence: span(text, 'Serbia had joined the Partnership for Peace in December 2006.'), rule: 'fixture-ms',
    });
    indicators.push({
      id: 'fx-i1', subject: 'SRB', metric: 'support for NATO membership', value: 10, unit: '%', qualifier: 'circa',
      date: null, evidence: span(text, 'circa 10 percent'), rule: 'fixture-ind',
    });
  } else if (key === 'russia') {
    events.push(event(text, 'RUS', 'SRB', '0712', '2016-12-15', 'Russia donated six MiG-29 fighters to Serbia in December 2016.'));
    events.push(event(text, 'SRB', 'RUS', '051', '2014-10-15', 'Serbia praised Russia in October 2014.'));
  } else {
    events.push(event(text, 'SRB', 'NATO', '043', '2015-06-15', 'Serbia hosted NATO experts in June 2015 <b onmouseover="window.__pwned=3">here</b>.'));
  }
  return [
    // A path as `dyad ingest` keeps it, which the API must never show (only the file name).
    // The visit note is stored as a news report, the others as stored before documents had a kind.
    { id, title, published, text, path: `/srv/dyad/corpus/${key}-note.md`, ingestedAt: '2026-01-01T00:00:00.000Z', ...(key === 'visit' ? { kind: 'news' as const } : {}) },
    { document: { id, published, title }, events, milestones, indicators, warnings: [] },
  ];
}

export interface Fixture {
  store: Store;
  dir: string;
  close(): Promise<void>;
}

/** A fresh DuckDB store in a temporary folder holding the three fixture documents. */
export async function fixtureStore(): Promise<Fixture> {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-server-'));
  const store = await openStore(join(dir, 'test.duckdb'));
  for (const key of Object.keys(DOCS) as DocKey[]) {
    const [doc, x] = extraction(key);
    await store.putDocument(doc, x);
  }
  return {
    store,
    dir,
    async close() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
