import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadGazetteer } from '../../knowledge/gazetteer/index.js';
import { actorsStage } from './actors.js';
import { brief, contextOf } from './_fixture.js';

const stage = actorsStage(loadGazetteer());

function run(sentences: (string | [string, string])[], published: string | null = null) {
  const ctx = contextOf(sentences, published);
  stage(ctx);
  return ctx;
}
const mentions = (s: string | [string, string], published: string | null = null): string[] => brief(run([s], published).actors);

test('a country is found by its name in any case of diacritics, and a possessive ends the name', () => {
  assert.deepEqual(mentions('Montenegro’s parliament voted and Montenegro´s neighbours waited.'), [
    'Montenegro’s parliament→MNE', 'Montenegro→MNE',
  ]);
  assert.deepEqual(mentions('Talks with Kosova and Priština resumed.'), ['Kosova→XKX', 'Priština→XKX']);
  assert.deepEqual(mentions('Talks with Pristina resumed.'), ['Pristina→XKX']);
});

test('mention offsets point at the text they name', () => {
  const ctx = run(['First sentence.', 'Later the Croatian government replied to Ljubljana.']);
  for (const a of ctx.actors) assert.equal(ctx.text.slice(a.start, a.end), a.text);
  assert.deepEqual(brief(ctx.actors), ['Croatian government→HRV', 'Ljubljana→SVN']);
  assert.equal(ctx.actors[0]!.sentence, 1);
});

test('a title with a person resolves through the role held at the sentence date', () => {
  assert.deepEqual(mentions(['Prime Minister Plenković travelled to Sarajevo.', '2017-05']), [
    'Prime Minister Plenković→HRV', 'Sarajevo→BIH',
  ]);
  const ctx = run([['Prime Minister Plenkovic spoke.', '2017']]);
  assert.equal(ctx.actors[0]?.entryId, 'person:andrej-plenkovic');
});

test('"<demonym> <title>" without a name is the office of that country', () => {
  const ctx = run([['The Georgian Foreign Minister met his Armenian counterpart.', '2012']]);
  assert.deepEqual(brief(ctx.actors), ['Georgian Foreign Minister→GEO', 'Armenian→ARM']);
  assert.equal(ctx.actors[0]?.kind, 'person');
});

test('"<title> of <country> <person>" joins into one person mention', () => {
  const ctx = run([['The Minister of Foreign Affairs of Russia Sergey Lavrov arrived.', '2010']]);
  assert.deepEqual(brief(ctx.actors), ['Minister of Foreign Affairs of Russia Sergey Lavrov→RUS']);
  assert.equal(ctx.actors[0]?.entryId, 'person:sergey-lavrov');
});

test('organisations, their bodies and missions act for the organisation', () => {
  assert.deepEqual(mentions('KFOR and EULEX briefed the North Atlantic Council and UNMIK.'), [
    'KFOR→NATO', 'EULEX→EU', 'North Atlantic Council→NATO', 'UNMIK→UN',
  ]);
  assert.deepEqual(mentions('The Alliance and the Allies disagreed with the Union.'), [
    'The Alliance→NATO', 'the Allies→NATO', 'the Union→EU',
  ]);
});

test('"<country> <body>", "<body> of <country>" and possessive bodies act for the country', () => {
  assert.deepEqual(mentions("Russia's Defence Ministry and the Government of Albania replied."), [
    "Russia's Defence Ministry→RUS", 'Government of Albania→ALB',
  ]);
  assert.deepEqual(mentions('Ukrainian nationalists protested against the Moldovan authorities.'), [
    'Ukrainian nationalists→UKR', 'Moldovan authorities→MDA',
  ]);
});

test('an adjectival demonym with no body after it is the country', () => {
  const ctx = run(['Hungarian disinformation spread.']);
  assert.deepEqual(brief(ctx.actors), ['Hungarian→HUN']);
  assert.equal(ctx.actors[0]?.kind, 'country');
});

test('capitals and seats stand for governments', () => {
  assert.deepEqual(mentions('Tbilisi rejected what the White House and the Kremlin proposed.'), [
    'Tbilisi→GEO', 'the White House→USA', 'the Kremlin→RUS',
  ]);
  // Capitals that are also names or words elsewhere, but in such texts stand for their governments.
  assert.deepEqual(mentions('Sofia and Accra welcomed the deal; Lima and Valletta did not.'), [
    'Sofia→BGR', 'Accra→GHA', 'Lima→PER', 'Valletta→MLT',
  ]);
});

