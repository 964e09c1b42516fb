/**
 * Turns a sentence's raw matches into actor mentions: joins "<country> <title> <person>",
 * "<title> of <country>", "<demonym> <body>" and "<person>'s <body>" into one mention, resolves it to
 * its principal at the sentence's date, and tells places where something happens from actors.
 */
import {
  overlap, type DaySpan, type Gazetteer, type PersonEntry, type RoleTitle, type TitleEntry, type Tokens,
} from '../../knowledge/gazetteer/index.js';
import type { ActorKind, MentionRole } from '../types.js';
import type { Match } from './_trie.js';
import { personPrincipal } from './_resolve.js';
import { dominantCountry, type BareTitle, type MentionContext } from './_context.js';
import { wordSets } from './_words.js';
import type { Surnames } from './_office-surnames.js';

/** A mention before it is placed in the document (token offsets into the sentence). */
export interface DraftMention {
  from: number;
  to: number;
  entryId: string;
  kind: ActorKind;
  principal: string | null;
  role: MentionRole;
  name: string;
  /** Set on a bare country title left for the document's topic to decide (see Composer.settle). */
  bare: BareTitle | undefined;
  /** The person named, where `entryId` is `person:<id>`. */
  person: PersonEntry | undefined;
  /** The sector of the principal that acts ("police"), where the words say. */
  sector: string | undefined;
  /**
   * An agent named alone ("the rebels", "police") whose principal the context decides (see
   * resolveAgents), with whether its sentence names any principal; undefined for every other mention.
   */
  agent: { named: boolean } | undefined;
}

const NO_TITLES: readonly RoleTitle[] = [];

const NO_OFFSETS: ReadonlySet<number> = new Set();

/** Adjectives between a people and its body, at most ("Chilean naval authorities"). */
const MAX_ADJECTIVES = 2;

const ORG_TITLES: ReadonlySet<RoleTitle> = new Set([
  'secretary-general', 'deputy-secretary-general', 'high-representative', 'commander',
]);

interface Phrase {
  from: number;
  to: number;
  /** Index of the match after the phrase. */
  next: number;
  ref: Match | undefined;
  title: Match | undefined;
  body: Match | undefined;
  person: Match | undefined;
  /** A name after the title that no entry knows ("President Michel Suleiman"). */
  unknownName: string | undefined;
}

/** Words of an unknown name after a title, at most. */
const NAME_WORDS = 3;

type Kind = 'ref' | 'title' | 'body' | 'person';

function kindOf(m: Match): Kind {
  switch (m.target.type) {
    case 'title': return 'title';
    case 'body': return 'body';
    case 'person': return 'person';
    default: return 'ref';
  }
}

export class Composer {
  private readonly words: ReturnType<typeof wordSets>;

  constructor(private readonly g: Gazetteer, private readonly surnames: Surnames | null = null) {
    this.words = wordSets(g);
  }

  /** The sentence's adjectives in lower case, by their offset in it (see compose()). */
  private adjectives: ReadonlySet<number> = NO_OFFSETS;

  /**
   * The mentions of one sentence, in order. `ctx` is read and updated. `adjectives`: the offsets in the
   * sentence of its lower-case adjectives, which may stand between a people and its body ("French
   * maritime authorities").
   */
  compose(tokens: Tokens, found: readonly Match[], span: DaySpan, ctx: MentionContext, adjectives: ReadonlySet<number> = NO_OFFSETS): DraftMention[] {
    this.adjectives = adjectives;
    const out: DraftMention[] = [];
    let matches = found;
    for (let k = 0; k < matches.length; ) {
      const c = matches[k]!.target;
      if (c.type === 'contextual') {
        // "the alliance" is NATO only once the document has named NATO; before that it is a common noun.
        // "the Council" is the council of the organisation named last of those that have one.
        const id = this.contextualId(c.ids ?? [c.id], ctx);
        if (!id) {
          k++;
          continue;
        }
        if (id !== c.id) {
          if (matches === found) matches = found.slice();
          (matches as Match[])[k] = { ...matches[k]!, target: { type: 'contextual', id, entry: this.g.organisations.get(id)! } };
        }
      }
      const phrase = this.phraseAt(tokens, matches, k);
      const next = phrase.next;
      k = next;
      const m = this.mentionOf(tokens, phrase, span, ctx, matches[next], out);
      if (!m) continue;
      out.push(m);
      this.remember(m, ctx, phrase.title ? this.title(phrase.title).titles : NO_TITLES, span);
    }
    this.settlements(tokens, matches, out);
    this.resolveAgents(tokens, out);
    // "KYIV, Ukraine (AP) -": the country after a dateline's place is where, too.
    const [d0, d1] = out;
    if (d0 && d1 && d0.from === 0 && d0.role === 'location' && d0.kind === 'metonym' && isDateline(tokens, d0) &&
      d1.kind === 'country' && d1.from === d0.to + 1 && tokens.fold(d0.to) === ',' && tokens.fold(d1.to) !== "'s") d1.role = 'location';
    return out;
  }

