/**
 * The grammar stage on sentences of our own: verb groups (voice, tense, negation, modals, the word
 * that governs an infinitive, a that-clause, a reported clause or a quotation), noun phrases with
 * their head, coordination and apposition, and the document's topics on the context.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createStages, readDocument } from '../extract.js';
import { grammarOf, isPassive, subjectOf, type SentenceView, type VerbGroup } from './index.js';

const stages = createStages().filter((s) => s.name !== 'events' && s.name !== 'milestones' && s.name !== 'indicators');

function read(text: string): SentenceView[] {
  const ctx = readDocument(text, { published: '2015-06' });
  for (const s of stages) s.run(ctx);
  return grammarOf(ctx).sentences;
}

/** The verb group of the word `word` in the first sentence of `text`. */
function group(text: string, word: string): VerbGroup {
  const v = read(text)[0] as SentenceView;
  const g = v.verbGroups().find((x) => v.tokens[x.head]?.lower === word);
  assert.ok(g, `no verb group on '${word}' in: ${v.verbGroups().map((x) => v.tokens[x.head]?.text).join(', ')}`);
  return g;
}

const governorWord = (text: string, word: string): string | undefined => {
  const v = read(text)[0] as SentenceView;
  const g = v.verbGroups().find((x) => v.tokens[x.head]?.lower === word);
  return g && g.governor >= 0 ? `${v.lemmas[g.governor]} ${g.governed}` : undefined;
};

describe('grammar: verb groups', () => {
  it('reads a participle spelt as its base form after "be" or "get" as passive ("was hit", "were cut")', () => {
    assert.equal(group('Namibia was hit with tariffs by Angola.', 'hit').voice, 'passive');
    assert.equal(group('Zambian exports were cut by Malawi.', 'cut').voice, 'passive');
    assert.equal(group('Angola did not hit Namibia.', 'hit').voice, 'active');
  });

  it('reads a bare verb right after "help" as its infinitive ("pledged to help rebuild")', () => {
    assert.equal(governorWord('South Korea pledged to help rebuild schools in Laos.', 'rebuild'), 'help infinitive');
    assert.equal(group('South Korea pledged to help rebuild schools in Laos.', 'rebuild').form, 'infinitive');
  });

  it('reads a hyphenated verb after "to" or a modal as that verb, though the tagger reads a noun', () => {
    assert.equal(governorWord('Botswana agreed to re-open its border with Zambia.', 're-open'), 'agree infinitive');
    const g = group('Zambia will re-impose its levy on Botswana copper.', 're-impose');
    assert.equal(g.tense, 'future');
    // Not a noun of the same spelling after a determiner.
    assert.equal(read('The re-opening of the border was delayed.')[0]?.verbGroups().some((x) => x.lemma === 're-opening' && x.form === 'infinitive'), false);
  });
  it('reads negation, perfect and past through auxiliaries and adverbs', () => {
    const g = group('Peru has not yet ratified the treaty.', 'ratified');
    assert.equal(g.negated, true);
    assert.equal(g.voice, 'active');
    assert.equal(g.form, 'finite');
    assert.equal(group("Chile didn't sign the accord.", 'sign').negated, true);
    assert.equal(group('Chile signed the accord in 2011.', 'signed').tense, 'past');
  });

  it('reads the future (will, going to) and modals apart', () => {
    assert.equal(group('Ghana will meet Togo next week.', 'meet').tense, 'future');
    const going = group('Benin and Niger were not going to be invited.', 'invited');
    assert.deepEqual([going.tense, going.voice, going.negated], ['future', 'passive', true]);
    const could = group('Mali could join the alliance.', 'join');
    assert.deepEqual([could.modal, could.tense], ['could', 'present']);
  });

  it('reads the passive and the conditional clause', () => {
    assert.equal(group('Sanctions were imposed on Belarus in 2020.', 'imposed').voice, 'passive');
    assert.equal(group('If Kenya signs the deal, Somalia will protest.', 'signs').conditional, true);
    assert.equal(group('If Kenya signs the deal, Somalia will protest.', 'protest').conditional, false);
  });

  it('finds what governs an infinitive: a verb, an adjective of readiness, a verb past its object', () => {
    assert.equal(governorWord('In 2009 Venezuela threatened to cut ties with Colombia.', 'cut'), 'threaten infinitive');
    assert.equal(governorWord('Egypt is ready to hold talks with Sudan.', 'hold'), 'ready infinitive');
    assert.equal(governorWord('In 2014 Estonia urged Germany to send more troops.', 'send'), 'urge infinitive');
    assert.equal(group('In 2014 Estonia urged Germany to send more troops.', 'send').form, 'infinitive');
  });

  it('attaches a clause to the reporting verb over it, with or without "that", and a quotation to its sayer', () => {
    assert.equal(governorWord('Kyiv said that Russia had shelled Kharkiv.', 'shelled'), 'say that');
    assert.equal(governorWord('Kyiv said Russia had shelled Kharkiv.', 'shelled'), 'say reported');
    assert.equal(governorWord('"We will respond firmly," the Iranian foreign minister said.', 'respond'), 'say quote');
  });
});

