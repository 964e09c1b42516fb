/**
 * Precision, recall and F1 from match counts (gold-format.md): extracted items matched to optional
 * gold neither count for nor against precision. A ratio with nothing to divide by is 1 (nothing
 * claimed, nothing wrongly; nothing required, nothing missed). Several files: sum counts, then divide.
 */
import type { CodeAgreement, MatchCounts, Metrics, ScoreCounts, ScoreSummary } from './_types.js';

const ratio = (num: number, den: number) => (den === 0 ? 1 : num / den);

export function metrics(c: MatchCounts): Metrics {
  const precision = ratio(c.matchedRequired, c.extracted - c.matchedOptional);
  const recall = ratio(c.matchedRequired, c.required);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

export function codeAgreement(c: { matched: number; agreeing: number }): CodeAgreement {
  return { ...c, share: ratio(c.agreeing, c.matched) };
}

export function zeroCounts(): MatchCounts {
  return { extracted: 0, required: 0, optional: 0, matchedRequired: 0, matchedOptional: 0 };
}

function addCounts(a: MatchCounts, b: MatchCounts): MatchCounts {
  return {
    extracted: a.extracted + b.extracted,
    required: a.required + b.required,
    optional: a.optional + b.optional,
    matchedRequired: a.matchedRequired + b.matchedRequired,
    matchedOptional: a.matchedOptional + b.matchedOptional,
  };
}

/** Add up the counts of several files. */
export function sumCounts(all: readonly ScoreCounts[]): ScoreCounts {
  return all.reduce<ScoreCounts>(
    (s, c) => ({
      events: addCounts(s.events, c.events),
      eventsIgnoringDates: addCounts(s.eventsIgnoringDates, c.eventsIgnoringDates),
      codeAgreement: { matched: s.codeAgreement.matched + c.codeAgreement.matched, agreeing: s.codeAgreement.agreeing + c.codeAgreement.agreeing },
      milestones: addCounts(s.milestones, c.milestones),
      indicators: addCounts(s.indicators, c.indicators),
    }),
    {
      events: zeroCounts(),
      eventsIgnoringDates: zeroCounts(),
      codeAgreement: { matched: 0, agreeing: 0 },
      milestones: zeroCounts(),
      indicators: zeroCounts(),
    },
  );
}

/** The ratios of a file's (or a sum's) counts. */
export function summarise(c: ScoreCounts): ScoreSummary {
  return {
    events: metrics(c.events),
    eventsIgnoringDates: metrics(c.eventsIgnoringDates),
    codeAgreement: codeAgreement(c.codeAgreement),
    milestones: metrics(c.milestones),
    indicators: metrics(c.indicators),
  };
}