  /** Of a common-noun name's organisations, the one whose principal the text named last, or null. */
  private contextualId(ids: readonly string[], ctx: MentionContext): string | null {
    let best: string | null = null;
    let at = -1;
    for (const id of ids) {
      const i = ctx.organisations.lastIndexOf(this.g.organisations.get(id)?.principal ?? id);
      if (i > at) [best, at] = [id, i];
    }
    return best;
  }

  /** The longest phrase starting at match k, and the index of the match after it. */
  private phraseAt(tokens: Tokens, ms: readonly Match[], k: number): Phrase {
    const first = ms[k]!;
    const p = phrase(first.from, first.to, k + 1, first);
    let i = k + 1;
    const titleEntry = p.title ? this.title(p.title) : undefined;
    for (; i < ms.length; i++) {
      const m = ms[i]!;
      const kind = kindOf(m);
      const adj = m.from === p.to;
      const poss = m.from === p.to + 1 && tokens.isPossessive(p.to);
      const of = ofLink(tokens, p.to, m.from);
      if (kind === 'ref' && of && !p.ref && !p.person && (p.title || p.body) && !this.isTownOrRegion(m)) p.ref = m;
      // "the government of (President) Viktor Yanukovych": a body of the person's principal.
      else if (kind === 'person' && of && p.body && !p.ref && !p.title && !p.person) p.person = m;
      else if (kind === 'title' && of && p.body && !p.ref && !p.title && !p.person && ms[i + 1]?.target.type === 'person' && ms[i + 1]!.from === m.to) p.title = m;
      else if (kind === 'title' && (adj || poss) && p.ref && !p.title && !p.body && !p.person) p.title = m;
      else if (kind === 'body' && (adj || poss) && (p.ref || p.person) && !p.title && !p.body) p.body = m;
      else if (kind === 'body' && p.ref && !p.person && !p.title && !p.body && this.adjectivesBetween(tokens, p, m.from)) p.body = m;
      else if (kind === 'person' && adj && p.title && !p.person && !(titleEntry ?? this.title(p.title)).plural) p.person = m;
      else break;
      p.to = m.to;
    }
    if (p.title && !p.person && !(titleEntry ?? this.title(p.title)).plural) this.unknownNameAfter(tokens, p, ms[i]);
    // "Prime Minister Jonas Gahr Støre of Norway": the holder's country after the name.
    const after = ms[i];
    if (after && p.title && !p.ref && (p.person || p.unknownName !== undefined) && kindOf(after) === 'ref' &&
      ofLink(tokens, p.to, after.from) && !this.isTownOrRegion(after)) {
      p.ref = after;
      p.to = after.to;
      i++;
    }
    p.next = i;
    return p;
  }

  /**
   * One or two adjectives are all that stand between a people or a country's possessive and a body
   * ("Chilean naval authorities", "Kenya's new government"): the body is theirs.
   */
  private adjectivesBetween(tokens: Tokens, p: Phrase, next: number): boolean {
    const t = p.ref!.target.type;
    let from = p.to;
    if (tokens.isPossessive(from)) from++;
    else if (t !== 'demonym') return false;
    if (next - from < 1 || next - from > MAX_ADJECTIVES) return false;
    for (let i = from; i < next; i++) if (!this.adjectives.has(tokens.starts[i]!)) return false;
    return true;
  }

