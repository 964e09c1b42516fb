/**
 * Why the extractor missed an expected coding, told per miss by `npm run eval:peer -- --why`, from
 * what the events and dictionary stages say of each rule and pattern they tried (their trace):
 *  - `no-trigger`: no event was read, and no rule of the team's and no pattern of the verb
 *    dictionaries with the expected root (full code) was tried past its own conditions;
 *  - `other-code`: an event was read, but with another root (at the full-code level: another code);
 *  - `no-parties`: a rule or pattern of the expected root was tried, but its source or target was
 *    not found (or both were one principal), so no event could be read;
 *  - `held-back`: a rule or pattern of the expected root found its parties, but a gate kept it from
 *    being an event — negated, modal, conditional, a participle's clause, a background, a sentence
 *    discarded… — and the gate is named.
 */
import { createStages, readDocument } from '../../pipeline/extract.js';
import type { RuleTrial } from '../../pipeline/types.js';
import type { PeerCase, PeerCoding } from './_types.js';

export type Why = 'no-trigger' | 'other-code' | 'no-parties' | 'held-back';
export const WHYS: readonly Why[] = ['no-trigger', 'other-code', 'no-parties', 'held-back'];

/** What the pipeline made of one text: its events' codes, and each rule and pattern it tried. */
export interface Reading {
  codes: string[];
  trials: RuleTrial[];
}

/** Why a coding was missed, with the gate that held it back. */
export interface Missed {
  why: Why;
  /** For `held-back`: the gate; `dropped` where an event was read and a later stage took it out. */
  gate?: string;
}

export type Reader = (c: PeerCase) => Reading;

/** A reader that runs the whole pipeline with a trace of the rules and patterns tried. */
export function createReader(): Reader {
  let trials: RuleTrial[] = [];
  const stages = createStages({ trace: (t) => void trials.push(t) }).map((s) => s.run);
  return (c) => {
    trials = [];
    const ctx = readDocument(c.text, { published: c.published });
    for (const stage of stages) stage(ctx);
    return { codes: ctx.events.map((e) => e.code), trials };
  };
}

/** Why `x` was missed at the root (`code` false) or full-code level, given the text's reading. */
export function whyMissed(r: Reading, x: PeerCoding, code: boolean): Missed {
  const root = x.code.slice(0, 2);
  const right = (k: string): boolean => (code ? k === x.code : k.startsWith(root));
  if (r.codes.length > 0) return { why: 'other-code' };
  const tried = r.trials.filter((t) => t.outcome !== 'unmet' && t.codes.some(right));
  if (tried.some((t) => t.outcome === 'read')) return { why: 'held-back', gate: 'dropped' };
  const held = tried.find((t) => t.outcome === 'held');
  if (held) return { why: 'held-back', gate: held.gate ?? 'unknown' };
  return tried.length > 0 ? { why: 'no-parties' } : { why: 'no-trigger' };
}
