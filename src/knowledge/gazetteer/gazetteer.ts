/**
 * The gazetteer: who can act in a text. Countries from the country-data package plus
 * `data/actors/countries-extra.yaml`, organisations and national bodies, capitals and seats that stand
 * for governments, persons with dated roles, and the titles of offices. Users add or override entries
 * with their own YAML files (`--dict FILE`), validated like the package's own.
 */
import { loadDataFile } from '../../core/data-file.js';
import { DyadError } from '../../core/errors.js';
import { dataPath } from '../../core/paths.js';
import { loadAgents, type Agents } from './_agents.js';
import { overlap, spanOf, type DaySpan } from './_dates.js';
import { checkPrincipals } from './_check.js';
import { packageCountries } from './_countries.js';
import { fold } from './_fold.js';
import {
  COUNTRIES_EXTRA_SCHEMA, DICT_SCHEMA, METONYMS_SCHEMA, ORGANISATIONS_SCHEMA, PERSONS_SCHEMA, TITLES_SCHEMA,
  type RoleTitle,
} from './_schema.js';
import type {
  CountryEntry, GazetteerEntry, GoverningName, HistoricalName, NationalBody, OrganisationEntry, OrganisationKind, PersonEntry,
  PlaceEntry, PlaceKind, Role, Surface, SurfaceTarget, TitleEntry,
} from './_types.js';

type DayValue = string | number;
interface RawRole { title: RoleTitle; principal: string; from: DayValue; to?: DayValue | null; office?: string }
interface RawPerson { id: string; name: string; aliases?: string[]; roles: RawRole[] }
interface RawOrganisation {
  id: string; name: string; principal?: string; kind?: OrganisationKind; aliases?: string[];
  from?: DayValue; to?: DayValue | null;
}
interface RawNationalBody { kind: OrganisationKind; forms: string[] }
interface RawContextual { id: string; forms: string[] }
interface RawMetonym { id: string; name: string; kind: PlaceKind; principal?: string; country?: string; aliases?: string[] }
interface RawCountry { id: string; replaces?: string; name?: string; aliases?: string[]; demonyms?: string[]; capital?: string }
interface RawHistorical { name: string; principal: string; from?: DayValue; to?: DayValue | null; demonyms?: string[] }
interface RawGoverning { name: string; aliases?: string[]; principal: string; from: DayValue; to?: DayValue | null }
interface RawTitle { id?: string; titles: RoleTitle[]; forms: string[]; plural?: boolean }

interface RawDict {
  persons?: RawPerson[];
  organisations?: RawOrganisation[];
  nationalBodies?: RawNationalBody[];
  contextual?: RawContextual[];
  metonyms?: RawMetonym[];
  countries?: RawCountry[];
  historical?: RawHistorical[];
  governing?: RawGoverning[];
  titles?: RawTitle[];
  locationWords?: string[];
  baseWords?: string[];
  settlementWords?: string[];
  placeModifiers?: string[];
  placeNamingNouns?: string[];
  notNames?: string[];
  agentTitles?: string[];
  demonymNotActor?: string[];
  demonymPlace?: string[];
  ignoreNames?: string[];
  ignoreCapitals?: string[];
  demonymPluralEndings?: string[];
  ownerPronouns?: { person?: string[]; thing?: string[]; any?: string[] };
  ethnicMarkers?: string[];
  affiliationPrefixes?: string[];
  affiliationSuffixes?: string[];
}

export interface GazetteerOptions {
  /** Users' dictionary files, applied in order after the package's own: later entries win by id. */
  dictFiles?: string[];
}

/** A role a person holds, with the person. */
export interface Holder {
  person: PersonEntry;
  role: Role;
}

