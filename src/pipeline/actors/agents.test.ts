/** Agents: "Malian police", "the rebels", "lawmakers" — a part of a country, with its sector, resolved by context. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadGazetteer } from '../../knowledge/gazetteer/index.js';
import { agentsOf, type AgentsFile } from '../../knowledge/gazetteer/_agents.js';
import { actorsStage } from './actors.js';
import { contextOf } from './_fixture.js';

const stage = actorsStage(loadGazetteer());

function actors(sentences: string[]) {
  const ctx = contextOf(sentences, '2012-04-02');
  stage(ctx);
  return ctx.actors.filter((a) => a.role === 'actor').map((a) => ({ text: a.text, principal: a.principal, sector: a.sector }));
}

test('a nationality and an agent word are that country with the agent’s sector', () => {
  assert.deepEqual(actors(['Malian riot police dispersed the crowd.']), [{ text: 'Malian riot police', principal: 'MLI', sector: 'police' }]);
  assert.deepEqual(actors(['Bolivian legislators met on Tuesday.']), [{ text: 'Bolivian legislators', principal: 'BOL', sector: 'legislature' }]);
  assert.deepEqual(actors(['Chadian insurgents attacked a convoy.']), [{ text: 'Chadian insurgents', principal: 'TCD', sector: 'rebels' }]);
});

test('a bare agent takes the country the sentence names as where it acts', () => {
  const got = actors(['In Malawi, police fired tear gas at students.']);
  assert.deepEqual(got.find((a) => a.text === 'police'), { text: 'police', principal: 'MWI', sector: 'police' });
  const after = actors(['The rebels shelled a market in Mozambique.']);
  assert.deepEqual(after.find((a) => a.text === 'rebels'), { text: 'rebels', principal: 'MOZ', sector: 'rebels' });
});

test('a bare agent is not the country where it is said to be based ("rebels based in Sudan")', () => {
  const got = actors(['Rebels based in Liberia raided a border post in Sierra Leone.']);
  assert.equal(got.find((a) => a.text === 'Rebels')?.principal, undefined);
  const inside = actors(['Rebels in Liberia raided a border post.']);
  assert.equal(inside.find((a) => a.text === 'Rebels')?.principal, 'LBR');
});

test('a bare state body takes the country of the sentence’s other national bodies, a rebel group does not', () => {
  const got = actors(['Peruvian lawmakers on Monday urged the government to cut fuel taxes.']);
  assert.deepEqual(got.find((a) => a.text === 'government'), { text: 'government', principal: 'PER', sector: 'government' });
  const rebels = actors(['Ugandan troops fought the rebels for three days.']);
  assert.equal(rebels.find((a) => a.text === 'rebels'), undefined);
});

test('a bare agent in a document about one country is that country’s, where its sentence names no other', () => {
  const got = actors([
    'Nepal held elections in 2008.', 'Nepal wrote a constitution.', 'Nepal has a new cabinet.', 'The army said it would stay in barracks.',
  ]);
  assert.deepEqual(got.find((a) => a.text === 'army'), { text: 'army', principal: 'NPL', sector: 'military' });
  const other = actors(['Nepal held elections.', 'Nepal wrote a constitution.', 'Nepal has a cabinet.', 'The army met officers from India.']);
  assert.equal(other.find((a) => a.text === 'army'), undefined);
});

test('an agent word before a name describes the name, and a capitalised one mid-sentence is no bare agent', () => {
  const got = actors(['In Zambia, the opposition United Party held a rally.', 'In Zambia, voters backed the Army Cup final.']);
  assert.equal(got.some((a) => a.text === 'opposition' || a.text === 'Army'), false);
});

test('agents.yaml: a contextual sector no code maps to is a DATA_SCHEMA error', () => {
  const file: AgentsFile = { sectors: { COP: { sector: 'police', kind: 'body' } }, contextual: ['navy'], notAlone: [], ignore: [] };
  assert.throws(() => agentsOf([], file), (e: unknown) => (e as { code?: string }).code === 'DATA_SCHEMA');
});

test('Phoenix agent codes map by their first part; ignored phrases keep a sector but add no word', () => {
  const file: AgentsFile = { sectors: { GOV: { sector: 'government', kind: 'body' }, MED: { sector: 'media', kind: 'group' } }, contextual: ['government'], notAlone: [], ignore: ['tabloid'] };
  const src = { file: 'agents.txt', line: 1 };
  const a = agentsOf([
    { phrase: ['STATE', 'BROADCASTER'], code: 'GOVMED', place: 'after', source: src },
    { phrase: ['TABLOID'], code: 'MED', place: 'after', source: src },
    { phrase: ['F-16'], code: 'MIL', place: 'after', source: src },
    { phrase: ['UN', 'AGENCY'], code: 'IGO', place: 'before', source: src },
  ], file);
  assert.deepEqual(a.words, [{ form: 'state broadcaster', sector: 'government', kind: 'body' }]);
  assert.equal(a.sectorOf.get('tabloid'), 'media');
});

test("agents.yaml's own forms add words under their code; a phrase Phoenix has keeps its code", () => {
  const file: AgentsFile = {
    sectors: { GOV: { sector: 'government', kind: 'body' }, OPP: { sector: 'opposition', kind: 'group' } },
    contextual: [], notAlone: [], ignore: [], forms: { OPP: ['protest groups', 'state broadcaster'] },
  };
  const src = { file: 'agents.txt', line: 1 };
  const a = agentsOf([{ phrase: ['STATE', 'BROADCASTER'], code: 'GOVMED', place: 'after', source: src }], file);
  assert.deepEqual(a.words, [{ form: 'state broadcaster', sector: 'government', kind: 'body' }, { form: 'protest groups', sector: 'opposition', kind: 'group' }]);
  assert.throws(() => agentsOf([], { ...file, forms: { REB: ['rebel groups'] } }), (e: unknown) => (e as { code?: string }).code === 'DATA_SCHEMA');
});

test('a person of the Phoenix dictionary acts for the country of the role held at the sentence’s date', () => {
  const ctx = contextOf([['President Emile Lahoud received the envoys.', '2001-05-03']], '2001-05-03');
  stage(ctx);
  const a = ctx.actors[0];
  assert.equal(a?.kind, 'person');
  assert.equal(a?.principal, 'LBN');
});

test('"<agent> groups" names the agent: a phrase the agents file adds to the Phoenix words', () => {
  const got = actors(['Opposition groups in Togo staged a march against the constitutional change.']);
  assert.deepEqual(got.find((a) => a.text === 'Opposition groups'), { text: 'Opposition groups', principal: 'TGO', sector: 'opposition' });
  assert.deepEqual(actors(['Nepalese rebel groups laid down their arms.']), [{ text: 'Nepalese rebel groups', principal: 'NPL', sector: 'rebels' }]);
});

test("a bare state body takes the country of the sentence's officers where it names no other country's actor", () => {
  const got = actors(['In 2010 members of parliament called on President Yoweri Museveni to resign.']);
  assert.deepEqual(got.find((a) => a.text === 'members of parliament'), { text: 'members of parliament', principal: 'UGA', sector: 'legislature' });
  // Those asking him to help another country may be that country's as well as his.
  const abroad = actors(['In 2012 Parliament asked President Yoweri Museveni to help Kenya.']);
  assert.equal(abroad.find((a) => a.text === 'Parliament'), undefined);
});

test("an officer's agent word written as a title before a name no entry knows is the holder, of the country in context", () => {
  const got = actors(['In 2012 Judge Maria Lopes opened an investigation against three Brazilian government officials.']);
  assert.deepEqual(got.find((a) => a.text.startsWith('Judge')), { text: 'Judge Maria Lopes', principal: 'BRA', sector: 'judiciary' });
  // A word for many describes the name after it: no officer.
  assert.equal(actors(['In 2012 Police Commissioner Maria Lopes met Brazilian government officials.']).some((a) => a.sector === 'police'), false);
});

test("a plural demonym names the country's people, its civilians; the demonym itself stays the country", () => {
  assert.deepEqual(actors(['In 2011 young Tunisians blocked roads in the capital.']), [{ text: 'Tunisians', principal: 'TUN', sector: 'civilians' }]);
  assert.equal(actors(['In 2011 Tunisian officials left.']).some((a) => a.sector === 'civilians'), false);
});
