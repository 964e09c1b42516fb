/** DuckDB's SELECT lists for the shared row mappers (../_rows.ts): its dates are read as ISO text. */
import { eventColumns, indicatorColumns, milestoneColumns, STORED_DATE_COLUMNS } from '../_rows.js';

/** Date columns read as ISO text, whichever way the engine returns them. */
export const DATE_COLUMNS = `strftime(date_start, '%Y-%m-%d') AS date_start, strftime(date_end, '%Y-%m-%d') AS date_end, date_precision`;

export const EVENT_COLUMNS = eventColumns(DATE_COLUMNS);
/** The stored columns `EVENT_COLUMNS` reads, for a subquery to pass on (not `*`: the fewer, the faster). */
export const EVENT_SOURCE_COLUMNS = eventColumns(STORED_DATE_COLUMNS);
export const MILESTONE_COLUMNS = milestoneColumns(DATE_COLUMNS);
export const INDICATOR_COLUMNS = indicatorColumns(DATE_COLUMNS);