  /** Capitalised words right after a title that no entry covers are the holder's name. */
  private unknownNameAfter(tokens: Tokens, p: Phrase, next: Match | undefined): void {
    const limit = Math.min(tokens.length, p.to + NAME_WORDS, next ? next.from : Infinity);
    let end = p.to;
    while (end < limit && isNameWord(tokens.raw(end)) && !this.words.notNames.at(tokens, end)) end++;
    if (end === p.to) return;
    // A name runs into no further capitalised word or known entry; otherwise it is something else.
    if (end < tokens.length && (next?.from === end || (isNameWord(tokens.raw(end)) && !this.words.notNames.at(tokens, end)))) return;
    p.unknownName = tokens.rawRange(p.to, end);
    p.to = end;
  }

  /** "the army of Preševo" names no government: only countries, organisations and capitals do. */
  private isTownOrRegion(m: Match): boolean {
    if (m.target.type !== 'place') return false;
    const kind = m.target.entry.kind;
    return kind === 'city' || kind === 'region';
  }

  private title(m: Match): TitleEntry {
    return (m.target as { entry: TitleEntry }).entry;
  }

  private mentionOf(
    tokens: Tokens, p: Phrase, span: DaySpan, ctx: MentionContext, following: Match | undefined,
    before: readonly DraftMention[],
  ): DraftMention | null {
    // "pro-Russian separatists", "Russian-backed rebels", "ethnic Albanians": the name is no actor here.
    if (p.ref && p.ref.from === p.from && this.isAffiliation(tokens, p.ref)) return null;
    // "the Taliban" in 1990 or "Hamas police" in 2004: a movement out of power acts for no state.
    if (p.ref && outOfPower(p.ref, span)) return null;
    const refPrincipal = p.ref ? this.refPrincipal(p.ref) : null;
    const title = p.title ? this.title(p.title) : undefined;

    if (p.person) {
      const person = (p.person.target as { entry: PersonEntry }).entry;
      const principal = personPrincipal(person, span, { titles: title?.titles ?? [], principal: refPrincipal }, ctx.published);
      if (p.body) {
        const d = draft(p, `body:${principal ?? '?'}:${spanText(tokens, p.body).toLowerCase()}`, bodyKind(p.body), principal, `${person.name}'s ${spanText(tokens, p.body)}`);
        d.sector = bodySector(p.body);
        return d;
      }
      const d = draft(p, `person:${person.id}`, 'person', principal, person.name);
      d.person = person;
      return d;
    }
    if (title && p.title) {
      // A title alone ("the Secretary General") stands for an office only where the text capitalises it.
      if (!p.ref && !/^\p{Lu}/u.test(tokens.raw(p.title.from))) return null;
      // "President Mugabe": the holder is the person of that last name, where all who bear it served one
      // principal. A first name the dictionaries do not know with it ("President Bashar Jaafari") is someone else.
      const namesake = !refPrincipal && p.unknownName !== undefined && !title.plural && p.to - p.title.to === 1
        ? this.surnames?.principal(tokens.fold(p.to - 1) ?? '', span, title.titles, ctx.published) ?? null
        : null;
      const principal = refPrincipal ?? namesake?.principal ?? this.fromContext(title, ctx, p.unknownName !== undefined);
      if (namesake?.person) {
        const d = draft(p, `person:${namesake.person.id}`, 'person', principal, namesake.person.name);
        d.person = namesake.person;
        return d;
      }
      const d = this.office(p, title, principal, span, ctx.published, p.unknownName ?? spanText(tokens, p.title));
      if (!principal && !ORG_TITLES.has(title.titles[0]!)) d.bare = { title, span, named: p.unknownName !== undefined };
      return d;
    }
    if (p.body) {
      // "his government", "its forces": the body of the actor just named; "officials in Belgrade",
      // "diplomats in Serbia": a body named by where it sits.
      const seat = refPrincipal ?? this.pronounOwner(tokens, p.from, before, ctx) ??
        (following && ofLinkWord(tokens, p.to, following.from, 'in') ? this.seatPrincipal(following, bodyKind(p.body) === 'group') : null);
      if (!seat) return this.bareAgent(tokens, p, following);
      return this.bodyDraft(tokens, p, seat);
    }
    if (!p.ref) return null;
    const t = p.ref.target;
    const located = this.isLocated(tokens, p.from, p.to);
    switch (t.type) {
      case 'country':
      case 'demonym': {
        const c = t.entry;
        let role: MentionRole = located && t.type === 'country' ? 'location' : 'actor';
        if (t.type === 'demonym') {
          if (this.words.demonymNotActor.at(tokens, p.to)) return null;
          if (this.words.demonymPlace.at(tokens, p.to)) role = 'location';
          // "Young Bolivians blocked roads to press their demands on the government": the people, a part of
          // their country distinct from its state, as its civilians.
          const people = this.g.agents.people;
          if (t.people && people && role === 'actor') {
            const d = draft(p, `body:${t.id}:${spanText(tokens, p.ref).toLowerCase()}`, 'group', t.id, c?.name ?? t.id, role);
            d.sector = people;
            return d;
          }
        }
        return draft(p, t.id, 'country', t.id, c?.name ?? t.id, role);
      }
      case 'organisation':
      case 'contextual': {
        const o = t.entry;
        return draft(p, o.id, o.kind, o.principal, o.name);
      }
      case 'place': {
        const pl = t.entry;
        // "the Bucharest summit", "the Minsk agreements": the name of a meeting or an instrument.
        if (this.words.placeNamingNouns.at(tokens, p.to)) return null;
        const asPlace = pl.kind === 'city' || pl.kind === 'region' || (pl.kind === 'capital' && (located || isDateline(tokens, p)));
        return draft(p, `place:${pl.id}`, 'metonym', asPlace ? pl.country : pl.principal, pl.name, asPlace ? 'location' : 'actor');
      }
      default:
        return null;
    }
  }