describe('grammar: noun phrases', () => {
  const phrases = (text: string) => {
    const v = read(text)[0] as SentenceView;
    return v.nounPhrases().map((p) => ({
      text: v.tokens.slice(p.first, p.last + 1).map((t) => t.text).join(' '),
      head: v.tokens[p.head]?.text,
      principals: p.parties.map((a) => v.actors[a]?.principal),
      group: p.group,
      sharesHead: p.sharesHead,
      apposition: p.apposition,
    }));
  };

  it('groups "A, B and C" as one coordination', () => {
    const ps = phrases('Estonia, Latvia and Lithuania asked Poland for help.');
    assert.deepEqual(ps.slice(0, 3).map((p) => [p.text, p.group]), [['Estonia', 0], ['Latvia', 0], ['Lithuania', 0]]);
    assert.equal(ps[3]?.group, -1);
  });

  it('reads a headline\'s participle as a passive, and a past tense after a subject with its article or an actor as active', () => {
    const passive = (text: string, word: string): boolean => {
      const v = read(text)[0] as SentenceView;
      return isPassive(v, v.tokens.findIndex((t) => t.lower === word));
    };
    assert.equal(passive('**12 March 2014.** Association agreement signed in Lima.', 'signed'), true);
    assert.equal(passive('**12 May 2015.** Border crossing reopened after talks.', 'reopened'), true);
    assert.equal(passive('**12 March 2014.** Both sides agreed in Lima that talks would resume.', 'agreed'), false);
    assert.equal(passive('**12 March 2014.** Peru signed in Lima.', 'signed'), false);
    assert.equal(passive('**12 March 2014.** Association agreement signed the way for talks.', 'signed'), false);
  });

  it('takes every conjunct of a subject, past a conjunct\'s article: "Chile, the UAE and Egypt"', () => {
    const v = read('In 2009 Chile, the UAE and Egypt recalled their envoys from Fiji.')[0] as SentenceView;
    const verb = v.tokens.findIndex((t) => t.lower === 'recalled');
    const s = subjectOf(v, verb);
    assert.ok(s && 'parties' in s);
    assert.deepEqual(s.parties.map((p) => p.principal), ['CHL', 'ARE', 'EGY']);
  });

  it('reads a conjunction between two adjectives as inside the phrase, no clause boundary: "separate but parallel accords"', () => {
    const v = read('In 2011 Chile and Peru signed separate but parallel accords with Bolivia.')[0] as SentenceView;
    const but = v.tokens.findIndex((t) => t.lower === 'but');
    assert.equal(v.soft[but], 0);
    const w = read('In 2011 Chile signed the accord, but Peru did not.')[0] as SentenceView;
    assert.equal(w.soft[w.tokens.findIndex((t) => t.lower === 'but')], 1);
  });

  it('reads a dash written between two words as inside a compound, no phrase boundary: "a week-old blockade"', () => {
    const v = read('In 2012 the Turkish army lifted a week-old blockade on Syrian lorries.')[0] as SentenceView;
    assert.equal(v.soft[v.tokens.findIndex((t) => t.text === '-')], 0);
    const w = read('In 2012 the army lifted the blockade - a week old - on Syrian lorries.')[0] as SentenceView;
    assert.equal(w.soft[w.tokens.findIndex((t) => t.text === '-')], 1);
  });

  it('governs a bare verb coordinated with a demanded one as that one is: "demanded that Chile release … and pay"', () => {
    assert.equal(governorWord('In 2012 Bolivia demanded that Chile release the prisoners and pay compensation.', 'pay'), 'demand that');
    assert.equal(governorWord('In 2009 Benin urged Niger to free the prisoners and pay compensation.', 'pay'), 'urge infinitive');
    // (a verb with a subject of its own is its own clause's)
    assert.equal(governorWord('In 2009 Benin urged Niger to free the prisoners and Togo paid compensation.', 'paid'), undefined);
  });

  it('lets a modifier-only conjunct share the next head: "Greek and Turkish officials"', () => {
    const ps = phrases('Greek and Turkish officials met in Athens in 2016.');
    assert.deepEqual(ps.slice(0, 2).map((p) => [p.text, p.head, p.principals, p.sharesHead]), [
      ['Greek', 'Greek', ['GRC'], true],
      ['Turkish officials', 'officials', ['TUR'], false],
    ]);
  });

  it('reads an apposition between commas, and splits a phrase after its head ("Cyprus | next week")', () => {
    const ps = phrases("Anders Fogh Rasmussen, NATO's secretary general, visited Tbilisi.");
    assert.equal(ps[1]?.apposition, 0);
    assert.deepEqual(phrases('Serbia met Cyprus next week.').map((p) => p.text), ['Serbia', 'Cyprus', 'next week']);
  });
});