/** Everything the actors stage and the importers need to know about actors. */
export class Gazetteer {
  readonly countries = new Map<string, CountryEntry>();
  readonly organisations = new Map<string, OrganisationEntry>();
  readonly places = new Map<string, PlaceEntry>();
  readonly persons = new Map<string, PersonEntry>();
  readonly titles = new Map<string, TitleEntry>();
  readonly nationalBodies: NationalBody[] = [];
  /** Common-noun names of organisations ("the alliance" → NATO once NATO has been named). */
  readonly contextual: { id: string; forms: string[] }[] = [];
  readonly historical: HistoricalName[] = [];
  /** Movements that governed a state for a time, one entry per name with all its spans. */
  readonly governing: GoverningName[] = [];
  readonly locationWords = new Set<string>();
  /** Folded participles before a location word naming a group's base ("based", "operating"). */
  readonly baseWords = new Set<string>();
  readonly settlementWords = new Set<string>();
  readonly placeModifiers = new Set<string>();
  /** Folded nouns after which a place names a meeting or an instrument ("the Minsk agreements"). */
  readonly placeNamingNouns = new Set<string>();
  /** Folded capitalised words that are not names (months, weekdays…). */
  readonly notNames = new Set<string>();
  /** Folded agents' words for one officer, read as a title before an unknown name ("Judge"). */
  readonly agentTitles = new Set<string>();
  /** Folded nouns after which a demonym is no actor ("language"), or a place ("territory"). */
  readonly demonymNotActor = new Set<string>();
  readonly demonymPlace = new Set<string>();
  /** Possessive pronouns before a body, by what they point back to: 'person', 'thing' or 'any'. */
  readonly ownerPronouns = new Map<string, 'person' | 'thing' | 'any'>();
  /** Folded words before a demonym that make it an ethnic group ("ethnic"). */
  readonly ethnicMarkers = new Set<string>();
  /** Folded words hyphenated before ("pro-") or after ("-backed") a name that make it no actor. */
  readonly affiliationPrefixes = new Set<string>();
  readonly affiliationSuffixes = new Set<string>();
  /** The agents (Phoenix's agent words with Dyad's sectors), set by loadGazetteer. */
  agents: Agents = { words: [], sectorOf: new Map(), contextual: new Set(), notAlone: new Set() };
  private readonly demonymPluralEndings: string[] = [];
  private readonly ignoredCapitals = new Set<string>();
  private nameIndex: Map<string, CountryEntry> | undefined;
  private holderIndex: Map<string, Holder[]> | undefined;

  /**
   * An entry by id: `SRB`, `NATO`, `KFOR`, `person:jens-stoltenberg` (or `jens-stoltenberg`),
   * `place:belgrade` (or `belgrade`).
   */
  byId(id: string): GazetteerEntry | undefined {
    const [prefix, rest] = id.includes(':') ? (id.split(':', 2) as [string, string]) : ['', id];
    if (prefix === 'person') return this.persons.get(rest);
    if (prefix === 'place') return this.places.get(rest);
    return this.countries.get(rest) ?? this.organisations.get(rest) ?? this.persons.get(rest) ?? this.places.get(rest);
  }

  /**
   * A country by any of its names, in any case and with or without diacritics ("Kosovo", "Russian
   * Federation", "Republic of Serbia", "Yugoslavia" → SRB); undefined when none fits.
   */
  countryByName(name: string): CountryEntry | undefined {
    if (!this.nameIndex) {
      const idx = new Map<string, CountryEntry>();
      for (const c of this.countries.values()) {
        for (const n of [c.id, c.name, ...c.aliases]) if (!idx.has(fold(n))) idx.set(fold(n), c);
      }
      for (const h of this.historical) {
        const c = this.countries.get(h.principal);
        if (c && !idx.has(fold(h.name))) idx.set(fold(h.name), c);
      }
      this.nameIndex = idx;
    }
    return this.nameIndex.get(fold(name.trim()));
  }