test('a place after in/at/over/near is a location; after from/to it stays an actor', () => {
  assert.deepEqual(mentions('Talks were held in Tbilisi and at the Kremlin over Ukraine.'), [
    'Tbilisi@GEO', 'the Kremlin→RUS', 'Ukraine@UKR',
  ]);
  assert.deepEqual(mentions('Fuel was sent from Romania to Moldova.'), ['Romania→ROU', 'Moldova→MDA']);
  assert.deepEqual(mentions('The EU mission in Brussels met NATO.'), ['EU mission→EU', 'Brussels@BEL', 'NATO→NATO']);
});

test('"city of <Name>" is a location, known to the gazetteer or not', () => {
  assert.deepEqual(mentions("Georgia's western city of Batumi and the town of Prizren."), [
    'Georgia→GEO', 'Batumi@GEO', 'Prizren@XKX',
  ]);
});

test('a bare capitalised title of an organisation resolves in the organisations named before it', () => {
  const ctx = run([
    ['The NATO Secretary General visited Tirana.', '2016-05'],
    ['There the Secretary General met the Prime Minister.', '2016-05'],
  ]);
  assert.deepEqual(brief(ctx.actors), [
    'NATO Secretary General→NATO', 'Tirana→ALB', 'Secretary General→NATO', 'Prime Minister→?',
  ]);
  assert.equal(ctx.actors[2]?.name, 'Jens Stoltenberg');
});

test('a bare country title is the office the text named before, when only one country\'s was named', () => {
  const ctx = run([
    ['The Moldovan Prime Minister met EU officials in Brussels.', '2016-03'],
    ['Romania and Ukraine were absent.', '2016-03'],
    ['Later the Prime Minister said talks went well.', '2016-03'],
  ]);
  assert.deepEqual(brief(ctx.actors).at(-1), 'Prime Minister→MDA');
  assert.equal(ctx.actors.at(-1)?.name, 'Pavel Filip');
  // Two prime ministers named long before: the bare title is left unresolved…
  const two = run([
    ['The Greek Prime Minister called the Macedonian Prime Minister.', '2018-06'],
    ['The talks lasted hours.', '2018-06'], ['Nothing was signed.', '2018-06'],
    ['The Prime Minister then left.', '2018-06'],
  ]);
  assert.equal(two.actors.at(-1)?.principal, null);
  // …unless the latest was named in the sentence before.
  const near = run([
    ['The Greek Prime Minister called the Macedonian Prime Minister.', '2018-06'],
    ['The Prime Minister then left.', '2018-06'],
  ]);
  assert.equal(near.actors.at(-1)?.principal, 'MKD');
});

test('a bare country title no office explains is the topic country\'s only where one country dominates the text', () => {
  const about = run([
    ['Georgia applied; Georgia waited.', '2019'], ['NATO welcomed the Georgian move.', '2019'],
    ['Russia objected.', '2019'], ['The President said Georgia would not wait.', '2019'],
  ]);
  assert.deepEqual(brief(about.actors).at(-2), 'President→GEO');
  assert.equal(about.actors.at(-2)?.name, 'Salome Zourabichvili');
  // A digest naming several governments about as often resolves nothing.
  const digest = run([
    ['Georgia and Russia argued; France and Georgia met.', '2019'], ['Russia and France agreed.', '2019'],
    ['The President said Georgia would not wait.', '2019'],
  ]);
  assert.equal(digest.actors.find((a) => a.text === 'President')?.principal, null);
});

test('Serbian Cyrillic names match their Latin entries', () => {
  assert.deepEqual(mentions(['Вучић је посетио Београд.', '2018']), ['Вучић→SRB', 'Београд→SRB']);
});

