/**
 * The actors stage: finds who is named in each sentence (countries, organisations, bodies, persons,
 * offices, capitals standing for governments), resolves each to the principal it acts for at the
 * sentence's date, and marks places where something happens as locations.
 */
import type { DateInterval } from '../../core/model.js';
import { ActorFiles } from '../../knowledge/petrarch/index.js';
import { Tokens, fillSurfaceWords, phoenixPersonSurfaces, spanOfInterval, type DaySpan, type Gazetteer } from '../../knowledge/gazetteer/index.js';
import { loadLanguage } from '../language/index.js';
import type { ActorMention, DocumentContext, Stage } from '../types.js';
import { Composer, type DraftMention } from './_compose.js';
import { mentionContext } from './_context.js';
import { Mention } from './_mention.js';
import { addSurnameMentions } from './_later-mentions.js';
import { addOrganisationNounMentions } from './_organisation-nouns.js';
import { addIntroducedForms } from './_introduced-forms.js';
import { settleBracketedNames } from './_bracketed-names.js';
import { addCommunityMentions, loadCommunities } from './_communities.js';
import { addShortFormMentions } from './_short-forms.js';
import { Matcher } from './_trie.js';
import { Surnames } from './_office-surnames.js';

interface Compiled {
  matcher: Matcher;
  composer: Composer;
}

const compiled = new WeakMap<Gazetteer, Compiled>();

/** The matcher over the gazetteer's surfaces and, after them, the Phoenix dictionary's dated persons. */
function compile(g: Gazetteer, files: ActorFiles): Compiled {
  let c = compiled.get(g);
  if (!c) {
    const own = g.surfaces();
    // Their words once, from the cache: the matcher and the surnames both read them.
    fillSurfaceWords(own);
    // Organisations acting for themselves: an IGO's officers in the Phoenix files act for them.
    const organisations = [...g.organisations.values()].filter((o) => o.principal === o.id).map((o) => o.id);
    const all = [...own, ...phoenixPersonSurfaces(own, [...g.countries.keys()], files, undefined, organisations)];
    c = { matcher: new Matcher(all), composer: new Composer(g, new Surnames(all)) };
    compiled.set(g, c);
  }
  return c;
}

const ALL_TIME: DaySpan = { from: -Infinity, to: Infinity };

function spanOf(d: DateInterval | null | undefined): DaySpan {
  return d && (d.start !== null || d.end !== null) ? spanOfInterval(d) : ALL_TIME;
}

/**
 * The actors stage over a gazetteer. Fills `ctx.actors` for every sentence, in order. `actorFiles`
 * reads the Phoenix actor files for their persons (shared with the dictionary stage), else the stage's own.
 * @example
 * const stage = actorsStage(loadGazetteer());
 * stage(ctx); // ctx.actors: [{ text: 'Prime Minister Vučić', principal: 'SRB', kind: 'person', … }]
 */
export function actorsStage(gazetteer: Gazetteer, actorFiles = new ActorFiles()): Stage {
  // Compiled when the first document comes: the Phoenix persons' large files are read only by a run that extracts.
  let c: Compiled | undefined;
  const { organisationNouns, nameConnectors } = loadLanguage();
  const communities = loadCommunities();
  return (ctx: DocumentContext): void => {
    const { matcher, composer } = (c ??= compile(gazetteer, actorFiles));
    const context = mentionContext(ctx.published ? spanOf(ctx.published) : null);
    const bare: [DraftMention, ActorMention][] = [];
    // Consecutive sentences mostly share one date object: its day span is worked out once.
    let lastDate: DateInterval | null | undefined;
    let lastSpan = ALL_TIME;
    // One Tokens reads every sentence in turn: its arrays are allocated once per document.
    const tokens = new Tokens();
    for (const sentence of ctx.sentences) {
      tokens.read(sentence.text, sentence.tokens, sentence.start, ctx.text);
      const matches = matcher.matchAll(tokens);
      if (matches.length === 0) continue;
      const date = ctx.sentenceDates[sentence.index] ?? ctx.published;
      if (date !== lastDate) {
        lastDate = date;
        lastSpan = spanOf(date);
      }
      const span = lastSpan;
      context.sentence = sentence.index;
      const adjectives = new Set<number>();
      for (const t of sentence.tokens) if (t.pos === 'ADJ' && t.text === t.lower) adjectives.add(t.start - sentence.start);
      for (const d of composer.compose(tokens, matches, span, context, adjectives)) {
        const start = sentence.start + tokens.starts[d.from]!;
        const end = sentence.start + tokens.ends[d.to - 1]!;
        const mention = new Mention(sentence.index, start, end, ctx.text.slice(start, end), d.entryId, d.kind, d.principal, d.role, d.name);
        if (d.sector) mention.sector = d.sector;
        ctx.actors.push(mention);
        if ((d.bare || d.agent) && !d.principal) bare.push([d, mention]);
      }
    }
    // Bare titles and agents nothing before explained: the document's topic decides, once the whole text is read.
    for (const [d, mention] of bare) {
      composer.settle(d, context);
      mention.entryId = d.entryId;
      mention.principal = d.principal;
      mention.name = d.name;
    }
    // An agent alone that no context placed ("A new government was formed") names nobody.
    const unplaced = new Set(bare.filter(([d]) => d.agent && !d.principal).map(([, m]) => m));
    if (unplaced.size > 0) ctx.actors = ctx.actors.filter((m) => !unplaced.has(m));
    addSurnameMentions(ctx);
    addOrganisationNounMentions(ctx, organisationNouns);
    addShortFormMentions(ctx, gazetteer);
    settleBracketedNames(ctx, nameConnectors);
    addCommunityMentions(ctx, communities);
    addIntroducedForms(ctx);
  };
}
