// time: the dates of relations, binned by day, week or month, for the timeline and the dyad chart.
import type { ViewerGraph } from '../graph/index.ts';
import type { Bin, Histogram, Period } from './types.ts';
import { chooseBin, evidenceDay, periodOf, periodsBetween } from './utils.ts';

export type { Bin, Histogram, HistogramBar, Period } from './types.ts';
export { addDays, chooseBin, dayOf, evidenceDay, periodOf, periodsBetween } from './utils.ts';

/** The first and last evidence day in the graph, or null if nothing is dated. */
export function dateExtent(graph: ViewerGraph): { first: string; last: string } | null {
  let first = '', last = '';
  graph.forEachEdge((_e, a) => {
    for (const ev of a.evidence) {
      const d = evidenceDay(ev);
      if (!d) continue;
      if (!first || d < first) first = d;
      if (!last || d > last) last = d;
    }
  });
  return first ? { first, last } : null;
}

/** Each edge's evidence items as bar indices, worked out once per graph so that a filter change only adds up. */
export interface TimeIndex {
  bin: Bin;
  periods: Period[];
  /** edge → the bar index of each dated evidence item */
  bars: Map<string, number[]>;
  /** edge → its evidence items without a date */
  undated: Map<string, number>;
}

export function timeIndex(graph: ViewerGraph, extent: { first: string; last: string }, bin: Bin = chooseBin(extent.first, extent.last)): TimeIndex {
  const periods = periodsBetween(extent.first, extent.last, bin);
  const at = new Map(periods.map((p, i) => [p.start, i]));
  // each distinct day's bar, worked out once: a graph has far fewer days than evidence items (730 against
  // 100k at 40k edges), and periodOf builds dates
  const barOfDay = new Map<string, number | undefined>();
  const barOf = (day: string) => {
    if (barOfDay.has(day)) return barOfDay.get(day);
    const i = at.get(periodOf(day, bin).start);
    barOfDay.set(day, i);
    return i;
  };
  const bars = new Map<string, number[]>(), undated = new Map<string, number>();
  graph.forEachEdge((e, a) => {
    const list: number[] = [];
    let none = 0;
    for (const ev of a.evidence) {
      const d = evidenceDay(ev);
      const i = d === null ? undefined : barOf(d);
      if (i === undefined) none++;
      else list.push(i);
    }
    if (list.length) bars.set(e, list);
    if (none) undated.set(e, none);
  });
  return { bin, periods, bars, undated };
}

/**
 * Evidence items per period over the given edges (what the filters other than dates show), so the bars
 * answer "when did what I am looking at happen".
 */
export function histogram(index: TimeIndex, edges: Iterable<string>): Histogram {
  const counts = new Array<number>(index.periods.length).fill(0);
  let undated = 0;
  for (const e of edges) {
    for (const i of index.bars.get(e) ?? []) counts[i]!++;
    undated += index.undated.get(e) ?? 0;
  }
  return { bin: index.bin, bars: index.periods.map((p, i) => ({ ...p, count: counts[i]! })), undated };
}