  /** The mention of a national body or agent of `principal` ("Kenyan police", "officials in Belgrade"). */
  private bodyDraft(tokens: Tokens, p: Phrase, principal: string | null): DraftMention {
    const body = p.body!;
    const d = draft(p, `body:${principal ?? '?'}:${spanText(tokens, body).toLowerCase()}`, bodyKind(body), principal, phraseText(tokens, p));
    d.sector = bodySector(body);
    return d;
  }

  /**
   * An agent of a contextual sector named alone ("the rebels", "police", "Parliament"): left without a
   * principal for resolveAgents and, failing that, the document's topic. Written in lower case, or
   * capitalised only where a sentence starts or "the" comes before; others are no actor here.
   */
  private bareAgent(tokens: Tokens, p: Phrase, following: Match | undefined): DraftMention | null {
    const t = p.body!.target;
    if (t.type !== 'body' || !t.contextual || p.ref || p.person || p.title) return null;
    const i = p.from;
    // "Judge Alejandro Rivera": the agent's word written as a title before a name no entry knows is its
    // holder, an officer of that part of the state, wherever the sentence puts it.
    if (!this.titledHolder(tokens, p, following)) {
      if (tokens.caseOf(i) !== 0 && i > 0 && tokens.fold(i - 1) !== 'the') return null;
      // "the army of volunteers", "the Liberation Army of Preševo": named by what follows, not by context.
      // But "accused the government of rigging the vote": an "of" opening a gerund in lower case says what
      // the agent did (a name goes on with a capital: "the Ministry of Mining").
      if (tokens.fold(p.to) === 'of' && !gerundAt(tokens, p.to + 1)) return null;
      // "the opposition Democratic Party", "rebel leader Foday Sankoh": the word describes a name that follows.
      if (p.to < tokens.length && tokens.caseOf(p.to) !== 0 && isNameWord(tokens.raw(p.to))) return null;
    }
    const d = this.bodyDraft(tokens, p, null);
    d.agent = { named: false };
    return d;
  }

  /**
   * Is the agent's word one person's, written as a title ("Judge"), before a name no entry knows? The
   * phrase then runs over the name. A word naming many ("Opposition", "Police") describes a name after it.
   */
  private titledHolder(tokens: Tokens, p: Phrase, following: Match | undefined): boolean {
    if (p.to - p.from !== 1 || tokens.caseOf(p.from) !== 1 || !this.words.agentTitles.at(tokens, p.from)) return false;
    this.unknownNameAfter(tokens, p, following);
    return p.unknownName !== undefined;
  }

