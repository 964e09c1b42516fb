/**
 * What became of the patterns the clause coder tried in one sentence, for a trace (`npm run eval:peer
 * -- --why`). Made only when a trace is asked for, so an extraction without one builds nothing per
 * sentence for it.
 */
import type { VerbPattern } from '../../knowledge/petrarch/index.js';
import type { RuleTrace, RuleTrial } from '../types.js';

export class SentenceTrace {
  private readonly seen: { pattern: VerbPattern; held: string | undefined }[] = [];
  /** Handed to `codeClauses`: told each clause verb's best pattern, and 'statement' where a statement held it. */
  readonly see = (_head: number, pattern: VerbPattern, held?: string): void => void this.seen.push({ pattern, held });

  constructor(
    private readonly trace: RuleTrace,
    private readonly sentence: number,
  ) {}

  /** Has no pattern been seen yet? */
  get empty(): boolean {
    return this.seen.length === 0;
  }

  /** Forget what was seen (the sentence is read again with more parties). */
  reset(): void {
    this.seen.length = 0;
  }

  /**
   * Tell the trace of each pattern seen: held where a statement held it, read where one of `read` is
   * its event, else `outcome` (with `gate`).
   */
  tell(outcome: RuleTrial['outcome'], gate?: string, read?: readonly { pattern: VerbPattern }[]): void {
    for (const s of this.seen) {
      const code = s.pattern.code.forward;
      if (!code) continue;
      const [o, g] = s.held ? (['held', s.held] as const) : read?.some((e) => e.pattern === s.pattern) ? (['read', undefined] as const) : [outcome, gate];
      this.trace(g ? { stage: 'dictionary', sentence: this.sentence, codes: [code], outcome: o, gate: g } : { stage: 'dictionary', sentence: this.sentence, codes: [code], outcome: o });
    }
  }
}
