/**
 * Where GDELT's fields sit (0-based) in its two event layouts. GDELT 2.0 adds an ADM2 column after each
 * of the three ADM1 columns, so only the fields past AvgTone move; 1.0 back-file rows stop before
 * SOURCEURL. See ../shared/peer/samples/schemas for GDELT's own column lists.
 */
import type { BulkFields } from '../../store/bulk-sink.js';

/** The fields both layouts hold at the same place. */
const COMMON = {
  rowKey: 0,
  date: 1,
  sourceCode: 5,
  sourceName: 6,
  sourceCountry: 7,
  sourceGroup: 8,
  targetCode: 15,
  targetName: 16,
  targetCountry: 17,
  targetGroup: 18,
  code: 26,
  quadClass: 29,
  goldstein: 30,
  mentions: 31,
} as const;

export interface GdeltLayout extends BulkFields {
  sourceName: number;
  targetName: number;
  dateAdded: number;
  sourceUrl: number;
  /** Column counts a row may have. */
  columns: readonly number[];
}

export const GDELT2_LAYOUT: GdeltLayout = { ...COMMON, dateAdded: 59, sourceUrl: 60, columns: [61] };
export const GDELT1_LAYOUT: GdeltLayout = { ...COMMON, dateAdded: 56, sourceUrl: 57, columns: [58, 57] };

/** The number of columns of GDELT 2.0 rows, for writers. */
export const GDELT2_WIDTH = 61;