  /**
   * The principal of the sentence's bare agents: the one country the sentence names as where things
   * happen ("In Kenya, police fired…", "…clashed with rebels in Mali"); for a state's own bodies (not
   * groups such as rebels or protesters), else the one country of the sentence's other national bodies and officers
   * ("Nigerian lawmakers urged the government…"). Others wait for the document's topic (settle()),
   * which decides only where the sentence names no principal at all ("The army said…"): elsewhere the
   * events' discourse reads the agent ("Lithuania expelled… The ministry handed…"), or it is another's
   * ("ministers at the Council agreed…").
   */
  private resolveAgents(tokens: Tokens, out: DraftMention[]): void {
    if (!out.some((m) => m.agent)) return;
    const one = (ps: (string | null)[]): string | null => {
      const set = new Set(ps.filter((x): x is string => x !== null && this.g.countries.has(x)));
      return set.size === 1 ? [...set][0]! : null;
    };
    // Not where a group is said to be based, nor then where it acts: "rebels based in Sudan raided a post in
    // Chad" are no Sudanese rebels, and may be Chad's own or another's.
    const based = out.some((m) => m.role === 'location' && this.baseOf(tokens, m));
    const where = based ? null : one(out.filter((m) => m.role === 'location').map((m) => m.principal));
    // Troops in a town, a region or "on Croatian territory" may well be another state's (as for
    // seatPrincipal): the state's own bodies take only a country or a capital named as where.
    // Nor where the sentence names another actor ("Russia massed troops near Ukraine").
    const country = one(out.filter((m) => m.role === 'location' && !this.isTownOrRegionId(m.entryId) &&
      !this.words.demonymPlace.at(tokens, m.to)).map((m) => m.principal));
    const whereState = country && out.every((m) => m.role !== 'actor' || m.agent || m.principal === null || m.principal === country) ? country : null;
    const domestic = one(out.filter((m) => m.role === 'actor' && !m.agent && (m.kind === 'body' || m.kind === 'group')).map((m) => m.principal));
    // Failing those, the country of the sentence's officers, where it names no other country's actor: "Members of
    // parliament called on Energy Minister Kiraitu Murungi to resign" are Kenya's; those "asking Obama to help
    // Iran" may be either's.
    const officers = domestic ? null : one(out.filter((m) => m.role === 'actor' && m.kind === 'person').map((m) => m.principal));
    const officersOnly = officers && out.every((m) => m.role !== 'actor' || m.agent || m.principal === null || m.principal === officers) ? officers : null;
    const named = out.some((m) => m.principal !== null && !m.agent);
    for (const m of out) {
      if (!m.agent || m.principal) continue;
      m.agent.named = named;
      const principal = m.kind === 'body' ? whereState ?? domestic ?? officersOnly : where;
      if (principal) this.placeAgent(m, principal);
    }
  }

  /** Is location `m` a group's base: "based in (the) <place>", "operating inside <place>"? */
  private baseOf(tokens: Tokens, m: DraftMention): boolean {
    let k = m.from - 1;
    if (tokens.fold(k) === 'the') k--;
    return this.words.locationWords.at(tokens, k) && this.words.baseWords.at(tokens, k - 1);
  }

  /** A location mention's entry is a town or region (a place the gazetteer does not know counts as one). */
  private isTownOrRegionId(entryId: string): boolean {
    const kind = entryId.startsWith('place:') ? this.g.places.get(entryId.slice(6))?.kind : undefined;
    return kind === undefined ? entryId === 'place:?' : kind === 'city' || kind === 'region';
  }

  /** Give a bare agent its principal. */
  private placeAgent(m: DraftMention, principal: string): void {
    m.principal = principal;
    m.entryId = m.entryId.replace('body:?:', `body:${principal}:`);
  }

  /**
   * True when the name is hyphenated to a stance or origin word ("pro-Russian", "Russian-backed",
   * "Moscow-based") or a demonym follows an ethnic marker ("ethnic Russians").
   */
  private isAffiliation(tokens: Tokens, m: Match): boolean {
    const { from, to } = m;
    const { starts, ends, folds } = tokens;
    if (from >= 2 && folds[from - 1] === '-' && ends[from - 1] === starts[from] && ends[from - 2] === starts[from - 1] &&
      this.words.affiliationPrefixes.at(tokens, from - 2)) return true;
    if (to + 1 < tokens.length && folds[to] === '-' && ends[to - 1] === starts[to] && ends[to] === starts[to + 1] &&
      this.words.affiliationSuffixes.at(tokens, to + 1)) return true;
    return m.target.type === 'demonym' && this.words.ethnicMarkers.at(tokens, from - 1);
  }

