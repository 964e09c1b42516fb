/**
 * Builds a report of a dyad from a store: every figure from src/analysis (series, balance, ladder
 * standings, timeline) and the store's indicators, every sentence a template of data/reports/words.yaml
 * filled from them, every event and step with a footnote to its source. The result is plain data;
 * `render` turns it into Markdown, HTML or PDF.
 */
import { balance, ladderStandings, principalIn, timeline, type Balance } from '../analysis/index.js';
import { DyadError } from '../core/errors.js';
import type { IsoDay } from '../core/model.js';
import { eventCsvLine, EXPORT_COLUMNS } from '../export/index.js';
import { loadCameo } from '../knowledge/cameo/index.js';
import { loadGazetteer } from '../knowledge/gazetteer/index.js';
import { loadLadders } from '../knowledge/ladders/index.js';
import type { DyadSeriesRow, Store, StoredEvent, StoredIndicator, StoredMilestone } from '../store/store.js';
import { dayWords, intervalWords, periodWords } from './_dates.js';
import { NoteBook, type Note } from './_notes.js';
import { stepWords, summarise, type SummaryStep } from './_summary.js';
import { loadWords, type Words } from './_words.js';
import { signed as sign } from './_format.js';

export interface ReportQuery {
  a: string;
  b: string;
  /** ISO days (see `reportPeriod` for `2006` → 2006-01-01). */
  from?: IsoDay;
  to?: IsoDay;
  /** A third principal to weigh A's relationship with B against. */
  against?: string;
}

export interface ReportOptions {
  /** Events listed in the timeline (the appendix CSV holds every one); default 400. */
  timelineEvents?: number;
  /** Events in the PDF's appendix table; default 500. */
  tableEvents?: number;
  /** Events in the appendix CSV; default 20,000 (`dyad export` writes any number). */
  appendixEvents?: number;
  words?: Words;
}

/** One row of a section's table or list, with the footnote that backs it. */
export interface Cited {
  text: string;
  note: number | null;
}

export interface LadderSection {
  heading: string;
  /** Where A stands at the end of the period, or why there is no ladder. */
  standing: string;
  steps: Cited[];
  extra: string[];
  caption: string;
  chart: { rungs: { name: string }[]; history: { day: string; level: number; instrument: string; status: string; rung: string }[]; level: number; at: string } | null;
  notes: Note[];
}

export interface TimelineRow extends Cited {
  when: string;
  kind: 'event' | 'milestone';
  quad: 1 | 2 | 3 | 4 | null;
}

export interface AppendixRow {
  date: string;
  source: string;
  target: string;
  code: string;
  quad: number;
  goldstein: number;
  dataset: string;
  row: string;
}

/** A whole report, as data. */
export interface Report {
  a: string;
  b: string;
  against: string | null;
  names: { a: string; b: string; against: string | null };
  from: IsoDay | null;
  to: IsoDay | null;
  period: string | null;
  title: string;
  subtitle: string | null;
  byline: string;
  headings: { summary: string; appendix: string };
  summary: string[];
  ladder: LadderSection;
  trend: { heading: string; rows: DyadSeriesRow[]; empty: string | null; quadCaption: string; cooperationCaption: string };
  balance: { heading: string; sentences: string[]; balance: Balance; empty: string | null; caption: string } | null;
  indicators: { heading: string; rows: { subject: string; figure: string; value: string; when: string; note: number | null }[]; empty: string | null; notes: Note[] };
  timeline: { heading: string; intro: string; rows: TimelineRow[]; empty: string | null; notes: Note[] };
  /** `count` events in the report, `rows` of them in the CSV (all, unless there are more than the cap). */
  appendix: { heading: string; count: number; rows: number; csv: string; table: AppendixRow[] };
  labels: Record<'date' | 'what' | 'year' | 'events' | 'cooperation' | 'subject' | 'figure' | 'value' | 'when' | 'leans', string>;
}

/** A principal's name: a country's common name, an organisation's code (NATO, EU), else the code. */
export function principalName(code: string): string {
  const e = loadGazetteer().byId(code) as { name?: string; type?: string } | undefined;
  if (!e?.name || e.type === 'organisation') return code;
  return e.name;
}

