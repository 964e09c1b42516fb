/** The indicator vocabulary (data/patterns/indicators.yaml) as look-up maps. */
import { loadDataFile } from '../../core/data-file.js';
import type { IndicatorQualifier } from '../../core/model.js';
import { dataPath } from '../../core/paths.js';
import { INDICATOR_VOCABULARY_SCHEMA, type IndicatorVocabularyFile } from './_schema.js';

export interface IndicatorVocabulary {
  /** Unit word (lemma, lower case) → canonical unit. */
  units: ReadonlyMap<string, string>;
  /** Unit words (lemmas and forms, lower case) reported as the noun the text counts ("refugees", "soldiers"), not by their class. */
  asWritten: ReadonlySet<string>;
  /** Unit word → the words before it that belong to the unit ("square" kilometres). */
  prefixes: ReadonlyMap<string, ReadonlySet<string>>;
  /** Unit words that count only after an organisation ("EU members") → canonical unit. */
  orgModified: ReadonlyMap<string, string>;
  /** Percent words and signs, each as lower-case words ("per cent" → ["per", "cent"]). */
  percent: readonly string[][];
  /** Currency symbol or word (lower case) → ISO code. */
  currencies: ReadonlyMap<string, string>;
  scales: ReadonlyMap<string, number>;
  /** Qualifier phrases as lower-case words, longest first. */
  qualifiers: readonly { words: string[]; qualifier: IndicatorQualifier }[];
  notUnits: ReadonlySet<string>;
  /** Nouns before a number that make it a label ("Chapter 7"). */
  labels: ReadonlySet<string>;
  /** Nouns that name a count of what follows "of" ("the number of refugees … at 1.7 million"). */
  countedBy: ReadonlySet<string>;
  /** A vote's tallies: the words naming the vote, the words joining two tallies, the unit. */
  votes: { words: ReadonlySet<string>; joining: ReadonlySet<string>; unit: string; metrics: { for: string; against: string } };
  /** Prepositions after a measure's noun naming its other party; words opening a pair of parties. */
  partners: { prepositions: ReadonlySet<string>; pair: ReadonlySet<string> };
  /** Words that make a unit a rate: "per" and the noun after it; an article and a time word. */
  rates: { per: ReadonlySet<string>; articles: ReadonlySet<string>; times: ReadonlySet<string>; notAfter: ReadonlySet<string> };
  /** Lemmas naming a poll, and the people it asks. */
  polls: { words: ReadonlySet<string>; publics: ReadonlySet<string> };
  /** Nouns of an attack ("strike", "raid"). */
  attacks: ReadonlySet<string>;
  /** Units whose subject is the actor that sends them, organisation or country. */
  actorUnits: ReadonlySet<string>;
  /** Irregular past participles by lemma. */
  participles: ReadonlyMap<string, string>;
  /** Units that after "the"/"all"/"its" name a known group. */
  definiteGroups: ReadonlySet<string>;
  /** Units whose own nationality is their subject. */
  nationalUnits: ReadonlySet<string>;
  /** People counted where they fled to: their nationality is where they came from, not their subject. */
  displaced: ReadonlySet<string>;
  /** Units a count in words of becomes a figure near a harm word, and those words (lemmas or forms, lower case). */
  harmCounts: { units: ReadonlySet<string>; words: ReadonlySet<string> };
  /** Number word (lower case) → value. */
  numberWords: ReadonlyMap<string, number>;
  /** Fraction word (lemma) → denominator. */
  fractions: ReadonlyMap<string, number>;
  /** Articles that stand for "one" before a fraction ("a third"). */
  fractionArticles: ReadonlySet<string>;
  /** Words between two numbers that make a share, each as lower-case words ("out of" → ["out", "of"]). */
  shareOf: readonly string[][];
  /** Verb lemmas whose clause says what was measured. */
  reportingVerbs: ReadonlySet<string>;
  /** Verb lemmas of a poll's share that the tagger may read as nouns. */
  stanceVerbs: ReadonlySet<string>;
  ranges: { opening: ReadonlySet<string>; joining: ReadonlySet<string>; changeFrom: ReadonlySet<string>; lowerBound: string; upperBound: string };
}