test('persons from a --dict file are matched and resolved like the package ones', async (t) => {
  const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'dyad-actors-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'dict.yaml');
  writeFileSync(file, [
    'persons:',
    '  - id: ana-example',
    '    name: Ana Exampleová',
    '    roles:',
    '      - { title: head-of-government, principal: MDA, from: 2031-01, to: null }',
  ].join('\n'));
  const own = actorsStage(loadGazetteer({ dictFiles: [file] }));
  const ctx = contextOf([['Prime Minister Ana Exampleova met the Moldovan Prime Minister.', '2032']]);
  own(ctx);
  assert.deepEqual(brief(ctx.actors), ['Prime Minister Ana Exampleova→MDA', 'Moldovan Prime Minister→MDA']);
  assert.equal(ctx.actors[1]?.name, 'Ana Exampleová');
});

test("an owner or modifier after a location word is an actor: \"over Ukraine's plans\", \"at the Turkey-led talks\"", () => {
  assert.deepEqual(mentions("Tension rose over Ukraine's plans at the Turkey-led talks."), ['Ukraine→UKR', 'Turkey→TUR']);
  assert.deepEqual(mentions("A depot in Ukraine's eastern city of Kharkiv burned."), ['Ukraine@UKR', 'Kharkiv@UKR']);
});

test('a body named by its seat acts for that government: "diplomats in Tbilisi"', () => {
  assert.deepEqual(mentions('Senior diplomats in Tbilisi welcomed the decision.'), ['diplomats→GEO', 'Tbilisi@GEO']);
});

test('historical state names stand for their successor principal', () => {
  assert.deepEqual(mentions(['Yugoslavia and the Soviet Union signed a treaty.', '1988']), ['Yugoslavia→SRB', 'Soviet Union→RUS']);
  assert.deepEqual(mentions(['The FRY army withdrew.', '1999']), ['FRY army→SRB']);
});

test('a demonym the country-data package spells otherwise, and patrols as a body of the state', () => {
  assert.deepEqual(mentions(['Ecuadorian patrols crossed the ridge.', '1981-01']), ['Ecuadorian patrols→ECU']);
  assert.deepEqual(mentions(['Ecuadoreans voted.', '1981-01']), ['Ecuadoreans→ECU']);
});

test('a movement in power stands for the state it governs; an armed movement out of power is a group of the country it fights in', () => {
  // Each entry of `governing` in data/actors/countries-extra.yaml, in power and out of it; out of power,
  // the movements data/actors/organisations.yaml lists as armed groups act for their country as a group.
  const kindOf = (s: [string, string]) => run([s]).actors[0]?.kind;
  assert.deepEqual(mentions(['Taliban fighters shelled Tajik posts.', '1998-05']), ['Taliban fighters→AFG', 'Tajik→TJK']);
  assert.deepEqual(mentions(['The Taliban government thanked Qatar.', '2023-02']), ['The Taliban government→AFG', 'Qatar→QAT']);
  assert.deepEqual(mentions(['Taliban fighters attacked a convoy near Kandahar.', '2009-06']), ['Taliban fighters→AFG']);
  assert.deepEqual(mentions(['Houthi authorities detained Emirati sailors.', '2019-08']), ['Houthi authorities→YEM', 'Emirati→ARE']);
  assert.deepEqual(mentions(['The Houthis marched on Saada.', '2004-07']), ['The Houthis→YEM']);
  assert.equal(kindOf(['The Houthis marched on Saada.', '2004-07']), 'group');
  assert.deepEqual(mentions(['Hamas police opened the gate to Egyptian trucks.', '2014-09']), ['Hamas police→PSE', 'Egyptian→EGY']);
  assert.deepEqual(mentions(['Hamas gunmen fired on Israeli buses.', '1996-02']), ['Hamas gunmen→PSE', 'Israeli→ISR']);
  assert.deepEqual(mentions(['The Khmer Rouge shelled Thai villages.', '1978-03']), ['Khmer Rouge→KHM', 'Thai→THA']);
  assert.deepEqual(mentions(['Sandinista troops crossed into Honduras.', '1986-03']), ['Sandinista troops→NIC', 'Honduras→HND']);
  // A movement that is no armed group of the list is no one out of power.
  assert.deepEqual(mentions(['The Sandinistas protested outside the Honduran embassy.', '1994-05']), ['Honduran embassy→HND']);
  assert.deepEqual(mentions(['The Sandinista government expelled the Costa Rican envoy.', '2010-11']), ['Sandinista government→NIC', 'Costa Rican envoy→CRI']);
  assert.deepEqual(mentions(['The HTS authorities received a Turkish delegation.', '2025-01']), ['HTS authorities→SYR', 'Turkish delegation→TUR']);
});

