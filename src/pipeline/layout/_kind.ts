/**
 * What kind of document it is, from its layout and the words of its first lines: a press release
 * ("Press release" in its header, or a place-and-date line under its title), a news report (a wire dateline, a byline), a chronology (a
 * "Timeline"/"Key dates" heading, or a run of lines that open with their date), else a brief or an
 * analysis. The kind decides how its undated acts are dated: a report's on its narrative day, a
 * brief's or a chronology's not at all.
 */
import type { DocumentKind } from '../../core/model.js';
import { firstDateIn } from '../dates/index.js';
import { withoutFrontMatter } from './_front.js';
import { DATELINE, isLabelledDateLine, PLACE_DATE_LINE } from './_published.js';
import { layoutVocabulary, phraseSource, type LayoutVocabulary } from './_vocabulary.js';

/**
 * Lines read from the top for marks (a dateline opens one of the first paragraphs, where the dates
 * stage looks for it), and from the foot for a press release's.
 */
const TOP_LINES = 8;
const FOOT_LINES = 4;
/** A byline or a heading is a short line. */
const SHORT_LINE = 80;
/** "OSLO (Reuters) —": a place in capitals and an agency, then a dash (a dateline that names no day). */
const AGENCY_DATELINE = /^[ \t]*\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}(?:,[ \t]*\p{L}[\p{L} .]{1,30})?[ \t]*\([^)\n]{1,40}\)[ \t]*[–—-][ \t]/u;
/** Bullets, list numbers and emphasis before a line's first word. */
const LINE_FURNITURE = /^[\s>*_#•·|-]*(?:\d{1,3}[.)]\s+)?/;
/** What sets an entry's date off from its text: "2009:", "12 March 2008 –", "| 2014 |", "On June 12,", "**9 May 2011.**". */
const ENTRY_SEPARATOR = /[:–—|,]|\s-\s|\.(?=[\s*_]|$)|\*\*/;
/** A date at an entry's head is short. */
const ENTRY_DATE_CHARS = 32;
/**
 * An entry's date may leave out its year ("On June 12," under a "2018" heading): it is read against
 * any day, only to tell that it is a date.
 */
const ANY_DAY = { start: '2000-01-01', end: '2000-01-01', precision: 'day' } as const;
/** So many lines opening with their date, and at least this share of the lines, make a chronology. */
const MIN_ENTRIES = 3;
const MIN_ENTRY_SHARE = 0.3;


interface Compiled {
  press: RegExp;
  /** "On" before an entry's date ("- On June 12, …"). */
  opener: RegExp;
  byline: RegExp;
  chronology: RegExp;
}
const compiled = new WeakMap<LayoutVocabulary, Compiled>();

function compile(v: LayoutVocabulary): Compiled {
  let c = compiled.get(v);
  if (!c) {
    c = {
      opener: new RegExp(`^(?:${v.entryOpeners.map(phraseSource).join('|')})\\s+`, 'i'),
      press: new RegExp(`(?<![\\p{L}])(?:${v.pressReleaseMarks.map(phraseSource).join('|')})s?(?![\\p{L}])`, 'iu'),
      byline: new RegExp(`^[\\s*_]*(?:${v.bylineOpeners.map(phraseSource).join('|')})\\s+\\p{L}`, 'iu'),
      chronology: new RegExp(`(?<![\\p{L}])(?:${v.chronologyMarks.map(phraseSource).join('|')})(?![\\p{L}])`, 'iu'),
    };
    compiled.set(v, c);
  }
  return c;
}

/** Does the line open with a date set off from its text ("27-09-2006: …", "• June 5th, 2017: …")? */
export function opensWithDate(line: string, opener: RegExp = compile(layoutVocabulary()).opener): boolean {
  const rest = line.replace(LINE_FURNITURE, '').replace(opener, '');
  const cut = ENTRY_SEPARATOR.exec(rest);
  if (!cut || cut.index === 0 || cut.index > ENTRY_DATE_CHARS) return false;
  return firstDateIn(rest.slice(0, cut.index), ANY_DAY) !== null;
}

/** Is the line a heading: short, and not a sentence that ends with its full stop? */
function headingLike(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= SHORT_LINE && !/[.!?]$/.test(t);
}

/**
 * The kind of a document, from its text as read and the title its file gives (if any).
 * @example documentKind('Press release | 12 May 2019\n\nChile and Peru signed …') // 'press-release'
 */
export function documentKind(text: string, title: string | null = null, v: LayoutVocabulary = layoutVocabulary()): DocumentKind {
  const c = compile(v);
  const body = withoutFrontMatter(text);
  const heading = title ?? body.title;
  const lines = body.text.split('\n').filter((l) => l.trim() !== '');
  const top = [...(heading ? [heading] : []), ...lines.slice(0, TOP_LINES)];
  // A mark in a line of page furniture (a heading, a "| Press release |" bar), not one inside the body's
  // sentences ("…, the ministry said in a press release.").
  if ([...top, ...lines.slice(-FOOT_LINES)].some((l) => (headingLike(l) || l.includes('|')) && c.press.test(l))) return 'press-release';
  // A statement's place-and-date line under its title ("Brussels, 12 March 2013") is a release's.
  if (top.some((l) => PLACE_DATE_LINE.test(l))) return 'press-release';
  if (top.some((l) => DATELINE.test(l) || AGENCY_DATELINE.test(l) || (l.trim().length <= SHORT_LINE && c.byline.test(l) && !/\d/.test(l)))) return 'news';
  if (top.some((l) => headingLike(l) && c.chronology.test(l))) return 'chronology';
  // Lines are read until the count is decided: enough entries, or too few lines left to make enough.
  const need = Math.max(MIN_ENTRIES, lines.length * MIN_ENTRY_SHARE);
  let entries = 0;
  for (let k = 0; k < lines.length && entries + (lines.length - k) >= need; k++) {
    if (opensWithDate(lines[k] as string, c.opener) && ++entries >= need) return 'chronology';
  }
  // A page that labels its own date at its top ("Published: 14 October 2015") reports that day's news.
  return lines.slice(0, TOP_LINES).some(isLabelledDateLine) ? 'press-release' : 'brief';
}
