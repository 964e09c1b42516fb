/** parseDateText: a date given by a person (a CLI flag, an API parameter) as an interval. */
import type { DateInterval } from '../../core/model.js';
import { DyadError } from '../../core/errors.js';
import { intervalFromIso } from './_iso.js';
import { resolveSentence } from './_resolve.js';
import { buildRules, findCandidates } from './_rules.js';
import { defaultVocabulary } from './_vocabulary.js';

/**
 * Read `2017-03`, `2005-06/2005-08`, `/2006`, or words such as `March 2017`, `late 2006`,
 * `the summer of 2005`, `since 1999`; relative words (`last year`) need `published`.
 * @throws DyadError `BAD_DATE` naming the text.
 * @example parseDateText('2017-03') // { start: '2017-03-01', end: '2017-03-31', precision: 'month' }
 */
export function parseDateText(text: string, published: DateInterval | null = null): DateInterval {
  const t = text.trim();
  if (/^[\d/-]+$/.test(t) && t.length > 0) return intervalFromIso(t);
  const v = defaultVocabulary();
  const cands = findCandidates(t, buildRules(v), v);
  const mentions = resolveSentence({ index: 0, start: 0, end: t.length, text: t, tokens: [] }, cands, { last: null, published }, v);
  const only = mentions[0];
  if (mentions.length === 1 && only && t.slice(0, only.start).trim() === '' && /^[\s.]*$/.test(t.slice(only.end))) {
    return only.interval;
  }
  throw new DyadError('BAD_DATE', `not a date: '${text}'`, {
    hint: "Write an ISO date ('2017-03', '2017-03-08', '2005-06/2005-08', '/2006') or words such as 'March 2017' or 'late 2006'.",
  });
}

/**
 * The first date written in `text` (a line such as "Last updated: 03-Feb-2011 | Press release"), or
 * null when it holds none.
 * @example firstDateIn('Published: Tuesday 14 May 2019 10:32 GMT') // { start: '2019-05-14', end: '2019-05-14', precision: 'day' }
 */
let rules: ReturnType<typeof buildRules> | undefined;

export function firstDateIn(text: string, published: DateInterval | null = null): DateInterval | null {
  const v = defaultVocabulary();
  const cands = findCandidates(text, (rules ??= buildRules(v)), v);
  const mentions = resolveSentence({ index: 0, start: 0, end: text.length, text, tokens: [] }, cands, { last: null, published }, v);
  return mentions[0]?.interval ?? null;
}
