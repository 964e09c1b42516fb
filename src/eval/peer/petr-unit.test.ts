import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedFile } from '../../testing/shared.js';
import { formatPetrUnit, readUnitRecords, runPetrUnit } from './petr-unit.js';

test('records read with their category, date, text and expected triples', () => {
  const xml = `<Sentence date="19950101" id="T-1" category="DEMO" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>Arnor &amp; Gondor
  restored ties.</Text>
<Parse>(ROOT)</Parse>
</Sentence>
<Sentence date="19950102" id="T-2" category="ERROR" sentence="true">
<EventCoding noevents="True"></EventCoding>
<Text>Nothing.</Text>
</Sentence>`;
  assert.deepEqual(readUnitRecords(xml), [
    { id: 'T-1', category: 'DEMO', date: '1995-01-01', text: 'Arnor & Gondor restored ties.', expected: ['ARN GON 064'], none: false },
    { id: 'T-2', category: 'ERROR', date: '1995-01-02', text: 'Nothing.', expected: [], none: true },
  ]);
});

test("PETRARCH's unit-test records: at least 70 % of the expected triples with its validation dictionaries", (t) => {
  const dir = sharedFile(t, 'peer', 'petrarch');
  if (!dir) return;
  const r = runPetrUnit(dir);
  assert.equal(r.records.length, 284);
  assert.ok(r.recall >= 0.7, formatPetrUnit(r).split('\n').slice(0, 17).join('\n'));
  assert.ok(r.precision >= 0.7);
  // Each category named by the file is reported.
  for (const c of ['DEMO', 'SYNSET', 'COMPOUND', 'PATTERN', 'AGENT', 'VERB', 'DATE', 'MODIFY', 'ACTOR']) assert.ok(r.categories[c], c);
});