  /**
   * Who held `title` for `principal` over `span`, the longest overlap first, then the latest appointed.
   * @example gazetteer.holders('secretary-general', 'NATO', spanOf('2015-11', '2015-11'))
   */
  holders(title: RoleTitle, principal: string, span: DaySpan): Holder[] {
    if (!this.holderIndex) {
      const idx = new Map<string, Holder[]>();
      for (const person of this.persons.values()) {
        for (const role of person.roles) {
          const key = `${role.principal}|${role.title}`;
          let list = idx.get(key);
          if (!list) idx.set(key, (list = []));
          list.push({ person, role });
        }
      }
      this.holderIndex = idx;
    }
    return (this.holderIndex.get(`${principal}|${title}`) ?? [])
      .map((h) => ({ h, days: overlap(h.role.span, span) }))
      .filter((x) => x.days > 0)
      // On a tie (both cover the span) the later appointment: an older role left open is stale.
      .sort((a, b) => b.days - a.days || b.h.role.span.from - a.h.role.span.from)
      .map((x) => x.h);
  }

  /** Whether some person in the gazetteer holds `title` for `principal` at any time. */
  hasOffice(title: RoleTitle, principal: string): boolean {
    return this.holders(title, principal, { from: -Infinity, to: Infinity }).length > 0;
  }

  /** Every surface form and what it names, for the actors stage's matcher. */
  surfaces(): Surface[] {
    const out: Surface[] = [];
    // Territories first: a UN member's surface, added later, wins a name or demonym they share.
    const countries = [...this.countries.values()].sort((a, b) => Number(a.unMember) - Number(b.unMember));
    for (const c of countries) {
      for (const text of [c.name, ...c.aliases]) out.push({ text, target: { type: 'country', id: c.id, entry: c } });
      for (const text of c.demonyms) {
        out.push({ text, target: { type: 'demonym', id: c.id, entry: c } });
        const plural = this.pluralOf(text);
        if (plural) out.push({ text: plural, target: { type: 'demonym', id: c.id, entry: c, people: true } });
      }
    }
    for (const h of this.historical) {
      const entry = this.countries.get(h.principal);
      out.push({ text: h.name, target: { type: 'country', id: h.principal, entry } });
      for (const text of h.demonyms) out.push({ text, target: { type: 'demonym', id: h.principal, entry } });
    }
    // A movement's name reads like a demonym ("Taliban fighters", "Houthi authorities"), dated by its spans.
    for (const m of this.governing) {
      const entry = this.countries.get(m.principal);
      for (const text of [m.name, ...m.aliases]) out.push({ text, target: { type: 'demonym', id: m.principal, entry, spans: m.spans } });
    }
    for (const p of this.places.values()) {
      for (const text of [p.name, ...p.aliases]) out.push({ text, target: { type: 'place', id: p.id, entry: p } });
    }
    const bodyForms = new Set<string>();
    for (const b of this.nationalBodies) {
      for (const text of b.forms) {
        bodyForms.add(fold(text));
        out.push({ text, target: this.bodyTarget(text, b.kind, this.agents.sectorOf.get(fold(text))) });
      }
    }
    // The agents' words the team's national bodies do not name already.
    for (const a of this.agents.words) {
      if (!bodyForms.has(fold(a.form))) out.push({ text: a.form, target: this.bodyTarget(a.form, a.kind, a.sector) });
    }
    for (const t of this.titles.values()) {
      for (const text of t.forms) out.push({ text, target: { type: 'title', id: t.id, entry: t } });
    }
    for (const o of this.organisations.values()) {
      for (const text of [o.name, ...o.aliases]) out.push({ text, target: { type: 'organisation', id: o.id, entry: o } });
    }
    // A form several organisations share ("the Council") is one surface with every candidate.
    const byForm = new Map<string, string[]>();
    for (const c of this.contextual) {
      if (!this.organisations.has(c.id)) continue;
      for (const text of c.forms) {
        const ids = byForm.get(text);
        if (!ids) byForm.set(text, [c.id]);
        else if (!ids.includes(c.id)) ids.push(c.id);
      }
    }
    for (const [text, ids] of byForm) out.push({ text, target: { type: 'contextual', id: ids[0]!, entry: this.organisations.get(ids[0]!)!, ids } });
    for (const p of this.persons.values()) {
      for (const text of [p.name, ...p.aliases]) out.push({ text, target: { type: 'person', id: p.id, entry: p } });
    }
    return out;
  }

