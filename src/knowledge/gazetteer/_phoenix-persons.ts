/**
 * The Phoenix actor dictionary's persons with dated roles (`HOSNI_MUBARAK_` with `[EGYGOV 811014-110211]`)
 * as gazetteer persons: each dated code of a country is a role whose principal is that country over
 * those dates, so "President Hosni Mubarak" in a 1995 sentence acts for EGY. The team's own entries win
 * a name both know: a Phoenix form that is already some surface of the gazetteer is left out.
 */
import { loadPetrarchDictionaries, type ActorEntry } from '../petrarch/index.js';
import { spanOf } from './_dates.js';
import { fold } from './_fold.js';
import type { PersonEntry, Role, Surface } from './_types.js';

/** "HOSNI", "AL-BASHIR", "MCCAIN" → "Hosni", "Al-Bashir", "Mccain": title case, so the form only matches a capitalised name. */
function titleCase(word: string): string {
  return word.toLowerCase().replace(/(^|[-'])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** A phrase of the dictionary as a name: title-cased words joined by spaces. */
function nameOf(words: readonly string[]): string {
  return words.map(titleCase).join(' ');
}

/**
 * Persons of the given actor entries: those with a dated code of a country `isCountry` knows, one role
 * per such code (title `other`), the forms no surface in `taken` (folded) already has.
 */
export function phoenixPersons(lists: readonly ActorEntry[][], isCountry: (code: string) => boolean, taken: ReadonlySet<string>): PersonEntry[] {
  const out: PersonEntry[] = [];
  const seen = new Set<string>();
  for (const list of lists) {
    for (const e of list) {
      if (e.dated.length === 0) continue;
      const roles: Role[] = [];
      for (const d of e.dated) {
        const principal = d.code.slice(0, 3);
        if (isCountry(principal)) roles.push({ title: 'other', principal, office: null, span: spanOf(d.from, d.to) });
      }
      if (roles.length === 0) continue;
      const forms = e.phrases.map(nameOf).filter((f) => {
        const k = fold(f);
        if (taken.has(k) || seen.has(k)) return false;
        seen.add(k);
        return true;
      });
      const [name, ...aliases] = forms;
      if (name === undefined) continue;
      out.push({ type: 'person', id: `phoenix-${e.source.line}-${fold(name).replace(/[^a-z0-9]+/g, '-')}`, name, aliases, roles });
    }
  }
  return out;
}

/**
 * The surfaces of the bundled Phoenix actor dictionaries' persons, beside `surfaces` (the gazetteer's
 * own, which win). Reads the large actor files: call it where the persons are first needed.
 */
export function phoenixPersonSurfaces(surfaces: readonly Surface[], isCountry: (code: string) => boolean): Surface[] {
  const taken = new Set(surfaces.map((s) => fold(s.text)));
  const lists = loadPetrarchDictionaries({}, { kinds: ['actors'] }).actors;
  const out: Surface[] = [];
  for (const p of phoenixPersons(lists, isCountry, taken)) {
    for (const text of [p.name, ...p.aliases]) out.push({ text, target: { type: 'person', id: p.id, entry: p } });
  }
  return out;
}
