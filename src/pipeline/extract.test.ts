/**
 * The composed extractor: evidence points into the text as read, ids are stable, and the scores on the
 * seed brief's gold (read from ../shared, never copied) and on the example corpus's gold notes.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { packagePath } from '../core/paths.js';
import { buildReport, loadGold, scoreFile, type ScoreSummary } from '../eval/index.js';
import { readFrontMatter } from '../ingest/index.js';
import { sharedFile } from '../testing/shared.js';
import { createExtractor } from './extract.js';
import { normalise } from './normalise/index.js';

const extractor = createExtractor();

function score(goldFiles: string[]): ScoreSummary {
  const files = goldFiles.map((g) => {
    const gold = loadGold(g);
    const raw = JSON.parse(readFileSync(g, 'utf8')) as { document: string; published?: string };
    const path = resolve(dirname(g), raw.document);
    const front = readFrontMatter(readFileSync(path, 'utf8'), path);
    const x = extractor.extract(front.text, { path, published: front.published ?? raw.published ?? null });
    return scoreFile(gold, x);
  });
  return buildReport(files).total;
}

describe('createExtractor', () => {
  it('gives evidence as offsets into the text as read, through odd spaces, quotes and a BOM', () => {
    const original = '\ufeffIn March 2010\u00a0Montenegro´s Prime Minister visited NATO headquarters. Croatia\u2019s parliament ratified the SOFA in June 2004; over 3.000 troops from Poland served there.';
    const x = extractor.extract(original, { published: '2024-01' });
    const asRead = original.slice(1);
    assert.ok(x.events.length > 0 && x.milestones.length > 0 && x.indicators.length > 0);
    for (const ev of [...x.events.map((e) => e.evidence), ...x.milestones.map((m) => m.evidence), ...x.indicators.map((i) => i.evidence)]) {
      assert.equal(asRead.slice(ev.start, ev.end), ev.text);
    }
    assert.equal(x.indicators[0]?.value, 3000);
  });

  it('names the document by the sha256 of its normalised text and gives the same ids each time', () => {
    const text = 'In 2008 Albania signed an accession protocol with NATO. In 2009 Albania joined NATO.';
    const a = extractor.extract(text, { published: '2024-01' });
    const b = createExtractor().extract(text, { path: 'elsewhere.txt', published: '2024-01' });
    assert.equal(a.document.id, createHash('sha256').update(normalise(text).text, 'utf8').digest('hex'));
    assert.deepEqual(a.events.map((e) => e.id), b.events.map((e) => e.id));
    assert.deepEqual(a.milestones.map((m) => m.id), b.milestones.map((m) => m.id));
    assert.equal(new Set(a.events.map((e) => e.id)).size, a.events.length);
  });

  it('warns about a published date it cannot read and goes on', () => {
    const x = extractor.extract('In 2008 Albania signed an accession protocol with NATO.', { published: 'last spring' });
    assert.equal(x.warnings.length, 1);
    assert.equal(x.events.length, 1);
  });

  it('scores F1 ≥ 0.80 for events, milestones and indicators on the seed brief', (t) => {
    const gold = sharedFile(t, 'gold', 'serbia-nato-brief.gold.json');
    if (!gold) return;
    const s = score([gold]);
    assert.ok(s.events.f1 >= 0.8, `events F1 ${s.events.f1.toFixed(3)}`);
    assert.ok(s.milestones.f1 >= 0.8, `milestones F1 ${s.milestones.f1.toFixed(3)}`);
    assert.ok(s.indicators.f1 >= 0.8, `indicators F1 ${s.indicators.f1.toFixed(3)}`);
  });

  it('scores the example corpus notes on other dyads (no regression below the measured level)', () => {
    const dir = packagePath('examples', 'gold');
    const files = readdirSync(dir).filter((f) => f.endsWith('.gold.json')).map((f) => join(dir, f));
    const s = score(files);
    assert.ok(s.events.f1 >= 0.75, `events F1 ${s.events.f1.toFixed(3)}`);
    assert.ok(s.milestones.f1 >= 0.75, `milestones F1 ${s.milestones.f1.toFixed(3)}`);
    assert.ok(s.indicators.f1 >= 0.75, `indicators F1 ${s.indicators.f1.toFixed(3)}`);
  });
});