  /** A body's surface target: its sector, and whether it names its principal alone by context. */
  private bodyTarget(text: string, kind: OrganisationKind, sector: string | undefined): SurfaceTarget {
    const contextual = sector !== undefined && this.agents.contextual.has(sector) && !this.agents.notAlone.has(fold(text));
    return { type: 'body', kind, sector, contextual };
  }

  /** "Georgians" for "Georgian": the people, where the demonym's ending takes a plain -s. */
  private pluralOf(demonym: string): string | null {
    if (!/\p{Ll}$/u.test(demonym)) return null;
    return this.demonymPluralEndings.some((e) => demonym.endsWith(e)) ? `${demonym}s` : null;
  }

  /** Apply one dictionary (the package's files or a user's): entries replace those with the same id. */
  apply(dict: RawDict, file: string): void {
    this.nameIndex = undefined;
    this.holderIndex = undefined;
    for (const w of dict.ignoreCapitals ?? []) this.ignoredCapitals.add(fold(w));
    for (const w of dict.locationWords ?? []) this.locationWords.add(fold(w));
    for (const w of dict.baseWords ?? []) this.baseWords.add(fold(w));
    for (const w of dict.settlementWords ?? []) this.settlementWords.add(fold(w));
    for (const w of dict.placeModifiers ?? []) this.placeModifiers.add(fold(w));
    for (const w of dict.placeNamingNouns ?? []) this.placeNamingNouns.add(fold(w));
    for (const w of dict.notNames ?? []) this.notNames.add(fold(w));
    for (const w of dict.agentTitles ?? []) this.agentTitles.add(fold(w));
    for (const w of dict.demonymNotActor ?? []) this.demonymNotActor.add(fold(w));
    for (const w of dict.demonymPlace ?? []) this.demonymPlace.add(fold(w));
    for (const w of dict.ethnicMarkers ?? []) this.ethnicMarkers.add(fold(w));
    for (const kind of ['person', 'thing', 'any'] as const) {
      for (const w of dict.ownerPronouns?.[kind] ?? []) this.ownerPronouns.set(fold(w), kind);
    }
    for (const w of dict.affiliationPrefixes ?? []) this.affiliationPrefixes.add(fold(w));
    for (const w of dict.affiliationSuffixes ?? []) this.affiliationSuffixes.add(fold(w));
    this.demonymPluralEndings.push(...(dict.demonymPluralEndings ?? []));
    for (const c of dict.countries ?? []) this.applyCountry(c, file);
    for (const h of dict.historical ?? []) {
      this.historical.push({
        name: h.name, principal: h.principal, span: spanOf(h.from, h.to), demonyms: h.demonyms ?? [],
      });
    }
    for (const m of dict.governing ?? []) {
      const span = spanOf(m.from, m.to);
      const same = this.governing.find((x) => x.name === m.name && x.principal === m.principal);
      if (same) {
        same.spans.push(span);
        for (const a of m.aliases ?? []) if (!same.aliases.includes(a)) same.aliases.push(a);
      } else {
        this.governing.push({ name: m.name, aliases: m.aliases ?? [], principal: m.principal, spans: [span] });
      }
    }
    for (const o of dict.organisations ?? []) {
      this.organisations.set(o.id, {
        type: 'organisation', id: o.id, name: o.name, kind: o.kind ?? 'organisation',
        principal: o.principal ?? o.id, aliases: o.aliases ?? [], span: spanOf(o.from, o.to),
      });
    }
    for (const b of dict.nationalBodies ?? []) this.nationalBodies.push({ kind: b.kind, forms: b.forms });
    for (const c of dict.contextual ?? []) this.contextual.push({ id: c.id, forms: c.forms });
    for (const m of dict.metonyms ?? []) {
      this.places.set(m.id, {
        type: 'place', id: m.id, name: m.name, kind: m.kind,
        principal: m.kind === 'capital' || m.kind === 'seat' ? (m.principal ?? m.country ?? null) : null,
        country: m.country ?? m.principal ?? null, aliases: m.aliases ?? [],
      });
    }
    for (const t of dict.titles ?? []) {
      const id = t.id ?? t.titles.join('+');
      this.titles.set(id, { id, titles: t.titles, forms: t.forms, plural: t.plural ?? false });
    }
    for (const p of dict.persons ?? []) {
      this.persons.set(p.id, {
        type: 'person', id: p.id, name: p.name, aliases: p.aliases ?? [],
        roles: p.roles.map((r) => ({
          title: r.title, principal: r.principal, office: r.office ?? null, span: spanOf(r.from, r.to),
        })),
      });
    }
  }

