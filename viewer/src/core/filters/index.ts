// filters: which nodes and edges are shown. One pass over nodes and one over edges.
import { ENTITY_TYPES } from '../../../../src/model/types.ts';
import type { Predicate } from '../../../../src/model/predicates.ts';
import type { ViewerGraph } from '../graph/index.ts';
import type { FilterState, Visible } from './types.ts';
import { EdgeMask, edgeOrder, type EdgeOrder } from './edge-mask.ts';
import { edgePassesBesidesDates, inDateRange } from './utils.ts';

export type { FilterState, NegatedFilter, Tone, Visible } from './types.ts';
export { toneOf } from './utils.ts';
export { changedEdges, EdgeMask, edgeOrder, type EdgeOrder } from './edge-mask.ts';

/** Everything shown: all types, every predicate the graph uses, all tones. */
export function defaultFilters(graph: ViewerGraph): FilterState {
  const predicates = new Set<Predicate>();
  graph.forEachEdge((_e, a) => predicates.add(a.predicate));
  return {
    types: new Set(ENTITY_TYPES), predicates, tones: new Set(['conflict', 'neutral', 'cooperation']),
    negated: 'all', dateFrom: '', dateTo: '', undated: true, minEvidence: 0, isolated: false,
  };
}

/** Do the relation filters hide anything? Then nodes left without a shown relation are hidden too. */
function narrowsEdges(f: FilterState, dropped: number): boolean {
  return dropped > 0 || f.negated !== 'all' || f.dateFrom !== '' || f.dateTo !== '' || f.minEvidence > 0 || f.tones.size < 3;
}

/** Entities with no relation at all in the graph: hidden unless asked for, and counted in the status line. */
export function countIsolated(graph: ViewerGraph): number {
  let n = 0;
  graph.forEachNode((node) => {
    if (graph.degree(node) === 0) n++;
  });
  return n;
}

/**
 * One pass over nodes and one over edges: what the filters leave shown. `besidesDates`, the edges every filter
 * but the dates let through (a previous result's `undatedRange`, for the same filters), turns a change of the
 * dates alone into a pass over those edges' dates (see inDates). `undatedRange: false` leaves out the
 * edges every filter but the dates lets through, which only the timeline's bars need (they stay as they were
 * while only the dates change). Shown edges are marked in EdgeMasks over `order`, the graph's edge order
 * worked out once per graph (made here when not given).
 */
export function applyFilters(
  graph: ViewerGraph, f: FilterState, o: { undatedRange?: boolean; order?: EdgeOrder; besidesDates?: ReadonlySet<string> } = {},
): Visible {
  const order = o.order?.keys.length === graph.size ? o.order : edgeOrder(graph);
  const base = o.besidesDates;
  if (base instanceof EdgeMask && base.order === order && (f.dateFrom !== '' || f.dateTo !== '')) return inDates(graph, f, base);
  const typed = new Set<string>();
  graph.forEachNode((n, a) => {
    if (f.types.has(a.type) && (f.isolated || graph.degree(n) > 0)) typed.add(n);
  });
  const shown = new Uint8Array(order.keys.length);
  // without a date range it would equal the shown edges: not marked twice
  const dated = f.dateFrom !== '' || f.dateTo !== '';
  const undated = dated && o.undatedRange !== false ? new Uint8Array(order.keys.length) : undefined;
  let shownCount = 0, undatedCount = 0, dropped = 0;
  const touched = new Set<string>();
  const { attributes, sources, targets } = order;
  for (let i = 0; i < attributes.length; i++) {
    const a = attributes[i]!, s = sources[i]!, t = targets[i]!;
    if (!f.predicates.has(a.predicate)) {
      dropped++;
      continue;
    }
    if (!typed.has(s) || !typed.has(t) || !edgePassesBesidesDates(a, f)) continue;
    if (dated && undated) {
      undated[i] = 1;
      undatedCount++;
    }
    if (dated && !inDateRange(a, f.dateFrom, f.dateTo, f.undated)) continue;
    shown[i] = 1;
    shownCount++;
    touched.add(s);
    touched.add(t);
  }
  const edges = new EdgeMask(order, shown, shownCount);
  const undatedRange = !dated ? edges : undated && new EdgeMask(order, undated, undatedCount);
  if (!narrowsEdges(f, dropped)) return { nodes: typed, edges, undatedRange };
  // isolated entities asked for stay, as they have no relation a filter could have removed
  if (f.isolated) typed.forEach((n) => graph.degree(n) === 0 && touched.add(n));
  return { nodes: touched, edges, undatedRange };
}

/**
 * A date range over `base`, the edges every other filter lets through: only their dates are read, as the
 * timeline's brush and Play change nothing else (at 40k edges this halves the filtering of a time-range change).
 * A date range narrows the edges, so the nodes shown are those of shown edges, and isolated ones if asked for.
 */
function inDates(graph: ViewerGraph, f: FilterState, base: EdgeMask): Visible {
  const { order } = base;
  const { attributes, sources, targets } = order;
  const shown = new Uint8Array(order.keys.length);
  let shownCount = 0;
  const touched = new Set<string>();
  for (let i = 0; i < attributes.length; i++) {
    if (base.bytes[i] !== 1 || !inDateRange(attributes[i]!, f.dateFrom, f.dateTo, f.undated)) continue;
    shown[i] = 1;
    shownCount++;
    touched.add(sources[i]!);
    touched.add(targets[i]!);
  }
  if (f.isolated) graph.forEachNode((n, a) => f.types.has(a.type) && graph.degree(n) === 0 && touched.add(n));
  return { nodes: touched, edges: new EdgeMask(order, shown, shownCount), undatedRange: base };
}
