// dyad: what passed between two entities over time, GDELT-style: each period's cooperation (scores above
// zero) and conflict (below zero), summed over the evidence items, either direction. Denied relations are
// left out of the sums, as `geokg dyad` leaves them out of its balance.
import type { ViewerGraph } from '../graph/index.ts';
import { chooseBin, evidenceDay, periodOf, periodsBetween, type Bin } from '../time/index.ts';
import type { DyadPeriod, DyadSeries, EvidenceRef } from './types.ts';

export type { DyadPeriod, DyadSeries, EvidenceRef } from './types.ts';

/** Edges between a and b, both directions, in a stable order. */
export function edgesBetween(graph: ViewerGraph, a: string, b: string): string[] {
  if (!graph.hasNode(a) || !graph.hasNode(b) || a === b) return [];
  return [...graph.outEdges(a, b), ...graph.outEdges(b, a)].sort();
}

export function dyadSeries(graph: ViewerGraph, a: string, b: string, bin?: Bin): DyadSeries {
  const dated: { day: string; score: number; ref: EvidenceRef }[] = [];
  let undated = 0, negated = 0, neutral = 0;
  for (const edge of edgesBetween(graph, a, b)) {
    const attrs = graph.getEdgeAttributes(edge);
    attrs.evidence.forEach((ev, index) => {
      if (attrs.negated) return void negated++;
      if (attrs.score === 0) return void neutral++;
      const day = evidenceDay(ev);
      if (day) dated.push({ day, score: attrs.score, ref: { edge, index } });
      else undated++;
    });
  }
  if (!dated.length) return { a, b, bin: bin ?? 'month', periods: [], undated, negated, neutral };
  const days = dated.map((d) => d.day).sort();
  const chosen = bin ?? chooseBin(days[0]!, days[days.length - 1]!);
  const periods: DyadPeriod[] = periodsBetween(days[0]!, days[days.length - 1]!, chosen)
    .map((p) => ({ ...p, cooperation: 0, conflict: 0, cooperationItems: [], conflictItems: [] }));
  const at = new Map(periods.map((p, i) => [p.start, i]));
  for (const d of dated) {
    const p = periods[at.get(periodOf(d.day, chosen).start)!]!;
    if (d.score > 0) {
      p.cooperation += d.score;
      p.cooperationItems.push(d.ref);
    } else {
      p.conflict += d.score;
      p.conflictItems.push(d.ref);
    }
  }
  for (const p of periods) {
    p.cooperation = Math.round(p.cooperation * 100) / 100;
    p.conflict = Math.round(p.conflict * 100) / 100;
  }
  return { a, b, bin: chosen, periods, undated, negated, neutral };
}

/** Why a dyad chart has no bar on one side, or on either, in words for the reader. */
export function dyadGaps(s: DyadSeries): string[] {
  const out: string[] = [];
  const coop = s.periods.some((p) => p.cooperation > 0), conflict = s.periods.some((p) => p.conflict < 0);
  if (!s.periods.length) out.push('No dated evidence between these two: nothing to chart.');
  else if (!coop) out.push('No cooperation recorded between these two (no relation with a score above 0).');
  else if (!conflict) out.push('No conflict recorded between these two (no relation with a score below 0).');
  if (s.undated) out.push(`${s.undated} undated evidence item(s) not charted.`);
  if (s.negated) out.push(`${s.negated} evidence item(s) of denied relations left out.`);
  return out;
}