/**
 * The report of `q.a` with `q.b` from `store`.
 * @example const report = await buildReport(store, { a: 'SRB', b: 'NATO', from: '2006-01-01', to: '2017-12-31', against: 'RUS' });
 */
export async function buildReport(store: Store, q: ReportQuery, options: ReportOptions = {}): Promise<Report> {
  const w = options.words ?? loadWords();
  // Codes or names ("Serbia", "North Atlantic Treaty Organization"), as everywhere a principal is taken.
  const a = await principalIn(store, q.a, 'a');
  const b = await principalIn(store, q.b, 'b');
  const c = q.against ? await principalIn(store, q.against, 'against') : null;
  if (a === b || c === a || c === b) {
    throw new DyadError('BAD_ARGUMENT', `a report needs ${c ? 'three' : 'two'} different principals, got ${[a, b, c].filter(Boolean).join(', ')}`, {
      place: { field: c && (c === a || c === b) ? 'against' : 'b' }, hint: 'Name two different principals (SRB NATO), and a third one to weigh them against (RUS).',
    });
  }
  const range = { ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}) };
  const names = { a: principalName(a), b: principalName(b), against: c ? principalName(c) : null };
  const period = periodWords(q.from, q.to, w);
  const inPeriod = period ? w.t('trend', 'in-period', { period }) : '';
  const notes = new NoteBook(store, w);
  const cameo = loadCameo();
  const maxEvents = options.timelineEvents ?? 400;

  const [series, items, bal] = await Promise.all([
    store.dyadSeries({ a, b, by: 'year', ...range }),
    timeline(store, { a, b, ...range, limit: maxEvents }),
    c ? balance(store, { actor: a, first: b, second: c, by: 'year', ...range }) : Promise.resolve(null),
  ]);

  // The appendix: the events of the report as `dyad export --format csv` writes them, up to a cap.
  const maxCsv = options.appendixEvents ?? 20_000;
  const appendixEvents = await store.events({ dyad: [a, b], ...range, limit: maxCsv + 1 });
  const more = appendixEvents.length > maxCsv;
  if (more) appendixEvents.pop();
  const csv = [EXPORT_COLUMNS.join(','), ...appendixEvents.map(eventCsvLine), ''].join('\n');
  // How many events the report covers: all of them when the appendix holds all, else the dated ones the series counts.
  const dated = series.filter((r) => r.direction === 'both').reduce((n, r) => n + r.events, 0);
  const eventCount = more ? Math.max(dated, appendixEvents.length) : appendixEvents.length;

  // Ladder first: its steps get the first notes, as the brief reads.
  const ladders = loadLadders();
  const [actor, org] = ladders.has(b) ? [a, b] : ladders.has(a) ? [b, a] : [null, null];
  const lastDay = [...items].reverse().find((i) => i.date?.start)?.date?.start ?? null;
  notes.open();
  const [ladder, ladderSteps] = await ladderSection(store, w, notes, { actor, org, at: q.to ?? lastDay, a, b, names, from: q.from });

  notes.open();
  const told = new Set(items.map((i) => i.documentId).filter((d): d is string => Boolean(d)));
  const indicators = await indicatorRows(store, w, notes, [a, b], range, told);
  const indicatorNotes = notes.close();

  // Notes are numbered in reading order: ladder, figures, timeline.
  notes.open();
  const events = items.filter((i) => i.kind === 'event');
  const milestones = items.filter((i) => i.kind === 'milestone');
  const rows: TimelineRow[] = [];
  for (const item of items) {
    const when = intervalWords(item.date, w) ?? w.t('timeline', 'undated');
    if (item.event) {
      const e = item.event;
      rows.push({ kind: 'event', when, quad: e.quadClass, text: eventWords(e, w, cameo), note: await notes.event(e) });
    } else if (item.milestone) {
      const m = item.milestone;
      rows.push({ kind: 'milestone', when, quad: null, text: w.t('timeline', 'milestone', { actor: principalName(m.actor), step: stepWords(m, w) }), note: await notes.document(m.documentId, m.evidence) });
    }
  }
  const timelineNotes = notes.close();

  const datasets = [...new Set(events.map((i) => i.event?.dataset).filter((d): d is StoredEvent['dataset'] => Boolean(d && d !== 'dyad')))].sort();
  const span = period ?? yearSpan(series, w);
  const summary = summarise({
    w, a, b, c, names, period, span, series, balance: bal,
    steps: ladderSteps ?? milestones.map((i) => i.milestone).filter((m): m is StoredMilestone => Boolean(m)),
    indicators, undated: events.filter((i) => !i.date?.start).length, hasData: items.length > 0 || eventCount > 0,
  });

  const balanceSection = c && bal ? {
    heading: w.t('sections', 'balance', { a: names.a, b: names.b, c: names.against ?? c }),
    caption: w.t('balance', 'caption', { a, b, c }),
    sentences: bal.rows.length ? balanceSentences(bal, w, { a: names.a, b: names.b, c: names.against ?? c }, span) : [],
    balance: bal,
    empty: bal.rows.length ? null : w.t('balance', 'empty', { a: names.a, b: names.b, c: names.against ?? c, inPeriod }),
  } : null;

  const table: AppendixRow[] = appendixEvents.slice(0, options.tableEvents ?? 500).map((e) => ({
    date: e.date?.start ?? '', source: e.source.principal, target: e.target.principal, code: e.code, quad: e.quadClass,
    goldstein: e.goldstein, dataset: w.t('datasets-names', e.dataset), row: e.datasetRowId ?? e.documentId?.slice(0, 12) ?? '',
  }));

  const title = period ? w.t('title', 'period', { a: names.a, b: names.b, period }) : w.t('title', 'open', { a: names.a, b: names.b });
  const datasetText = datasets.length ? w.top('datasets', { names: w.list(datasets.map((d) => w.t('datasets-names', d))) }) : w.top('no-datasets');
  return {
    a, b, against: c, names,
    from: q.from ?? null, to: q.to ?? null, period, title,
    subtitle: c ? w.t('title', 'against', { c: names.against ?? c }) : null,
    byline: items.length || eventCount ? w.top('byline', { documents: notes.cited.size, datasets: datasetText }) : w.top('byline-no-data'),
    headings: { summary: w.t('sections', 'summary'), appendix: w.t('sections', 'appendix') },
    summary,
    ladder,
    trend: {
      heading: w.t('sections', 'trend'),
      rows: series,
      empty: series.length ? null : w.t('trend', 'empty', { a: names.a, b: names.b, inPeriod }),
      quadCaption: w.t('trend', 'quad-caption'),
      cooperationCaption: w.t('trend', 'cooperation-caption', { a, b }),
    },
    balance: balanceSection,
    indicators: {
      heading: w.t('sections', 'indicators'),
      rows: indicators,
      empty: indicators.length ? null : w.t('indicators', 'empty', { subjects: w.list([names.a, names.b]), inPeriod }),
      notes: indicatorNotes,
    },
    timeline: {
      heading: w.t('sections', 'timeline'),
      intro: events.length >= maxEvents && eventCount > events.length
        ? w.t('timeline', 'shown-some', { shown: events.length, events: eventCount, milestones: milestones.length })
        : w.t('timeline', 'shown-all', { events: events.length, milestones: milestones.length }),
      rows,
      empty: rows.length ? null : w.t('timeline', 'empty', { a: names.a, b: names.b, inPeriod }),
      notes: timelineNotes,
    },
    appendix: { heading: w.t('sections', 'appendix'), count: eventCount, rows: appendixEvents.length, csv, table },
    labels: {
      date: w.t('labels', 'date'), what: w.t('labels', 'what'), year: w.t('labels', 'year'),
      events: w.t('labels', 'events'), cooperation: w.t('labels', 'cooperation'), subject: w.t('labels', 'subject'),
      figure: w.t('labels', 'figure'), value: w.t('labels', 'value'), when: w.t('labels', 'when'), leans: w.t('labels', 'leans'),
    },
  };
}

