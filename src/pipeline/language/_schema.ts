/** The JSON schema of data/lang/en.yaml, the English function words every stage reads sentences with. */

const lemmas = { type: 'array', items: { type: 'string', minLength: 1 } } as const;

/** data/lang/en.yaml as read. */
export interface LanguageFile {
  version: number;
  hardBreaks: string[];
  softBreaks: string[];
  brackets: string[];
  relativePronouns: string[];
  complementisers: string[];
  subordinators: string[];
  subjectPronouns: string[];
  objectPronouns: string[];
  possessives: string[];
  reciprocals: string[];
  reflexives: string[];
  selfDescriptions: string[];
  distributives: string[];
  nounCoordinators: string[];
  verbCoordinators: string[];
  infinitiveCoordinators: string[];
  addresseePrepositions: string[];
  participlePrepositions: string[];
  timePrepositions: string[];
  topicPrepositions: string[];
  nounTopicPrepositions: string[];
  nounMarkers: string[];
  possessiveClitics: string[];
  reducedRelativePrepositions: string[];
  passiveAuxiliaries: string[];
  copulas: string[];
  auxiliaries: string[];
  futureMarkers: string[];
  comparisonWords: string[];
  cardinals: string[];
  objectParticipleVerbs: string[];
  organisationNouns: string[];
  reportingFrames: string[];
  phaseVerbs: string[];
  verbPrefixes: string[];
  nameConnectors: string[];
  stativePrepositions: string[];
  agentPrepositions: string[];
  companionPrepositions: string[];
  compoundJoiners: string[];
  frontedSubordinators: string[];
}

const LANGUAGE_LISTS = [
  'hardBreaks', 'softBreaks', 'brackets', 'relativePronouns', 'complementisers', 'subordinators', 'subjectPronouns',
  'objectPronouns', 'possessives', 'reciprocals', 'reflexives', 'selfDescriptions', 'distributives', 'nounCoordinators', 'verbCoordinators', 'infinitiveCoordinators', 'addresseePrepositions', 'participlePrepositions', 'timePrepositions', 'topicPrepositions', 'nounTopicPrepositions', 'nounMarkers', 'possessiveClitics', 'reducedRelativePrepositions', 'passiveAuxiliaries', 'copulas',
  'auxiliaries', 'futureMarkers', 'comparisonWords', 'cardinals', 'objectParticipleVerbs', 'organisationNouns', 'reportingFrames', 'phaseVerbs',
  'verbPrefixes',
  'nameConnectors',
  'stativePrepositions',
  'agentPrepositions',
  'companionPrepositions',
  'compoundJoiners',
  'frontedSubordinators',
] as const;

export const LANGUAGE_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['version', ...LANGUAGE_LISTS],
  properties: {
    version: { type: 'integer' },
    ...Object.fromEntries(LANGUAGE_LISTS.map((k) => [k, lemmas])),
  },
} as const;