test('"<title> of <organisation>" is the office of that organisation', () => {
  const ctx = run([['The Secretary General of the OSCE travelled to Skopje.', '2019']]);
  assert.deepEqual(brief(ctx.actors), ['Secretary General of the OSCE→OSCE', 'Skopje→MKD']);
});

test('a bare title with nothing named before it stays unresolved', () => {
  const ctx = run([['The Prime Minister resigned.', '2019']]);
  assert.equal(ctx.actors.length, 1);
  assert.equal(ctx.actors[0]?.principal, null);
});

test('acronyms match only in capitals; capitalised aliases only capitalised', () => {
  assert.deepEqual(mentions('SHAPE planners met EU officials.'), ['SHAPE→NATO', 'EU officials→EU']);
  assert.deepEqual(mentions('They shape policy as nato does not.'), []);
});

test('a national security council is the country\'s; "the Security Council" alone is the UN\'s', () => {
  assert.deepEqual(mentions('The Russian Security Council met before the Security Council voted.'), [
    'Russian Security Council→RUS', 'the Security Council→UN',
  ]);
  assert.deepEqual(mentions('The CSTO Collective Security Council agreed.'), ['CSTO Collective Security Council→CSTO']);
});

test('a direction word between the location word and the place keeps it a location', () => {
  assert.deepEqual(mentions('Clashes erupted in southern Georgia and in the eastern Ukraine.'), ['Georgia@GEO', 'Ukraine@UKR']);
});

test('Brussels stands for the EU as an actor and lies in Belgium as a place', () => {
  assert.deepEqual(mentions('Brussels insisted on reforms at the summit in Brussels.'), ['Brussels→EU', 'Brussels@BEL']);
});

test('an unknown name after a title joins the office mention and names its holder', () => {
  const ctx = run([['The Lebanese President Michel Suleiman met the Prime Minister on Monday.', '2008-08']]);
  assert.deepEqual(brief(ctx.actors), ['Lebanese President Michel Suleiman→LBN', 'Prime Minister→?']);
  assert.equal(ctx.actors[0]?.name, 'Michel Suleiman');
  // A new name is a new holder, not the president named before.
  const other = run([['The Lebanese President Michel Suleiman met President Bashar Jaafari.', '2008-08']]);
  assert.deepEqual(brief(other.actors), ['Lebanese President Michel Suleiman→LBN', 'President Bashar Jaafari→?']);
  // A weekday after a title is no name.
  assert.deepEqual(mentions(['The Serbian Defence Minister Monday said so.', '2010']), ['Serbian Defence Minister→SRB']);
});

test('"the government of <person>" acts for the person\'s principal', () => {
  assert.deepEqual(mentions(['The government of Prime Minister Plenković resigned; the cabinet of Putin stayed.', '2018']), [
    'government of Prime Minister Plenković→HRV', 'cabinet of Putin→RUS',
  ]);
});

test('Serbian names in either script find the same entries', () => {
  assert.deepEqual(mentions(['Влада Србије, Русија, ЕУ и НАТО; Vlada Srbije i Evropska unija.', '2016']), [
    'Влада Србије→SRB', 'Русија→RUS', 'ЕУ→EU', 'НАТО→NATO', 'Vlada Srbije→SRB', 'Evropska unija→EU',
  ]);
});

test('"the alliance" and "the bloc" stand for NATO and the EU only once the text has named them', () => {
  const ctx = run([
    'The alliance between the two parties held.',
    'NATO met in Vilnius, and the alliance agreed; the bloc said nothing.',
    'Then the EU met, and the bloc agreed.',
  ]);
  assert.deepEqual(brief(ctx.actors), ['NATO→NATO', 'Vilnius@LTU', 'the alliance→NATO', 'EU→EU', 'the bloc→EU']);
});