  private applyCountry(c: RawCountry, file: string): void {
    const from = c.replaces ? this.countries.get(c.replaces) : undefined;
    if (c.replaces) this.countries.delete(c.replaces);
    const base = this.countries.get(c.id) ?? from;
    const name = c.name ?? base?.name;
    if (!name) {
      throw new DyadError('DATA_SCHEMA', `country ${c.id} is new and needs a name`, {
        place: { file, field: 'countries' },
        hint: 'Give `name` for a country the country-data package does not have.',
      });
    }
    const uniq = (xs: string[]): string[] => [...new Set(xs)];
    this.countries.set(c.id, {
      type: 'country', id: c.id, name,
      aliases: uniq([...(base?.aliases ?? []), ...(c.aliases ?? [])]).filter((a) => a !== name),
      demonyms: uniq([...(base?.demonyms ?? []), ...(c.demonyms ?? [])]),
      capital: c.capital ?? base?.capital ?? null,
      unMember: base?.unMember ?? false,
    });
  }

  /** Capitals of countries become places standing for the government, unless data says otherwise. */
  addCapitals(): void {
    const known = new Set<string>();
    for (const p of this.places.values()) for (const n of [p.name, ...p.aliases]) known.add(fold(n));
    for (const c of this.countries.values()) {
      if (!c.capital || known.has(fold(c.capital)) || this.ignoredCapitals.has(fold(c.capital))) continue;
      const id = fold(c.capital).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
      if (!id || this.places.has(id)) continue;
      this.places.set(id, { type: 'place', id, name: c.capital, kind: 'capital', principal: c.id, country: c.id, aliases: [] });
    }
  }
}

function packageGazetteer(): Gazetteer {
  const g = new Gazetteer();
  const extraFile = dataPath('actors', 'countries-extra.yaml');
  const extra = loadDataFile<RawDict>(extraFile, COUNTRIES_EXTRA_SCHEMA);
  const ignore = new Set(extra.ignoreNames ?? []);
  for (const [id, c] of packageCountries(ignore)) g.countries.set(id, c);
  g.apply(extra, extraFile);
  for (const [name, schema] of [
    ['organisations.yaml', ORGANISATIONS_SCHEMA],
    ['metonyms.yaml', METONYMS_SCHEMA],
    ['titles.yaml', TITLES_SCHEMA],
    ['persons.yaml', PERSONS_SCHEMA],
  ] as const) {
    const file = dataPath('actors', name);
    g.apply(loadDataFile<RawDict>(file, schema), file);
  }
  g.agents = loadAgents();
  return g;
}

let cached: Gazetteer | undefined;

/**
 * Load the gazetteer: the package's dictionaries, then each `--dict` file in order (validated; a bad
 * file throws DyadError DATA_SCHEMA naming file, line and field). The default one is cached.
 * @example
 * const g = loadGazetteer({ dictFiles: ['my-actors.yaml'] });
 * g.countryByName('Kosovo')?.id; // 'XKX'
 */
export function loadGazetteer(options: GazetteerOptions = {}): Gazetteer {
  const files = options.dictFiles ?? [];
  if (files.length === 0 && cached) return cached;
  const g = packageGazetteer();
  for (const file of files) {
    const dict = loadDataFile<RawDict>(file, DICT_SCHEMA);
    g.apply(dict, file);
    checkPrincipals(dict, file, (p) => g.countries.has(p) || g.organisations.has(p));
  }
  g.addCapitals();
  if (files.length === 0) cached = g;
  return g;
}
