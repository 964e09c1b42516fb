import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sharedFile } from '../../testing/shared.js';
import { loadPetrarchDictionaries, readActorDictionary, readAgentDictionary, readDiscards, readVerbDictionary } from './index.js';

// Small dictionaries written for these tests, in the formats of PETRARCH's dictionaries.rst.
const VERBS = `# a comment line
<!-- an XML comment
   over two lines -->
&CURRENCY
+DOLLAR
+CASH_

&AUXVERB_
+WILL

---  GRANT   [070]  ---
GRANT
GIVE {GAVE GIVEN GIVING GIVES}   # irregular forms
+CORDON_OFF {+CORDONED_OFF +CORDONS_OFF}
WIRE_+TAP [171]
- * &CURRENCY                    [071]   # GIVE
- $ * (TO +) (FOR {FINANCIAL AID})  [073:074]
- &AUXVERB * AID                   [---]

---  VISIT  [042:043]  ---
VISIT
`;

test('a verb dictionary reads into blocks, forms, synsets, patterns and codes', () => {
  const { value, errors } = readVerbDictionary(VERBS, 'test.verbs');
  assert.deepEqual(errors, []);
  assert.deepEqual(value.synsets['&CURRENCY'], [['DOLLAR'], ['DOLLARS'], ['CASH']]);
  assert.deepEqual(value.synsets['&AUXVERB'], [['WILL']], 'a name ending in _ makes no plurals');
  const [grant, visit] = value.blocks;
  assert.equal(grant?.name, 'GRANT');
  assert.deepEqual(grant?.code, { forward: '070', reverse: null });
  assert.deepEqual(grant?.verbs[0]?.forms, ['GRANT', 'GRANTS', 'GRANTED', 'GRANTING'], 'regular forms are made');
  assert.deepEqual(grant?.verbs[1]?.forms, ['GIVE', 'GAVE', 'GIVEN', 'GIVING', 'GIVES'], 'irregular forms are given');
  assert.deepEqual([grant?.verbs[2]?.forms, grant?.verbs[2]?.after], [['CORDON', 'CORDONED', 'CORDONS'], ['OFF']]);
  assert.deepEqual([grant?.verbs[3]?.before, grant?.verbs[3]?.code.forward], [['WIRE'], '171']);
  const [p1, p2, p3] = grant?.patterns ?? [];
  assert.deepEqual(p1?.post, [{ kind: 'noun', terms: [{ kind: 'synset', name: '&CURRENCY' }] }]);
  assert.equal(p1?.source.line, 16);
  assert.deepEqual(p2?.pre, [{ kind: 'noun', terms: [{ kind: 'source' }] }]);
  assert.deepEqual(p2?.post, [
    { kind: 'prep', prep: 'TO', nouns: [[{ kind: 'target' }]] },
    { kind: 'prep', prep: 'FOR', nouns: [[{ kind: 'word', word: 'FINANCIAL' }, { kind: 'word', word: 'AID' }]] },
  ]);
  assert.deepEqual(p2?.code, { forward: '073', reverse: '074' });
  assert.deepEqual(p3?.code, { forward: null, reverse: null });
  assert.deepEqual(visit?.code, { forward: '042', reverse: '043' });
});

test('a malformed verb line is an error naming file, line and fault; the rest loads', () => {
  const text = `---  MEET  [030]  ---
MEET {MET MEETING
- * (WITH +                      [031]
- * TALKS                        [03x:]
- TALKS                          [032]
- * &NOWHERE                     [033]
- * SUMMIT                       [036]
`;
  const { value, errors } = readVerbDictionary(text, 'bad.verbs');
  assert.deepEqual(
    errors.map((e) => [e.place?.file, e.place?.line]),
    [['bad.verbs', 2], ['bad.verbs', 3], ['bad.verbs', 5], ['bad.verbs', 6]],
  );
  assert.match(errors[1]?.message ?? '', /never closed/);
  assert.match(errors[2]?.message ?? '', /no '\*'/);
  assert.match(errors[3]?.message ?? '', /&NOWHERE is not defined/);
  assert.equal(errors[0]?.code, 'DATA_PARSE');
  // [03x:] is a letter-suffixed code, which a user's dictionary may use; the SUMMIT pattern loads.
  assert.deepEqual(value.blocks[0]?.patterns.map((p) => p.code.forward), ['03x', '036']);
});

