import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sharedFile } from '../../testing/shared.js';
import { PEER_SOURCES, rate, readCameoExamples, readPetrarchGsr, renderPeerScore, scoreCases, scorePeerSource, type PeerCase, type PeerEvent } from './index.js';

const ev = (code: string, source = 'AAA', target = 'BBB'): PeerEvent => ({ code, root: code.slice(0, 2), source, target });

describe('peer scorer', () => {
  const cases: PeerCase[] = [
    { id: 'a', text: 'A offered to mediate.', published: null, expected: [{ code: '039', source: 'AAA', target: 'BBB' }] },
    { id: 'b', text: 'B threatened C.', published: null, expected: [{ code: '130', source: 'BBB', target: 'CCC' }] },
    { id: 'c', text: 'Nothing happened.', published: null, expected: [] },
  ];
  const read: Record<string, PeerEvent[]> = {
    // right code, right actors
    a: [ev('039')],
    // right root, other code, actors reversed; plus an event of a root not coded
    b: [ev('138', 'CCC', 'BBB'), ev('190', 'BBB', 'CCC')],
    // an event where none is coded
    c: [ev('040')],
  };
  const s = scoreCases({ name: 't', title: 'test' }, cases, (c) => read[c.id] ?? []);

  it('counts recall over expected codings and precision over events read, level by level', () => {
    assert.deepEqual(s.levels.root, { recall: { hits: 2, of: 2 }, precision: { hits: 2, of: 4 } });
    assert.deepEqual(s.levels.code, { recall: { hits: 1, of: 2 }, precision: { hits: 1, of: 4 } });
    assert.deepEqual(s.levels.rootActors, { recall: { hits: 1, of: 2 }, precision: { hits: 1, of: 4 } });
    assert.deepEqual(s.levels.codeActors, { recall: { hits: 1, of: 2 }, precision: { hits: 1, of: 4 } });
    assert.equal(rate(s.levels.root!.precision), 0.5);
  });

  it('lists each miss with its levels and sentence, and each event of a root not coded', () => {
    assert.equal(s.misses.length, 1);
    assert.deepEqual(s.misses[0]!.levels, ['code', 'rootActors', 'codeActors']);
    assert.equal(s.misses[0]!.text, 'B threatened C.');
    assert.deepEqual(s.falseAlarms.map((f) => `${f.id} ${f.event.code}`), ['b 190', 'c 040']);
    assert.deepEqual(s.quiet, { hits: 0, of: 1 });
    assert.deepEqual(s.roots.get('13'), { expected: 1, root: 1, rootActors: 0, read: 1, readRight: 1 });
    assert.match(renderPeerScore(s), /\[b\] expected 130 BBB→CCC; read 138 CCC→BBB, 190 BBB→CCC; missed at code/);
  });

  it('scores only the root and code where the source gives no actors', () => {
    const plain = scoreCases({ name: 'p', title: 'p' }, [{ id: '036', text: 'x', published: null, expected: [{ code: '036', source: null, target: null }] }], () => [ev('036')]);
    assert.deepEqual(Object.keys(plain.levels), ['root', 'code']);
  });
});

describe('peer sources', () => {
  it('reads a code table: one case per code with an example, the encoding damage read as a quote', () => {
    const csv = [
      '"","eventtype_ID","name","code","goldstein","example","root_code"',
      '"1",1,"APPEAL","02",3,NA,"02"',
      '"2",2,"Appeal for aid","023",3.4,"Chile on Monday asked Peru for help, ""urgently"",\nafter the flood��s damage.","02"',
    ].join('\n');
    const cases = readCameoExamples(csv);
    assert.deepEqual(cases.map((c) => [c.id, c.text]), [['023', 'Chile on Monday asked Peru for help, "urgently", after the flood\'s damage.']]);
    assert.deepEqual(cases[0]!.expected, [{ code: '023', source: null, target: null }]);
  });

  it('reads validation records: date, codings with principals, no-event records, skipped records', () => {
    const xml = `<Sentences>
<Sentence category="X" date="20110305" id="R1" evaluate="true"/>
<EventCoding eventcode="042" sourcecode="CHLGOV" targetcode="IGOWSTNATO" />
<Text>
Chile's president visited
NATO headquarters.
</Text>
<Sentence date="20110306" id="R2" evaluate="true">
<EventCoding noevents="True" />
<Text>Rain fell.</Text>
<Sentence date="20110307" id="R3" evaluate="false"/>
<Text>Skipped.</Text>
</Sentences>`;
    const cases = readPetrarchGsr(xml);
    assert.deepEqual(cases, [
      { id: 'R1', text: "Chile's president visited NATO headquarters.", published: '2011-03-05', expected: [{ code: '042', source: 'CHL', target: 'NATO' }] },
      { id: 'R2', text: 'Rain fell.', published: '2011-03-06', expected: [] },
    ]);
  });

  for (const source of PEER_SOURCES) {
    it(`scores the extractor on ${source.name} without falling below its floor`, (t) => {
      const file = sharedFile(t, ...source.parts);
      if (!file) return;
      const s = scorePeerSource(source, file);
      const root = s.levels.root!;
      t.diagnostic(`${source.name}: root recall ${rate(root.recall).toFixed(3)}, precision ${rate(root.precision).toFixed(3)}`);
      assert.ok(s.cases >= 50, `only ${s.cases} texts read`);
      // Floors under the figures measured when the scorer was written (0.29 / 0.27 root recall). PETRARCH-2
      // codes a stated future act as the act ("will supply arms" 072), CAMEO's manual as an intent (0332),
      // as Dyad does: its root precision stands lower than the codebook's.
      assert.ok(rate(root.recall) >= 0.25, `root recall ${rate(root.recall).toFixed(3)}`);
      assert.ok(rate(root.precision) >= 0.4, `root precision ${rate(root.precision).toFixed(3)}`);
      // Texts the field codes no event in mostly stay quiet.
      assert.ok(s.quiet.hits >= s.quiet.of / 2, `${s.quiet.of - s.quiet.hits} of ${s.quiet.of} texts with no event gave events`);
    });
  }
});