  /** The mention of an office of `principal` (null: unresolved), its holder at `span` when known. */
  private office(p: Phrase, title: TitleEntry, principal: string | null, span: DaySpan, published: DaySpan | null, text: string): DraftMention {
    const named = p.unknownName !== undefined;
    const holder = principal && !title.plural && !named ? this.holderOf(title.titles[0]!, principal, span, published) : undefined;
    const d = draft(
      p,
      holder ? `person:${holder.person.id}` : `role:${(principal ?? '?').toLowerCase()}-${title.id}`,
      title.plural ? 'group' : 'person',
      principal,
      holder ? holder.person.name : text,
    );
    d.person = holder?.person;
    return d;
  }

  /**
   * At the end of a document: a bare country title ("the Prime Minister") no earlier office explained,
   * or a bare agent its sentence did not place (see resolveAgents), is that of the document's topic where
   * one country clearly dominates it (see dominantCountry); otherwise it stays unresolved: news digests
   * and documents about two governments name several prime ministers.
   */
  settle(d: DraftMention, ctx: MentionContext): void {
    const bare = d.bare;
    if (d.principal || (!bare && !d.agent)) return;
    const top = dominantCountry(ctx);
    if (!top) return;
    if (!bare) {
      if (d.agent && !d.agent.named) this.placeAgent(d, top);
      return;
    }
    const text = d.name;
    const settled = this.office(phrase(d.from, d.to, 0, undefined, bare.named ? text : undefined), bare.title, top, bare.span, ctx.published, text);
    d.entryId = settled.entryId;
    d.principal = top;
    d.name = settled.name;
  }

  private holderOf(title: RoleTitle, principal: string, span: DaySpan, published: DaySpan | null) {
    return this.g.holders(title, principal, span)[0] ?? (published ? this.g.holders(title, principal, published)[0] : undefined);
  }

  /**
   * The government a capital or country named as a seat stands for ("in Belgrade" → SRB); for people
   * (`anyPlace`), the country of any town or region they are in ("protesters in Almaty" → KAZ), while
   * troops in a region may well be another state's.
   */
  private seatPrincipal(m: Match, anyPlace: boolean): string | null {
    const t = m.target;
    if (t.type === 'country') return t.id;
    if (t.type === 'place') {
      const pl = t.entry;
      return pl.kind === 'capital' || (anyPlace && pl.kind !== 'seat') ? pl.country ?? null : null;
    }
    return null;
  }

  /** The principal a country, demonym, organisation or capital stands for. */
  private refPrincipal(m: Match): string | null {
    const t = m.target;
    if (t.type === 'country' || t.type === 'demonym') return t.id;
    if (t.type === 'organisation' || t.type === 'contextual') return t.entry.principal ?? null;
    if (t.type === 'place') return t.entry.principal ?? t.entry.country ?? null;
    return null;
  }

  /**
   * True when a location word ("in", "at", "over"…) comes right before (skipping "the", "southern"…) and the name
   * is not the owner or modifier of what follows: "over Russia's engagement" and "at the Russia-led
   * summit" name an actor, "in Hungary's southern city of Szeged" a place.
   */
  private isLocated(tokens: Tokens, from: number, to: number): boolean {
    let i = from - 1;
    for (let k = 0; k < 2 && this.words.placeModifiers.at(tokens, i); k++) i--;
    if (!this.words.locationWords.at(tokens, i)) return false;
    if (tokens.fold(to) === '-' && tokens.starts[to] === tokens.ends[to - 1]) return false;
    if (tokens.isPossessive(to)) {
      for (let k = to + 1; k < Math.min(tokens.length, to + 5); k++) {
        if (this.words.settlementWords.at(tokens, k) && tokens.fold(k + 1) === 'of') return true;
      }
      return false;
    }
    return true;
  }

  /**
   * The principal of a bare title from what the document named before: for an organisation's office,
   * the latest organisation that has it; for a country's, the one country whose same office the text
   * has named, or the one named in this or the previous sentence (not for a title with a new name).
   * Otherwise null (see settle()).
   */
  private fromContext(title: TitleEntry, ctx: MentionContext, named: boolean): string | null {
    const t = title.titles[0]!;
    if (ORG_TITLES.has(t)) {
      for (let i = ctx.organisations.length - 1; i >= 0; i--) {
        const org = ctx.organisations[i]!;
        if (this.g.hasOffice(t, org)) return org;
      }
      return null;
    }
    // "President Michel Suleiman" is not the president named before: a new name is a new holder.
    const before = named ? undefined : ctx.offices.get(t);
    if (!before || before.length === 0) return null;
    const last = before[before.length - 1]!;
    if (before.every((o) => o.principal === last.principal) || last.sentence >= ctx.sentence - 1) return last.principal;
    return null;
  }