/** `2005–2017`: the first and last year with events, when no period was given. */
function yearSpan(series: DyadSeriesRow[], w: Words): string {
  const years = series.map((r) => r.period).sort();
  const first = years[0];
  const last = years[years.length - 1];
  if (!first || !last) return '';
  return first === last ? first : w.t('period', 'from-to', { from: first, to: last });
}

function eventWords(e: StoredEvent, w: Words, cameo: ReturnType<typeof loadCameo>): string {
  const side = (r: StoredEvent['source']) => {
    const principal = principalName(r.principal);
    const full = (loadGazetteer().byId(r.principal) as { name?: string } | undefined)?.name ?? '';
    const same = [r.principal, principal, full].some((x) => x.toLowerCase() === r.actor.trim().toLowerCase());
    return same || !r.actor.trim() ? principal : w.t('timeline', 'actor-named', { principal, actor: r.actor.trim() });
  };
  const name = cameo.has(e.code) ? cameo.get(e.code).name : cameo.has(e.root) ? cameo.get(e.root).name : '';
  return w.t('timeline', 'event', { source: side(e.source), target: side(e.target), name: name ? `${name} (${e.code})` : e.code });
}

interface LadderInput {
  actor: string | null;
  org: string | null;
  at: IsoDay | null;
  a: string;
  b: string;
  names: { a: string; b: string };
  from: IsoDay | undefined;
}

