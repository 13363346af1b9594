import type { EdgeAttributes } from '../../../../src/model/types.ts';
import type { FilterState, Tone } from './types.ts';

export function toneOf(score: number): Tone {
  return score < 0 ? 'conflict' : score > 0 ? 'cooperation' : 'neutral';
}

/**
 * Does an edge's date span [firstSeen, lastSeen] meet the range? Dates compare as ISO strings, to the range's
 * precision: a span's prefix of the bound's length is compared. Written without taking that prefix (a filter
 * change runs this for every edge, and 80k substrings at 40k edges cost the garbage collector): a string is
 * at or after a bound exactly when its prefix is, and at or before one when it is so whole or starts with it.
 */
export function inDateRange(a: EdgeAttributes, from: string, to: string, undated: boolean): boolean {
  if (!from && !to) return true;
  const first = a.firstSeen ?? a.lastSeen, last = a.lastSeen ?? a.firstSeen;
  if (!first || !last) return undated;
  return (!from || last >= from) && (!to || first <= to || first.startsWith(to));
}

/** Every filter but the date range. */
export function edgePassesBesidesDates(a: EdgeAttributes, f: FilterState): boolean {
  if (!f.predicates.has(a.predicate)) return false;
  if (!f.tones.has(toneOf(a.score))) return false;
  if (f.negated === 'only' ? !a.negated : f.negated === 'hide' ? a.negated : false) return false;
  return Math.max(a.count ?? 0, a.evidence.length) >= f.minEvidence;
}
