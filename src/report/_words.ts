/**
 * The English of the reports, read from data/reports/words.yaml: templates with `{placeholders}`
 * that the report fills from the store. The schema names every template the code uses, so a file
 * missing one fails when loaded, naming the field, not halfway through a report.
 */
import { dataPath } from '../core/paths.js';
import { DyadError } from '../core/errors.js';
import { loadDataFile } from '../core/data-file.js';
import { INSTRUMENTS, MILESTONE_STATUSES } from '../core/model.js';

/** Each group of templates and the keys it must hold. */
const GROUPS = {
  list: ['two', 'more', 'comma'],
  period: ['from-to', 'since', 'until', 'on-day', 'in-period'],
  title: ['period', 'open', 'against'],
  sections: ['summary', 'ladder', 'trend', 'balance', 'indicators', 'timeline', 'appendix'],
  summary: ['steps', 'step-when', 'more-steps', 'cooperation-more', 'conflict-more', 'even', 'all-cooperative', 'all-conflictual',
    'busiest', 'one-year', 'lean', 'lean-even', 'lean-away', 'figures', 'no-data', 'no-period', 'undated'],
  ladder: ['caption', 'standing', 'standing-none', 'no-ladder', 'step-row', 'side-row', 'undated'],
  trend: ['quad-caption', 'cooperation-caption', 'empty', 'in-period'],
  balance: ['caption', 'totals', 'by-year', 'other-years', 'years', 'empty'],
  indicators: ['empty'],
  timeline: ['shown-all', 'shown-some', 'empty', 'event', 'actor-named', 'milestone', 'undated'],
  notes: ['document', 'document-undated', 'page', 'document-name', 'dataset', 'url'],
  appendix: ['html', 'html-some', 'markdown-some', 'link', 'markdown', 'pdf', 'pdf-some', 'empty'],
  labels: ['date', 'what', 'year', 'events', 'cooperation', 'subject', 'figure', 'value', 'when', 'leans', 'page',
    'source', 'target', 'cameo', 'quad', 'goldstein', 'dataset', 'row'],
  'datasets-names': ['dyad', 'gdelt', 'gdelt1', 'icews', 'acled'],
  statuses: [...MILESTONE_STATUSES],
  instruments: [...INSTRUMENTS],
} as const;

type Groups = typeof GROUPS;
export type Group = keyof Groups;
export type KeyOf<G extends Group> = Groups[G][number];

interface WordsFile {
  months: string[];
  byline: string;
  'byline-no-data': string;
  'no-datasets': string;
  datasets: string;
  [group: string]: unknown;
}

const group = (keys: readonly string[]) => ({
  type: 'object',
  additionalProperties: false,
  required: [...keys],
  properties: Object.fromEntries(keys.map((k) => [k, { type: 'string', minLength: 1 }])),
});

export const WORDS_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['months', 'byline', 'byline-no-data', 'no-datasets', 'datasets', 'step-phrases', ...Object.keys(GROUPS)],
  properties: {
    months: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 12, maxItems: 12 },
    byline: { type: 'string' },
    'byline-no-data': { type: 'string' },
    'no-datasets': { type: 'string' },
    datasets: { type: 'string' },
    'step-phrases': {
      type: 'object',
      propertyNames: { pattern: `^(${INSTRUMENTS.join('|')}) (${MILESTONE_STATUSES.join('|')})$` },
      additionalProperties: { type: 'string', minLength: 1 },
    },
    ...Object.fromEntries(Object.entries(GROUPS).map(([k, keys]) => [k, group(keys)])),
  },
} as const;

export type Vars = Record<string, string | number>;

/** The report's words: templates by group and key, filled with `t`. */
export class Words {
  constructor(private readonly file: WordsFile, private readonly path: string) {}

  /** A template filled with `vars`; a placeholder left unfilled is an error naming the template. */
  t<G extends Group>(g: G, key: KeyOf<G>, vars: Vars = {}): string {
    return this.fill(((this.file[g] as Record<string, string>)[key]) ?? '', vars, `${g}.${key}`);
  }

  /** A top-level template (`byline`, `datasets`, …). */
  top(key: 'byline' | 'byline-no-data' | 'no-datasets' | 'datasets', vars: Vars = {}): string {
    return this.fill(this.file[key], vars, key);
  }

  /** `joined NATO`: a ladder step in words, from `step-phrases` when it has one, else status and instrument. */
  step(org: string, instrument: string, status: string): string {
    const phrase = (this.file['step-phrases'] as Record<string, string>)[`${instrument} ${status}`];
    if (phrase) return this.fill(phrase, { org }, `step-phrases.${instrument} ${status}`);
    return this.t('statuses', status as KeyOf<'statuses'>, { instrument: this.t('instruments', instrument as KeyOf<'instruments'>, { org }) });
  }

  month(n: number): string {
    return this.file.months[n - 1] ?? String(n);
  }

  /** "A", "A and B", "A, B and C". */
  list(items: readonly string[]): string {
    if (items.length <= 1) return items[0] ?? '';
    if (items.length === 2) return this.t('list', 'two', { first: items[0]!, second: items[1]! });
    return this.t('list', 'more', { rest: items.slice(0, -1).join(this.t('list', 'comma')), last: items[items.length - 1]! });
  }

  private fill(template: string, vars: Vars, field: string): string {
    // `{count|figure|figures}`: the word for one, else the word for several, by the value of `count`.
    return template.replace(/\{([A-Za-z][A-Za-z0-9-]*)(?:\|([^|{}]*)\|([^|{}]*))?\}/g, (_, name: string, one?: string, many?: string) => {
      const v = vars[name];
      if (v !== undefined && one !== undefined) return Number(v) === 1 ? one : many ?? '';
      if (v === undefined) {
        throw new DyadError('DATA_SCHEMA', `template ${field} uses {${name}}, which a report does not fill here`, {
          place: { file: this.path, field },
          hint: `Use only the placeholders the template had: ${Object.keys(vars).map((k) => `{${k}}`).join(' ') || 'none'}.`,
        });
      }
      return String(v);
    });
  }
}

let cached: Words | undefined;

/** The words of data/reports/words.yaml (or `file`), checked against WORDS_SCHEMA. */
export function loadWords(file = dataPath('reports', 'words.yaml')): Words {
  if (file === dataPath('reports', 'words.yaml') && cached) return cached;
  const words = new Words(loadDataFile<WordsFile>(file, WORDS_SCHEMA), file);
  if (file === dataPath('reports', 'words.yaml')) cached = words;
  return words;
}
