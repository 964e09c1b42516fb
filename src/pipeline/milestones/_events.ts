/**
 * The events a document's steps are: a step on a ladder is also an act between the state and the
 * organisation ("Application lodged." is a request, "Becomes a member state" an agreement). Where no
 * rule of the events stage read an act between the two in the step's sentence, the step gives its own,
 * with the step's date and evidence. Only a chronology's entries give them: they tell steps with no
 * verb or subject a rule would need, where prose names earlier steps in passing ("since Croatia joined").
 */
import { hash } from 'node:crypto';
import type { DyadEvent, Milestone } from '../../core/model.js';
import type { Cameo } from '../../knowledge/cameo/index.js';
import type { Party } from '../grammar/index.js';
import type { DocumentContext } from '../types.js';
import type { StepEvent } from './_schema.js';

/** A step kept, with what its event needs: the sentence it was read in and the parties named there. */
export interface KeptStep {
  body: Omit<Milestone, 'id'>;
  /** Told as a chronology's entry (a list item, a table row, a dated line): prose tells its acts with verbs a rule reads. */
  entry: boolean;
  /** The sentence's span in the original text. */
  sentence: { start: number; end: number };
  actor: Party;
  /** The organisation as the sentence names it, if it does. */
  org: Party | undefined;
}

/** Confidence of an event read off a step: below a rule's own. */
const CONFIDENCE = 0.6;

const side = (p: Party | undefined, principal: string): DyadEvent['source'] =>
  p ? (p.actorId ? { principal, actor: p.actor, actorId: p.actorId } : { principal, actor: p.actor }) : { principal, actor: principal };

/**
 * Does an event already read in the sentence stand for the step: one between the two, or one of either's
 * with the step's code family ("applies for NATO membership" read with another applicant).
 */
function told(events: readonly DyadEvent[], step: KeptStep, root: string): boolean {
  const { actor, org } = step.body;
  for (const e of events) {
    if (e.evidence.end <= step.sentence.start || e.evidence.start >= step.sentence.end) continue;
    const a = e.source.principal;
    const b = e.target.principal;
    if ((a === actor && b === org) || (a === org && b === actor)) return true;
    // ("ratified Finland's accession": the ratifying state's act is read, and is the step's.)
    if ((a === org || b === org || a === actor || b === actor) && e.root === root) return true;
  }
  return false;
}

/** Add to `ctx.events` the events of the steps no rule read. */
export function stepEvents(ctx: DocumentContext, steps: Iterable<KeptStep>, codes: ReadonlyMap<string, StepEvent>, cameo: Cameo): void {
  const added: DyadEvent[] = [];
  for (const step of steps) {
    const how = codes.get(step.body.status);
    // An undated step is background ("by becoming an observer"), not an entry's act.
    if (!step.entry || !step.body.date || !how || !cameo.has(how.code)) continue;
    const root = cameo.get(how.code).root;
    if (told(ctx.events, step, root) || told(added, step, root)) continue;
    const state = side(step.actor, step.body.actor);
    const org = side(step.org, step.body.org);
    const [source, target] = how.from === 'actor' ? [state, org] : [org, state];
    const ev = step.body.evidence;
    added.push({
      id: hash('sha256', `${ctx.info.id}\u0000step\u0000${ev.start}\u0000${ev.end}\u0000${how.code}\u0000${source.principal}\u0000${target.principal}`, 'hex').slice(0, 20),
      source,
      target,
      code: how.code,
      root,
      quadClass: cameo.quadClass(how.code),
      goldstein: cameo.goldstein(how.code),
      date: step.body.date,
      evidence: ev,
      rule: step.body.rule,
      confidence: CONFIDENCE,
    });
  }
  for (const e of added) ctx.events.push(e);
}
