/**
 * JSON schemas of the actor dictionaries in `data/actors/` and of users' `--dict` files, which may
 * hold any of the same sections. A bad entry is reported with file, line and field by loadDataFile.
 */

/** Role titles a person can hold (`persons[].roles[].title`). */
export const ROLE_TITLES = [
  'head-of-state', 'head-of-government', 'deputy-head-of-government', 'foreign-minister',
  'defence-minister', 'interior-minister', 'secretary-general', 'deputy-secretary-general',
  'high-representative', 'speaker', 'commander', 'chief-of-staff', 'other',
] as const;
export type RoleTitle = (typeof ROLE_TITLES)[number];

/** ISO alpha-3, XKX, or an organisation code (`NATO`, `EU`, `UNSC`…). */
const principal = { type: 'string', pattern: '^[A-Z][A-Z0-9-]{1,11}$' } as const;
/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a bare year may come through YAML as a number). */
const day = {
  anyOf: [
    { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' },
    { type: 'integer', minimum: 1000, maximum: 9999 },
  ],
} as const;
const dayOrNull = { anyOf: [...day.anyOf, { type: 'null' }] } as const;
const names = { type: 'array', items: { type: 'string', minLength: 1 } } as const;

const role = {
  type: 'object',
  required: ['title', 'principal', 'from'],
  additionalProperties: false,
  properties: {
    title: { type: 'string', enum: [...ROLE_TITLES] },
    principal,
    from: day,
    to: dayOrNull,
    office: { type: 'string' },
  },
} as const;

const person = {
  type: 'object',
  required: ['id', 'name', 'roles'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
    name: { type: 'string', minLength: 1 },
    aliases: names,
    roles: { type: 'array', items: role },
  },
} as const;

export const ACTOR_KINDS = ['organisation', 'agency', 'body', 'mission', 'group'] as const;

const organisation = {
  type: 'object',
  required: ['id', 'name'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9-]*$' },
    name: { type: 'string', minLength: 1 },
    /** What it acts for; the organisation itself when absent. */
    principal,
    kind: { type: 'string', enum: [...ACTOR_KINDS] },
    aliases: names,
    from: day,
    to: dayOrNull,
    note: { type: 'string' },
  },
} as const;

/** A generic national body: "<country or demonym> <form>" or "<form> of <country>" acts for that country. */
const nationalBody = {
  type: 'object',
  required: ['kind', 'forms'],
  additionalProperties: false,
  properties: {
    kind: { type: 'string', enum: [...ACTOR_KINDS] },
    forms: names,
  },
} as const;

export const PLACE_KINDS = ['capital', 'seat', 'city', 'region'] as const;

const metonym = {
  type: 'object',
  required: ['id', 'name', 'kind'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
    name: { type: 'string', minLength: 1 },
    /**
     * capital: stands for a government, a location after "in"/"at"; seat: a building that stands for
     * a government (the Kremlin), never a location; city/region: a location only.
     */
    kind: { type: 'string', enum: [...PLACE_KINDS] },
    /** What it stands for as an actor (capital, seat). */
    principal,
    /** The country it lies in, the principal of it as a location; `principal` when absent. */
    country: principal,
    aliases: names,
  },
} as const;

const country = {
  type: 'object',
  required: ['id'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', pattern: '^[A-Z]{3}$' },
    /** The code the country-data package uses for it, replaced by `id` (Kosovo: UNK → XKX). */
    replaces: { type: 'string', pattern: '^[A-Z]{3}$' },
    name: { type: 'string', minLength: 1 },
    aliases: names,
    demonyms: names,
    capital: { type: 'string' },
  },
} as const;

const historicalName = {
  type: 'object',
  required: ['name', 'principal'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', minLength: 1 },
    principal,
    from: day,
    to: dayOrNull,
    demonyms: names,
    note: { type: 'string' },
  },
} as const;

/** A movement that governs a state for a time: its names stand for the state only then. */
const governingName = {
  type: 'object',
  required: ['name', 'principal', 'from'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', minLength: 1 },
    aliases: names,
    principal,
    from: day,
    to: dayOrNull,
    note: { type: 'string' },
  },
} as const;

const titleEntry = {
  type: 'object',
  required: ['titles', 'forms'],
  additionalProperties: false,
  properties: {
    id: { type: 'string' },
    /** One title, or several for a plural form ("Ministers of defence and foreign affairs"). */
    titles: { type: 'array', minItems: 1, items: { type: 'string', enum: [...ROLE_TITLES] } },
    /** Lower-case forms match in any case; a capitalised form only where the text capitalises it. */
    forms: names,
    /** True for forms that name several office holders at once. */
    plural: { type: 'boolean' },
  },
} as const;