test('nationality adjective + noun: state bodies act for the state, non-state groups stand for its people', () => {
  const ctx = run([['Kazakh authorities asked for help as Uzbek officials, the Azeri ambassador and Armenian protesters watched.', '2022-01']]);
  assert.deepEqual(brief(ctx.actors), ['Kazakh authorities→KAZ', 'Uzbek officials→UZB', 'Azeri ambassador→AZE', 'Armenian protesters→ARM']);
  assert.deepEqual(ctx.actors.map((a) => a.kind), ['body', 'body', 'body', 'group']);
  assert.deepEqual(mentions(['The Belarusian leader and a Slovenian spokeswoman spoke; the Moldovan side agreed.', '2021']), [
    'Belarusian leader→BLR', 'Slovenian spokeswoman→SVN', 'Moldovan→MDA',
  ]);
});

test('peoples in the plural stand for their country; ethnic groups and compound communities do not mislead', () => {
  assert.deepEqual(mentions(['Georgians and Azerbaijanis voted; Poles and Finns waited.', '2020']), [
    'Georgians→GEO', 'Azerbaijanis→AZE', 'Poles→POL', 'Finns→FIN',
  ]);
  assert.deepEqual(mentions(['Ethnic Hungarians in Ukraine and Bosnian Serbs protested.', '2019']), ['Ukraine@UKR', 'Bosnian Serbs→BIH']);
});

test('a name hyphenated to a stance or an origin is no actor: "pro-Russian", "Russian-backed", "Moscow-based"', () => {
  assert.deepEqual(mentions(['Pro-Russian separatists and Turkish-backed fighters clashed with anti-EU activists.', '2015']), []);
  assert.deepEqual(mentions(['A Moscow-based analyst said Russian-speaking residents of a Serb-majority town left.', '2015']), []);
  // A name after "inter-" names the region's states together, not one of them.
  assert.deepEqual(mentions(['Delegates of the Inter-American Commission met in 1979.', '1979']), []);
  // Leading, brokering or sponsoring is acting.
  assert.deepEqual(mentions(['The Turkey-led talks and a Russian-sponsored resolution failed.', '2015']), ['Turkey→TUR', 'Russian→RUS']);
});

test('breakaway regions and cities are places of their country; people in a town stand for its country', () => {
  assert.deepEqual(mentions(['Russian troops entered South Ossetia and stayed in Transnistria and Karabakh.', '2008-08']), [
    'Russian troops→RUS', 'South Ossetia@GEO', 'Transnistria@MDA', 'Karabakh@AZE',
  ]);
  assert.deepEqual(mentions(['Protesters in Almaty met officials in Kishinev.', '2022-01']), [
    'Protesters→KAZ', 'Almaty@KAZ', 'officials→MDA', 'Kishinev@MDA',
  ]);
  // Troops in a region may be another state's: no guess.
  assert.deepEqual(mentions(['Troops in Crimea were reinforced.', '2014-03']), ['Crimea@UKR']);
});

test('a demonym a territory shares is the UN member state\'s: "Norwegian" is Norway, not Svalbard', () => {
  assert.deepEqual(mentions(['The Norwegian parliament and Indian diplomats met Norwegians.', '2020']), [
    'Norwegian parliament→NOR', 'Indian diplomats→IND', 'Norwegians→NOR',
  ]);
});

test('weapons and craft act for the state that fields them', () => {
  assert.deepEqual(mentions(['Kenyan aircraft shot down Ugandan drones; Russian missiles hit Ukrainian air defences.', '2021']), [
    'Kenyan aircraft→KEN', 'Ugandan drones→UGA', 'Russian missiles→RUS', 'Ukrainian air defences→UKR',
  ]);
});

test('"the Council" is the Council of the EU once the EU is named, and gives way to "the Council of Europe"', () => {
  const ctx = run(['The EU met Iceland.', 'Then the Council decided not to open chapters.', 'The Council of Europe objected.']);
  assert.deepEqual(brief(ctx.actors), ['EU→EU', 'Iceland→ISL', 'the Council→EU', 'Council of Europe→COE']);
  assert.equal(ctx.actors[2]?.entryId, 'EU-CON');
  assert.deepEqual(mentions('The Council met on Monday.'), []);
});

test('portfolio ministers, deputies and officers act for their state; a deputy is not the minister', () => {
  assert.deepEqual(mentions(['The Norwegian trade minister, Malian generals and the Russian Deputy Foreign Minister came.', '2021']), [
    'Norwegian trade minister→NOR', 'Malian generals→MLI', 'Russian Deputy Foreign Minister→RUS',
  ]);
  const ctx = run([['Russian Deputy Foreign Minister Sergei Ryabkov spoke.', '2021']]);
  assert.equal(ctx.actors[0]?.kind, 'body');
});

