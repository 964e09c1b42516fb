/**
 * Real news sentences with expected codes (PETRARCH-2's GSR validation records in
 * ../shared/peer/petrarch, read in place): the share of expected events whose CAMEO root and source
 * and target principals the extractor finds. PETRARCH codes some statements Dyad deliberately does
 * not (future, wanted, reported intentions), so this is a floor against regressions, not a target.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { sharedFile } from '../../testing/shared.js';
import { createExtractor } from '../extract.js';

/** PETRARCH's organisation codes that Dyad writes differently. */
const IGO: Record<string, string> = { IGOEUREEC: 'EU', IGOEUR: 'EU', IGOUNO: 'UN', IGONAT: 'NATO', IGOWSTNAT: 'NATO' };

function principalOf(code: string): string {
  for (const [k, v] of Object.entries(IGO)) if (code.startsWith(k)) return v;
  return code.slice(0, 3);
}

describe('PETRARCH-2 GSR validation sentences', () => {
  it('finds at least a tenth of the expected events, and few events where none is expected', (t) => {
    const file = sharedFile(t, 'peer', 'petrarch', 'PETR2_GSR_validation.xml');
    if (!file) return;
    const xml = readFileSync(file, 'utf8');
    const extractor = createExtractor();
    const record = /<Sentence([^>]*)\/?>([\s\S]*?)<Text>([\s\S]*?)<\/Text>/g;
    let expected = 0;
    let found = 0;
    let quiet = 0;
    let noisy = 0;
    for (let m = record.exec(xml); m; m = record.exec(xml)) {
      const day = /date="(\d{4})(\d\d)(\d\d)"/.exec(m[1] ?? '');
      const text = (m[3] ?? '').replace(/\s+/g, ' ').trim();
      const { events } = extractor.extract(text, { published: day ? `${day[1]}-${day[2]}-${day[3]}` : null });
      for (const c of (m[2] ?? '').matchAll(/<EventCoding([^>]*)\/?>/g)) {
        const attrs = c[1] ?? '';
        if (/noevents="true"/i.test(attrs)) {
          quiet++;
          if (events.length > 0) noisy++;
          continue;
        }
        const code = /eventcode="(\d+)"/.exec(attrs)?.[1];
        const source = /sourcecode="(\w+)"/.exec(attrs)?.[1];
        const target = /targetcode="(\w+)"/.exec(attrs)?.[1];
        if (!code || !source || !target) continue;
        expected++;
        if (events.some((e) => e.root === code.slice(0, 2) && e.source.principal === principalOf(source) && e.target.principal === principalOf(target))) found++;
      }
    }
    const recall = found / expected;
    t.diagnostic(`GSR recall ${found}/${expected} = ${recall.toFixed(3)}; no-event records with events ${noisy}/${quiet}`);
    assert.ok(expected >= 50, `only ${expected} expected events read`);
    assert.ok(recall >= 0.1, `recall ${recall.toFixed(3)}`);
    assert.ok(noisy <= quiet / 2, `${noisy} of ${quiet} no-event records gave events`);
  });
});