export const PERSONS_SCHEMA = {
  type: 'object',
  required: ['persons'],
  additionalProperties: false,
  properties: { persons: { type: 'array', items: person } },
} as const;

/** Common-noun names ("the alliance", "the bloc") that stand for an organisation the text named before. */
const contextual = {
  type: 'object',
  required: ['id', 'forms'],
  additionalProperties: false,
  properties: { id: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9-]*$' }, forms: names },
} as const;

export const ORGANISATIONS_SCHEMA = {
  type: 'object',
  required: ['organisations'],
  additionalProperties: false,
  properties: {
    organisations: { type: 'array', items: organisation },
    nationalBodies: { type: 'array', items: nationalBody },
    contextual: { type: 'array', items: contextual },
    /**
     * Possessive pronouns before a national body that make it the body of an actor just named: of a
     * person ("his government"), of a country or organisation ("its forces"), or of either ("their troops").
     */
    ownerPronouns: {
      type: 'object',
      additionalProperties: false,
      properties: { person: names, thing: names, any: names },
    },
  },
} as const;

export const METONYMS_SCHEMA = {
  type: 'object',
  required: ['metonyms'],
  additionalProperties: false,
  properties: {
    metonyms: { type: 'array', items: metonym },
    /** Words before a place that make it the place where something happens, not an actor. */
    locationWords: names,
    /** Participles before a location word that say where a group is based, not whose it is ("rebels based in Sudan"). */
    baseWords: names,
    /** Nouns that, followed by "of <Name>", make the name a settlement ("the city of Niš"). */
    settlementWords: names,
    /** Words that may stand between a location word and the place ("in southern Serbia"). */
    placeModifiers: names,
    /**
     * Nouns after a place that make it the name of a meeting or an instrument, neither actor nor
     * location: "the Bucharest summit", "the Minsk agreements", "the Copenhagen criteria".
     */
    placeNamingNouns: names,
  },
} as const;

export const COUNTRIES_EXTRA_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    countries: { type: 'array', items: country },
    historical: { type: 'array', items: historicalName },
    /**
     * Movements that hold a state's power for a time ("the Taliban" from August 2021): their names, an
     * adjective or a body's ("Houthi authorities", "Hamas police") stand for the state while they hold it,
     * and for no principal before or after. A movement in power twice is listed twice.
     */
    governing: { type: 'array', items: governingName },
    /** Alternative spellings from the country-data package that are too ambiguous to match. */
    ignoreNames: names,
    /** Capitals that are never read as metonyms (common words, persons' names). */
    ignoreCapitals: names,
    /** Nouns after which a demonym names no actor ("the Serbian language"). */
    demonymNotActor: names,
    /** Nouns after which a demonym names a place ("on Serbian territory"). */
    demonymPlace: names,
    /**
     * Endings of demonyms whose plural with -s names the people ("Georgian" → "Georgians");
     * irregular plurals ("Poles", "Finns") are listed as demonyms.
     */
    demonymPluralEndings: names,
    /** Words that make a following demonym an ethnic group, not the state ("ethnic Russians"). */
    ethnicMarkers: names,
    /** Prefixes joined by a hyphen that make a name a stance, not an actor ("pro-Russian", "anti-NATO"). */
    affiliationPrefixes: names,
    /**
     * Words joined by a hyphen after a name that make it a backer or an origin, not the actor
     * ("Russian-backed separatists", "Russian-speaking residents", "US-made rifles").
     */
    affiliationSuffixes: names,
  },
} as const;

export const TITLES_SCHEMA = {
  type: 'object',
  required: ['titles'],
  additionalProperties: false,
  properties: {
    titles: { type: 'array', items: titleEntry },
    /** Capitalised words that never begin a name after a title ("President Monday said" has none). */
    notNames: names,
    /**
     * Agents' words for one officer that, capitalised before a name no entry knows, are the holder's
     * title: "Judge Alejandro Rivera" is an officer of the judiciary of the country in context.
     */
    agentTitles: names,
  },
} as const;

/** A user's `--dict` file: any of the sections, adding entries or overriding them by id. */
export const DICT_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    persons: PERSONS_SCHEMA.properties.persons,
    organisations: ORGANISATIONS_SCHEMA.properties.organisations,
    nationalBodies: ORGANISATIONS_SCHEMA.properties.nationalBodies,
    contextual: ORGANISATIONS_SCHEMA.properties.contextual,
    metonyms: METONYMS_SCHEMA.properties.metonyms,
    countries: COUNTRIES_EXTRA_SCHEMA.properties.countries,
    historical: COUNTRIES_EXTRA_SCHEMA.properties.historical,
    governing: COUNTRIES_EXTRA_SCHEMA.properties.governing,
    titles: TITLES_SCHEMA.properties.titles,
  },
} as const;