describe('grammar: the document', () => {
  it('leaves the topic country and organisation on the context; the later stages need it to have run', () => {
    const ctx = readDocument('Georgia asked NATO for a plan. Georgia and NATO met in 2008. Russia protested.');
    assert.throws(() => grammarOf(ctx), /grammar stage has not read this document/);
    for (const s of stages) s.run(ctx);
    assert.deepEqual(grammarOf(ctx).topics, { country: 'GEO', organisation: 'NATO' });
  });
});

describe('grammar: subjects', () => {
  it('a relative clause after a noun that names no actor has no party for subject, not an actor further back', () => {
    const v = read('Chile praised its police, as many admired the Nordic countries that joined the pact.')[0] as SentenceView;
    const at = v.tokens.findIndex((t) => t.lower === 'joined');
    assert.deepEqual(subjectOf(v, at), { parties: [] });
    // "…with Polish President Duda, who pledged": a relative after a comma still reaches its actor.
    const w = read('Peru met Bolivia, who pledged support.')[0] as SentenceView;
    const r = subjectOf(w, w.tokens.findIndex((t) => t.lower === 'pledged'));
    assert.ok(r && 'parties' in r && r.parties[0]?.principal === 'BOL');
  });

  it('reads a relative pronoun followed by a subject of its own as the object: "refugees, whom the authorities blame"', () => {
    const v = read('In 2010 Ghanaian police detained Togolese refugees, whom the authorities blame for the riots.')[0] as SentenceView;
    assert.deepEqual(subjectOf(v, v.tokens.findIndex((t) => t.lower === 'blame')), { parties: [] });
    const w = read('In 2009 Chile signed the accord, which Peru rejected.')[0] as SentenceView;
    const r = subjectOf(w, w.tokens.findIndex((t) => t.lower === 'rejected'));
    assert.ok(r && 'parties' in r && r.parties[0]?.principal === 'PER');
  });

  it('passes over a relative clause between commas to the party it describes: "Ghana, which borders Togo, accused …"', () => {
    for (const text of ['In 2011 Ghana, which borders Togo, accused Benin of harbouring rebels.', 'In 2011 Ghana, whose troops had entered Togo, accused Benin of harbouring rebels.']) {
      const v = read(text)[0] as SentenceView;
      const r = subjectOf(v, v.tokens.findIndex((t) => t.lower === 'accused'));
      assert.ok(r && 'parties' in r);
      assert.deepEqual(r.parties.map((p) => p.principal), ['GHA'], text);
    }
  });
});
