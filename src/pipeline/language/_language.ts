/** data/lang/en.yaml, the English function words the stages read sentences with, as sets. */
import { loadDataFile } from '../../core/data-file.js';
import { dataPath } from '../../core/paths.js';
import { LANGUAGE_SCHEMA, type LanguageFile } from './_schema.js';

/** The closed-class lists of a language, as sets (see data/lang/en.yaml for what each holds). */
export type Language = { readonly [K in Exclude<keyof LanguageFile, 'version'>]: ReadonlySet<string> };

let cached: Language | undefined;
let standardFile: string | undefined;

/** Load data/lang/en.yaml (cached), or another language file of the same shape. */
export function loadLanguage(file: string = (standardFile ??= dataPath('lang', 'en.yaml'))): Language {
  const standard = (standardFile ??= dataPath('lang', 'en.yaml'));
  if (cached && file === standard) return cached;
  const d = loadDataFile<LanguageFile>(file, LANGUAGE_SCHEMA);
  const { version: _version, ...lists } = d;
  const lang = Object.fromEntries(Object.entries(lists).map(([k, v]) => [k, new Set(v)])) as unknown as Language;
  if (file === standard) cached = lang;
  return lang;
}
