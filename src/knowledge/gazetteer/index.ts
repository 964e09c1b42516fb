/** The gazetteer: countries, organisations, places, persons with dated roles, titles; `--dict` files. */
export { Gazetteer, loadGazetteer, type GazetteerOptions, type Holder } from './gazetteer.js';
export { fold, foldKey, tokenize, surfaceWords, Tokens, caseFits, caseRuleOf, CaseRule, type FoldedToken, type KnownWord, type WordCase } from './_fold.js';
export { spanOf, spanOfInterval, overlap, type DaySpan } from './_dates.js';
export { ROLE_TITLES, type RoleTitle } from './_schema.js';
export type {
  CountryEntry, OrganisationEntry, PlaceEntry, PersonEntry, Role, TitleEntry, NationalBody, HistoricalName, GoverningName,
  GazetteerEntry, Surface, SurfaceTarget, SurfaceWords, OrganisationKind, PlaceKind,
} from './_types.js';
export { phoenixPersons, phoenixPersonSurfaces } from './_phoenix-persons.js';
export { fillSurfaceWords } from './_surface-words.js';
export { isCountry } from './_country-codes.js';
export { closestPrincipals, principalByName, principalOf, resolvePrincipal } from './_principal.js';
