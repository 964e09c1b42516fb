/**
 * The period of the commands that take a dyad's events over a span of time (`report`, `export`): one
 * declaration of `--from` and `--to`, and one reading of them. A year or month stands for its first
 * day (from) or its last (to); from after to is refused.
 */
import type { IsoDay } from '../../core/model.js';
import { reportPeriod } from '../../report/index.js';

export const periodArgs = {
  from: { type: 'string' as const, description: 'From this year, month or day: events that end on or after it', valueHint: 'YYYY[-MM[-DD]]' },
  to: { type: 'string' as const, description: 'To this year, month or day: events that start on or before it', valueHint: 'YYYY[-MM[-DD]]' },
};

/** The checked period as days; a BAD_ARGUMENT on `--from` or `--to` says what is wrong. */
export function readPeriod(args: { from?: string | undefined; to?: string | undefined }): { from?: IsoDay; to?: IsoDay } {
  return reportPeriod(args.from, args.to, { from: '--from', to: '--to' });
}
