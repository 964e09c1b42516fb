/** The entries a gazetteer holds: countries, organisations, places, persons with dated roles, titles. */
import type { CaseRule } from './_fold.js';
import type { DaySpan } from './_dates.js';
import type { RoleTitle } from './_schema.js';

export type { RoleTitle } from './_schema.js';

export interface CountryEntry {
  type: 'country';
  /** ISO 3166-1 alpha-3, `XKX` for Kosovo. */
  id: string;
  name: string;
  /** Other names (official, native, alternative spellings). */
  aliases: string[];
  /** Adjectives and nouns for its people ("Serbian"). */
  demonyms: string[];
  capital: string | null;
  /** A UN member state: its name and demonym win over a territory's that shares them ("Norwegian"). */
  unMember: boolean;
}

export type OrganisationKind = 'organisation' | 'agency' | 'body' | 'mission' | 'group';

export interface OrganisationEntry {
  type: 'organisation';
  id: string;
  name: string;
  kind: OrganisationKind;
  /** What it acts for (itself for an organisation). */
  principal: string;
  aliases: string[];
  span: DaySpan;
}

export type PlaceKind = 'capital' | 'seat' | 'city' | 'region';

export interface PlaceEntry {
  type: 'place';
  id: string;
  name: string;
  kind: PlaceKind;
  /** What it stands for as an actor (capitals, seats), else null. */
  principal: string | null;
  /** Where it lies. */
  country: string | null;
  aliases: string[];
}

export interface Role {
  title: RoleTitle;
  principal: string;
  office: string | null;
  span: DaySpan;
}

export interface PersonEntry {
  type: 'person';
  id: string;
  name: string;
  aliases: string[];
  roles: Role[];
}

export interface TitleEntry {
  id: string;
  titles: RoleTitle[];
  forms: string[];
  plural: boolean;
}

export interface NationalBody {
  kind: OrganisationKind;
  forms: string[];
}

/** A former state's name and the principal it stands for now ("Yugoslavia" → SRB). */
export interface HistoricalName {
  name: string;
  principal: string;
  span: DaySpan;
  demonyms: string[];
}

/** A movement's names and the spans it governed `principal` over ("Taliban" → AFG from 2021-08-15). */
export interface GoverningName {
  name: string;
  aliases: string[];
  principal: string;
  spans: DaySpan[];
}

export type GazetteerEntry = CountryEntry | OrganisationEntry | PlaceEntry | PersonEntry;

/**
 * What a surface form in the text can point to; the actors stage compiles these into its matcher.
 * `entry` is the entry of `id` (a former state's principal may have none), at hand for each match.
 */
export type SurfaceTarget =
  | { type: 'country'; id: string; entry: CountryEntry | undefined }
  /**
   * `spans`: a governing movement's name, standing for `id` only within one of them. `people`: the plural
   * formed from a demonym ("Bolivians"), the country's people rather than its state.
   */
  | { type: 'demonym'; id: string; entry: CountryEntry | undefined; spans?: readonly DaySpan[]; people?: boolean }
  | { type: 'organisation'; id: string; entry: OrganisationEntry }
  | { type: 'place'; id: string; entry: PlaceEntry }
  | { type: 'person'; id: string; entry: PersonEntry }
  | { type: 'title'; id: string; entry: TitleEntry }
  /** A common-noun name of an organisation, standing for it only once the text has named it. */
  | { type: 'contextual'; id: string; entry: OrganisationEntry; ids?: readonly string[] }
  /** A national body or agent ("government", "riot police"), with its sector where the agents know it. */
  | { type: 'body'; kind: OrganisationKind; sector: string | undefined; contextual: boolean };

export interface Surface {
  text: string;
  target: SurfaceTarget;
  /** The text's words as the matcher reads them, where a compiled form already holds them (see surfaceWords()). */
  words?: SurfaceWords;
}

/** A name's words: each one's folded form and how it must be written. */
export interface SurfaceWords {
  folds: string[];
  rules: CaseRule[];
}