/** The ladder section, and the steps it shows that fall in the period (null without a ladder). */
async function ladderSection(store: Store, w: Words, notes: NoteBook, x: LadderInput): Promise<[LadderSection, SummaryStep[] | null]> {
  const ladders = loadLadders();
  if (!x.actor || !x.org) {
    return [{
      heading: w.t('sections', 'ladder', { actor: x.names.a, org: x.names.b }),
      standing: w.t('ladder', 'no-ladder', { a: x.names.a, b: x.names.b, orgs: w.list(ladders.all().map((l) => l.org)) }),
      steps: [], extra: [], caption: '', chart: null, notes: notes.close(),
    }, null];
  }
  const actorName = principalName(x.actor);
  const heading = w.t('sections', 'ladder', { actor: actorName, org: x.org });
  const [standing] = x.at ? await ladderStandings(store, { actor: x.actor, org: x.org, at: x.at, ladders }) : [];
  const ladder = ladders.get(x.org);
  const at = x.at ? dayWords(x.at, w) : '';
  if (!standing || !x.at) {
    return [{ heading, standing: w.t('ladder', 'standing-none', { at, actor: actorName, ladder: ladder.name }), steps: [], extra: [], caption: '', chart: null, notes: notes.close() }, []];
  }
  const stored = await store.milestones({ actor: x.actor, org: x.org });
  const rungName = (id: string) => ladder.rungs.find((r) => r.id === id)?.name ?? id;
  const level = (id: string) => ladder.rungs.findIndex((r) => r.id === id);
  const dateOf = (day: string) => stored.find((m) => m.date?.start === day)?.date ?? { start: day, end: day, precision: 'day' as const };
  const when = (day: string) => intervalWords(dateOf(day), w) ?? day;
  const steps: Cited[] = [];
  for (const h of standing.history) {
    const text = w.t('ladder', 'step-row', { when: when(h.day), step: stepWords({ org: x.org, instrument: h.instrument, status: h.status }, w), rung: rungName(h.rung) });
    steps.push({ text, note: await notes.document(h.documentId, h.evidence) });
  }
  for (const s of standing.side) {
    const m = stored.find((y) => y.instrument === s.instrument && y.status === s.status && y.date?.start === s.day);
    const text = w.t('ladder', 'side-row', { when: when(s.day), step: stepWords({ org: x.org, instrument: s.instrument, status: s.status }, w) });
    steps.push({ text, note: m ? await notes.document(m.documentId, m.evidence) : null });
  }
  const inPeriod = [...standing.history, ...standing.side]
    .filter((h) => !x.from || h.day >= x.from)
    .map((h) => ({ actor: x.actor!, org: x.org!, instrument: h.instrument, status: h.status, date: dateOf(h.day) }));
  return [{
    heading,
    standing: standing.since
      ? w.t('ladder', 'standing', { at, actor: actorName, rung: standing.rungName, ladder: ladder.name, since: when(standing.since) })
      : w.t('ladder', 'standing-none', { at, actor: actorName, ladder: ladder.name }),
    steps,
    extra: standing.undated ? [w.t('ladder', 'undated', { count: standing.undated })] : [],
    caption: w.t('ladder', 'caption', { actor: actorName, org: x.org }),
    chart: standing.history.length ? {
      rungs: ladder.rungs.map((r) => ({ name: r.name })),
      history: standing.history.map((h) => ({ day: h.day, level: level(h.rung), instrument: h.instrument, status: h.status, rung: h.rung })),
      level: standing.level,
      at: x.at,
    } : null,
    notes: notes.close(),
  }, inPeriod];
}