  /**
   * The principal a possessive pronoun before token `at` points to where that is unambiguous: the one
   * principal of the fitting actors named earlier in the sentence ("Putin said his government…"), or,
   * where the sentence names nobody before it (no capitalised word), the last one of the previous
   * sentence. Two candidates ("Kuwait told Libya its embassy…") leave it unresolved.
   */
  private pronounOwner(tokens: Tokens, at: number, before: readonly DraftMention[], ctx: MentionContext): string | null {
    const kind = at > 0 ? this.g.ownerPronouns.get(tokens.folds[at - 1]!) : undefined;
    if (!kind) return null;
    const fits = (isPerson: boolean): boolean => kind === 'any' || (kind === 'person') === isPerson;
    let owner: string | null = null;
    for (const m of before) {
      if (m.role !== 'actor' || !m.principal || !fits(m.kind === 'person')) continue;
      if (owner && owner !== m.principal) return null;
      owner = m.principal;
    }
    if (owner) return owner;
    // Back to the previous sentence only where this one names nobody before the pronoun, known or not.
    for (let i = 1; i < at; i++) if (tokens.caseOf(i) !== 0) return null;
    const last = [ctx.lastPerson, ctx.lastOther]
      .filter((o) => o && o.sentence === ctx.sentence - 1 && fits(o === ctx.lastPerson))
      .map((o) => o!.principal);
    return last.length === 1 || (last.length === 2 && last[0] === last[1]) ? last[0]! : null;
  }

  private remember(m: DraftMention, ctx: MentionContext, titles: readonly RoleTitle[], span: DaySpan): void {
    if (!m.principal) return;
    if (m.role === 'actor') {
      const at = { principal: m.principal, sentence: ctx.sentence };
      if (m.kind === 'person') ctx.lastPerson = at;
      else ctx.lastOther = at;
    }
    if (this.g.countries.has(m.principal)) {
      if (m.role === 'actor') ctx.countryCounts.set(m.principal, (ctx.countryCounts.get(m.principal) ?? 0) + 1);
      if (m.bare) return;
      const held = m.person ? titlesHeld(m.person, m.principal, span) : titles;
      for (const t of held) {
        let list = ctx.offices.get(t);
        if (!list) ctx.offices.set(t, (list = []));
        list.push({ principal: m.principal, sentence: ctx.sentence });
      }
      return;
    }
    const named = ctx.organisations;
    // Never named[-1]: a negative index is a property name, whose look-up turns this one slow for good.
    if ((named.length > 0 && named[named.length - 1] === m.principal) || !this.g.organisations.has(m.principal)) return;
    const at = ctx.organisations.lastIndexOf(m.principal);
    if (at >= 0) ctx.organisations.splice(at, 1);
    ctx.organisations.push(m.principal);
  }

  /**
   * "the city of Niš", "Serbia's southern city of Kruševac": a capitalised name after a settlement
   * word and "of" is a place, whether or not the gazetteer knows it. Known places were matched already
   * and are made locations here; unknown ones get a location mention in the country named just before.
   */
  private settlements(tokens: Tokens, matches: readonly Match[], out: DraftMention[]): void {
    let added = false;
    for (let of = tokens.indexOf('of', 1); of !== -1 && of + 1 < tokens.length; of = tokens.indexOf('of', of + 1)) {
      const i = of - 1;
      if (!this.words.settlementWords.at(tokens, i)) continue;
      const at = of + 1;
      const known = out.find((m) => m.from === at);
      if (known) {
        if (known.kind === 'metonym' || known.kind === 'country') {
          known.role = 'location';
          if (known.entryId.startsWith('place:')) known.principal = this.g.places.get(known.entryId.slice(6))?.country ?? known.principal;
        }
        continue;
      }
      if (matches.some((m) => m.from <= at && at < m.to)) continue;
      let end = at;
      while (end < tokens.length && /^\p{Lu}/u.test(tokens.raw(end))) end++;
      if (end === at) continue;
      const before = out.filter((m) => m.to <= i && m.to >= i - 4 && (m.kind === 'country')).pop();
      out.push(draft(phrase(at, end, 0), 'place:?', 'metonym', before?.principal ?? null, tokens.rawRange(at, end), 'location'));
      added = true;
    }
    if (added) out.sort((a, b) => a.from - b.from);
  }
}