test('an actor dictionary reads synonyms, default and dated codes', () => {
  const text = `ARNOR_ [ARN]
+ARNORIAN
+ARNORI

ARVEDUI_  # a king
+KING_ARVEDUI
\t[ARNELI 18970101-450703]
\t[ARNGOV >450703]
\t[ARNELI]

LORIEN [ELR/GAL]
BAD_DATE
\t[ARNGOV 9908223-911221]
\t[ARNGOV]
`;
  const { value, errors } = readActorDictionary(text, 'test.actors');
  assert.equal(value.length, 4);
  assert.deepEqual(value[0]?.phrases, [['ARNOR'], ['ARNORIAN'], ['ARNORI']]);
  assert.equal(value[0]?.code, 'ARN');
  assert.deepEqual(value[1]?.dated, [
    { code: 'ARNELI', from: '1897-01-01', to: '1945-07-03' },
    { code: 'ARNGOV', from: '1945-07-03', to: null },
  ]);
  assert.equal(value[1]?.code, 'ARNELI');
  assert.equal(value[2]?.code, 'ELR/GAL');
  assert.equal(value[3]?.code, 'ARNGOV', 'the malformed restriction is skipped, the entry kept');
  assert.deepEqual(errors.map((e) => [e.place?.line, e.message]), [[13, "'9908223-911221' is not a date range (YYMMDD-YYMMDD, >YYMMDD or <YYMMDD)"]]);
});

test('an agent dictionary expands markers and makes plurals; discards read story and sentence phrases', () => {
  const agents = readAgentDictionary(
    `!PERSON! = MAN, WOMAN
CONGRESS!PERSON! [~LEG]
POLICE {} [~COP]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]
HUMAN_RIGHTS_BODY [NGO~]
BROKEN [~LEG}
`,
    'test.agents',
  );
  assert.deepEqual(
    agents.value.map((a) => [a.phrase.join(' '), a.code, a.place]),
    [
      ['CONGRESSMAN', 'LEG', 'after'],
      ['CONGRESSWOMAN', 'LEG', 'after'],
      ['POLICE', 'COP', 'after'],
      ['ATTORNEY GENERAL', 'JUD', 'after'],
      ['ATTORNEYS GENERAL', 'JUD', 'after'],
      ['HUMAN RIGHTS BODY', 'NGO', 'before'],
      ['HUMAN RIGHTS BODIES', 'NGO', 'before'],
    ],
  );
  assert.deepEqual(agents.errors.map((e) => e.place?.line), [6]);
  const discards = readDiscards('+WORLD CUP\nBASEBALL_ # whole word\n', 'test.discards');
  assert.deepEqual(discards.value.map((d) => [d.phrase.join(' '), d.story, d.whole]), [['WORLD CUP', true, false], ['BASEBALL', false, true]]);
});

test('a user file is compiled once and read from the cache after, with its problems', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-petrarch-'));
  const file = join(dir, 'mine.verbs');
  writeFileSync(file, VERBS + '- * (BROKEN [040]\n');
  const before = process.env['DYAD_CACHE_DIR'];
  process.env['DYAD_CACHE_DIR'] = join(dir, 'cache');
  try {
    const first = loadPetrarchDictionaries({ verbs: [file] }, { bundled: false });
    const second = loadPetrarchDictionaries({ verbs: [file] }, { bundled: false });
    assert.deepEqual(second.verbs, first.verbs);
    assert.deepEqual(second.problems.map((p) => p.describe()), first.problems.map((p) => p.describe()));
    assert.equal(first.problems[0]?.place?.file, file, 'a problem names the file as given');
    assert.equal(first.problems[0]?.place?.line, 22);
  } finally {
    if (before === undefined) delete process.env['DYAD_CACHE_DIR'];
    else process.env['DYAD_CACHE_DIR'] = before;
  }
});

test('the bundled dictionaries load: CAMEO verbs, Phoenix actors, agents, discards', () => {
  const d = loadPetrarchDictionaries();
  const [cameo] = d.verbs;
  assert.equal(cameo?.blocks.length, 397);
  assert.equal(cameo?.blocks.reduce((n, b) => n + b.verbs.length, 0), 1817);
  assert.ok((cameo?.blocks.reduce((n, b) => n + b.patterns.length, 0) ?? 0) >= 4650);
  assert.equal(Object.keys(cameo?.synsets ?? {}).length, 40);
  assert.ok((d.actors[0]?.length ?? 0) > 18000 && (d.actors[1]?.length ?? 0) > 7000);
  assert.ok(d.agents[0] && d.agents[0].length > 2000);
  // The distributed files have a few malformed lines; each is named, none stops the load.
  assert.ok(d.problems.length > 0 && d.problems.length < 40);
  for (const p of d.problems) assert.ok(p.place?.file && p.place.line);
});

test("PETRARCH's own validation dictionaries read with only their known faults", (t) => {
  const dir = sharedFile(t, 'peer', 'petrarch');
  if (!dir) return;
  const d = loadPetrarchDictionaries(
    { verbs: [join(dir, 'PETR.Validate.verbs.txt')], actors: [join(dir, 'PETR.Validate.actors.txt')], agents: [join(dir, 'PETR.Validate.agents.txt')] },
    { bundled: false },
  );
  assert.ok((d.verbs[0]?.blocks.length ?? 0) > 250);
  assert.ok(d.problems.length <= 3, d.problems.map((p) => p.describe()).join('\n'));
});