/**
 * The figures stated about A or B in the period, newest first. A figure about an organisation (NATO's
 * troops in Kosovo) counts only from a document that tells of this dyad; one about a country always does.
 */
async function indicatorRows(store: Store, w: Words, notes: NoteBook, subjects: string[], range: { from?: string; to?: string }, told: Set<string>): Promise<Report['indicators']['rows']> {
  const isOrg = (code: string) => (loadGazetteer().byId(code) as { type?: string } | undefined)?.type === 'organisation';
  const all: StoredIndicator[] = (await Promise.all(subjects.map((s) => store.indicators(s)))).flat()
    .filter((i) => !isOrg(i.subject) || (i.documentId !== null && told.has(i.documentId)));
  const published = new Map<string, string | null>();
  for (const i of all) {
    if (i.documentId && !published.has(i.documentId)) published.set(i.documentId, (await store.getDocument(i.documentId))?.published ?? null);
  }
  // A figure's own date, else its document's: a poll told in a 2016 note is from 2016 or before.
  const start = (i: StoredIndicator) => i.date?.start ?? i.date?.end ?? (i.documentId ? published.get(i.documentId) ?? null : null);
  const end = (i: StoredIndicator) => i.date?.end ?? i.date?.start ?? (i.documentId ? published.get(i.documentId) ?? null : null);
  const inRange = (i: StoredIndicator) => {
    const s = start(i);
    const e = end(i);
    return (!range.from || !e || e >= range.from) && (!range.to || !s || s <= range.to);
  };
  const picked = all.filter(inRange).sort((x, y) => (end(y) ?? '').localeCompare(end(x) ?? '') || x.id.localeCompare(y.id));
  const rows: Report['indicators']['rows'] = [];
  for (const i of picked) {
    const when = intervalWords(i.date, w) ?? (i.documentId && published.get(i.documentId) ? dayWords(published.get(i.documentId)!, w) : w.t('timeline', 'undated'));
    rows.push({
      subject: principalName(i.subject), figure: i.metric,
      value: `${i.qualifier ? `${i.qualifier} ` : ''}${i.value.toLocaleString('en')}${i.unit === '%' ? '%' : ` ${i.unit}`}`,
      when, note: await notes.document(i.documentId, i.evidence),
    });
  }
  return rows;
}

function balanceSentences(bal: Balance, w: Words, n: { a: string; b: string; c: string }, span: string): string[] {
  const { first, second } = bal.total;
  const totals = w.t('balance', 'totals', { a: n.a, b: n.b, c: n.c, span, eventsB: first.events, eventsC: second.events, netB: sign(first.net, 0), netC: sign(second.net, 0) });
  const all = bal.rows.length;
  const toB = bal.rows.filter((r) => r.lean === bal.first).length;
  const toC = bal.rows.filter((r) => r.lean === bal.second).length;
  const other = all - toB - toC;
  const years = (count: number) => w.t('balance', 'years', { count, all });
  const byYear = w.t('balance', 'by-year', { a: n.a, b: n.b, c: n.c, yearsB: years(toB), yearsC: years(toC), other: other ? w.t('balance', 'other-years', { count: other }) : '' });
  return [totals, byYear];
}