const DATELINE_END = new Set([',', '(', '-', '—', '–']);

/** "YEREVAN, Sept 13 (Reuters) -": a wire story's place line, written in capitals, opens the sentence. */
function isDateline(tokens: Tokens, p: { from: number; to: number }): boolean {
  return p.from === 0 && tokens.caseOf(0) === 2 && DATELINE_END.has(tokens.fold(p.to) ?? '');
}

/** A capitalised word of letters ("Suleiman", "Đukanović"), not an acronym or a number. */
function isNameWord(raw: string): boolean {
  return /^\p{Lu}\p{Ll}/u.test(raw);
}

function ofLink(tokens: Tokens, end: number, next: number): boolean {
  return ofLinkWord(tokens, end, next, 'of');
}

/** True when `word` (and an optional "the") is all that stands between two matches. */
function ofLinkWord(tokens: Tokens, end: number, next: number, word: string): boolean {
  if (tokens.fold(end) !== word) return false;
  return next === end + 1 || (next === end + 2 && tokens.fold(end + 1) === 'the');
}

function draft(
  p: Phrase, entryId: string, kind: ActorKind, principal: string | null, name: string, role: MentionRole = 'actor',
): DraftMention {
  return { from: p.from, to: p.to, entryId, kind, principal, role, name, bare: undefined, person: undefined, sector: undefined, agent: undefined };
}

/** The titles a person holds for `principal` over `span`. */
function titlesHeld(person: PersonEntry, principal: string, span: DaySpan): RoleTitle[] {
  const out: RoleTitle[] = [];
  for (const r of person.roles) {
    if (r.principal === principal && overlap(r.span, span) > 0) out.push(r.title);
  }
  return out;
}

/**
 * A phrase of tokens [from, to) before match `next`, made of `first` so far. Every field is there
 * from the start, undefined or not: one object shape for every phrase keeps the reads that follow fast.
 */
function phrase(from: number, to: number, next: number, first?: Match, unknownName?: string): Phrase {
  const kind = first ? kindOf(first) : undefined;
  return {
    from, to, next,
    ref: kind === 'ref' ? first : undefined,
    title: kind === 'title' ? first : undefined,
    body: kind === 'body' ? first : undefined,
    person: kind === 'person' ? first : undefined,
    unknownName,
  };
}

/** The words of a match as written, joined by single spaces. */
function spanText(tokens: Tokens, m: Match): string {
  return tokens.rawRange(m.from, m.to);
}

/** The phrase as written, possessives joined to their word ("Serbia's permanent mission"). */
function phraseText(tokens: Tokens, p: Phrase): string {
  let s = '';
  for (let i = p.from; i < p.to; i++) {
    s += i === p.from || tokens.isPossessive(i) ? tokens.raw(i) : ` ${tokens.raw(i)}`;
  }
  return s;
}

function bodyKind(m: Match): ActorKind {
  return m.target.type === 'body' ? m.target.kind : 'body';
}

function bodySector(m: Match): string | undefined {
  return m.target.type === 'body' ? m.target.sector : undefined;
}

/**
 * A governing movement's name read on a date when it held no power (its spans do not reach `span`), or
 * in a text with no date at all: whether it had taken power then cannot be told.
 */
function outOfPower(m: Match, span: DaySpan): boolean {
  const t = m.target;
  if (t.type !== 'demonym' || t.spans === undefined) return false;
  if (span.from === -Infinity && span.to === Infinity) return true;
  return !t.spans.some((s) => overlap(s, span) > 0);
}

/** Is the word at `i` a gerund written in lower case ("rigging", "violating")? */
function gerundAt(tokens: Tokens, i: number): boolean {
  const w = tokens.fold(i);
  return w !== undefined && w.length > 5 && w.endsWith('ing') && tokens.caseOf(i) === 0;
}
