/** A figure found in a sentence: where its number, unit and qualifier stand, and what it reads as. */
import type { IndicatorQualifier } from '../../core/model.js';

export interface Figure {
  /** Token indices of the number (and its scale word). */
  first: number;
  last: number;
  value: number;
  unit: string;
  /** Token indices of the whole figure with qualifier and unit. */
  spanFirst: number;
  spanLast: number;
  /** The counted noun phrase, which names no subject ("UN member states"). */
  unitFirst: number;
  unitLast: number;
  qualifier: IndicatorQualifier | null;
  /** The low end of a range ("between 40 and 45 percent"); `value` is then its high end. */
  low: number | null;
  /** The metric when the reading fixes it (a vote's "votes in favour"), else null: read from the sentence. */
  metric?: string;
}