test('a wire story\'s dateline is where it was filed, not an actor', () => {
  assert.deepEqual(mentions(['BAKU, Sept 14 (Reuters) - Azerbaijan said Armenian forces fired first.', '2022-09-14']), [
    'BAKU@AZE', 'Azerbaijan→AZE', 'Armenian forces→ARM',
  ]);
  assert.deepEqual(mentions(['CHISINAU, Moldova (AP) - Moldova applied.', '2022-03']), ['CHISINAU@MDA', 'Moldova@MDA', 'Moldova→MDA']);
  // A capital opening a sentence in ordinary case, or a list of names in capitals, stays an actor.
  assert.deepEqual(mentions(['Baku, in turn, objected.', '2022']), ['Baku→AZE']);
  assert.deepEqual(mentions(['NATO, Russia and Ukraine met.', '2022']), ['NATO→NATO', 'Russia→RUS', 'Ukraine→UKR']);
});

test('ruling parties, state agencies and missions of other dyads act for their principal', () => {
  assert.deepEqual(mentions(['Georgian Dream, Fidesz and the SBU replied to Gazprom and the EUMM.', '2023']), [
    'Georgian Dream→GEO', 'Fidesz→HUN', 'SBU→UKR', 'Gazprom→RUS', 'EUMM→EU',
  ]);
});

test('"<title> <name> of <country>" is one mention of that country\'s office, the name known or not', () => {
  assert.deepEqual(mentions(['Prime Minister Jonas Gahr Støre of Norway met President Sauli Niinistö of Finland.', '2022']), [
    'Prime Minister Jonas Gahr Støre of Norway→NOR', 'President Sauli Niinistö of Finland→FIN',
  ]);
  // A town after the name is no country of the office.
  assert.deepEqual(mentions(['Prime Minister Ivan Petrenko of Kharkiv resigned.', '2022']), ['Prime Minister Ivan Petrenko→?', 'Kharkiv@UKR']);
});

test('"the Council" is the council of the organisation among EU, NATO and UN named last', () => {
  const ctx = run(['The EU and then NATO met.', 'The Council agreed.', 'At the UN, the Council voted.']);
  assert.deepEqual(ctx.actors.filter((a) => a.text.endsWith('Council')).map((a) => a.entryId), ['NATO-NAC', 'UNSC']);
});

test('an elected holder not yet in office joins the title: "President-elect Donald Trump"', () => {
  assert.deepEqual(mentions(['President-elect Donald Trump called Prime Minister-elect Ana Example.', '2016-12']), [
    'President-elect Donald Trump→USA', 'Prime Minister-elect Ana Example→?',
  ]);
});

test('"his government", "its forces": the body of the one actor named before in the sentence', () => {
  assert.deepEqual(mentions(['Lukashenko said his government would respond.', '2021']), ['Lukashenko→BLR', 'government→BLR']);
  assert.deepEqual(mentions(['Serbia raised the readiness of its army.', '2022']), ['Serbia→SRB', 'army→SRB']);
  // Two candidates, or an unknown name in between: no guess.
  assert.deepEqual(mentions(['Kuwait will restore ties with Libya years after crowds trashed its embassy.', '2013']), ['Kuwait→KWT', 'Libya→LBY']);
  const ctx = run(['Armenia protested.', 'Its government recalled the envoy.', 'Then Zorbania said its army would wait.']);
  assert.deepEqual(brief(ctx.actors), ['Armenia→ARM', 'government→ARM']);
});

test('a named armed movement is a group of the country it fights in or for', () => {
  assert.deepEqual(mentions('In 1996 the Tamil Tigers attacked an Indian patrol boat.'), ['Tamil Tigers→LKA', 'Indian→IND']);
  const ctx = run(['Renamo fighters and the FARC signed nothing in 2004.']);
  // (an agent word after the movement's name is its armed part, of the same country)
  assert.deepEqual(brief(ctx.actors), ['Renamo fighters→MOZ', 'FARC→COL']);
});
