import type { Bin, Period } from '../time/index.ts';

/** One evidence item of one edge: what a bar of the dyad chart opens. */
export interface EvidenceRef {
  edge: string;
  index: number;
}

export interface DyadPeriod extends Period {
  /** sum of the positive scores of the period's evidence items (≥ 0) */
  cooperation: number;
  /** sum of the negative scores (≤ 0) */
  conflict: number;
  cooperationItems: EvidenceRef[];
  conflictItems: EvidenceRef[];
}

export interface DyadSeries {
  a: string;
  b: string;
  bin: Bin;
  periods: DyadPeriod[];
  /** asserted evidence items with no date, which no bar can hold */
  undated: number;
  /** evidence items of denied relations, left out of the balance as the dyad command leaves them out */
  negated: number;
  /** evidence items with a score of 0 (neither side) */
  neutral: number;
}