/** Compile parsed vocabulary data. */
export function compileIndicatorVocabulary(d: IndicatorVocabularyFile): IndicatorVocabulary {
  const units = new Map<string, string>();
  const orgModified = new Map<string, string>();
  const asWritten = new Set<string>();
  const prefixes = new Map<string, ReadonlySet<string>>();
  for (const u of d.units) {
    for (const w of u.words) units.set(w.toLowerCase(), u.unit);
    if (u.asWritten) for (const w of u.words) asWritten.add(w.toLowerCase());
    if (u.prefixes) for (const w of u.words) prefixes.set(w.toLowerCase(), new Set(u.prefixes.map((p) => p.toLowerCase())));
    for (const w of u.orgModified ?? []) orgModified.set(w.toLowerCase(), u.unit);
  }
  const currencies = new Map<string, string>();
  for (const c of d.currencies) for (const w of c.words) currencies.set(w.toLowerCase(), c.unit);
  const qualifiers: { words: string[]; qualifier: IndicatorQualifier }[] = [];
  for (const [q, phrases] of Object.entries(d.qualifiers)) {
    for (const p of phrases ?? []) qualifiers.push({ words: p.toLowerCase().split(/\s+/), qualifier: q as IndicatorQualifier });
  }
  qualifiers.sort((a, b) => b.words.length - a.words.length);
  return {
    units,
    asWritten,
    prefixes,
    orgModified,
    percent: d.percent.map((p) => p.toLowerCase().split(/\s+/)),
    currencies,
    scales: new Map(Object.entries(d.scales).map(([k, v]) => [k.toLowerCase(), v])),
    qualifiers,
    notUnits: new Set(d.notUnits.map((w) => w.toLowerCase())),
    labels: new Set(d.labels.map((w) => w.toLowerCase())),
    countedBy: new Set(d.countedBy.map((w) => w.toLowerCase())),
    votes: { words: new Set(d.votes.words.map((w) => w.toLowerCase())), joining: new Set(d.votes.joining.map((w) => w.toLowerCase())), unit: d.votes.unit, metrics: d.votes.metrics },
    partners: { prepositions: new Set(d.partners.prepositions.map((w) => w.toLowerCase())), pair: new Set(d.partners.pair.map((w) => w.toLowerCase())) },
    rates: {
      per: new Set((d.rates?.per ?? []).map((w) => w.toLowerCase())),
      articles: new Set((d.rates?.articles ?? []).map((w) => w.toLowerCase())),
      times: new Set((d.rates?.times ?? []).map((w) => w.toLowerCase())),
      notAfter: new Set((d.rates?.notAfter ?? []).map((w) => w.toLowerCase())),
    },
    polls: { words: new Set((d.polls?.words ?? []).map((w) => w.toLowerCase())), publics: new Set((d.polls?.publics ?? []).map((w) => w.toLowerCase())) },
    attacks: new Set(d.attacks.map((w) => w.toLowerCase())),
    actorUnits: new Set(d.actorUnits),
    participles: new Map(Object.entries(d.participles).map(([k, p]) => [k.toLowerCase(), p])),
    definiteGroups: new Set(d.definiteGroups),
    nationalUnits: new Set(d.nationalUnits),
    displaced: new Set(d.displaced ?? []),
    harmCounts: { units: new Set(d.harmCounts?.units ?? []), words: new Set((d.harmCounts?.words ?? []).map((w) => w.toLowerCase())) },
    numberWords: new Map(Object.entries(d.numberWords).map(([k, n]) => [k.toLowerCase(), n])),
    fractions: new Map(Object.entries(d.fractions.words).map(([k, n]) => [k.toLowerCase(), n])),
    fractionArticles: new Set(d.fractions.articles.map((w) => w.toLowerCase())),
    shareOf: d.shareOf.map((p) => p.toLowerCase().split(/\s+/)),
    reportingVerbs: new Set(d.reportingVerbs.map((w) => w.toLowerCase())),
    stanceVerbs: new Set(d.stanceVerbs.map((w) => w.toLowerCase())),
    ranges: {
      opening: new Set(d.ranges.opening.map((w) => w.toLowerCase())),
      joining: new Set(d.ranges.joining.map((w) => w.toLowerCase())),
      changeFrom: new Set(d.ranges.changeFrom.map((w) => w.toLowerCase())),
      lowerBound: d.ranges.lowerBound,
      upperBound: d.ranges.upperBound,
    },
  };
}

const DEFAULT_FILE = dataPath('patterns', 'indicators.yaml');
const cache = new Map<string, IndicatorVocabulary>();

/** Load and compile data/patterns/indicators.yaml (cached per path). */
export function loadIndicatorVocabulary(file: string = DEFAULT_FILE): IndicatorVocabulary {
  let v = cache.get(file);
  if (!v) {
    v = compileIndicatorVocabulary(loadDataFile<IndicatorVocabularyFile>(file, INDICATOR_VOCABULARY_SCHEMA));
    cache.set(file, v);
  }
  return v;
}
