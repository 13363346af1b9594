// filters: which nodes and edges are shown. One pass over nodes and one over edges.
import { ENTITY_TYPES } from '../../../../src/model/types.ts';
import type { Predicate } from '../../../../src/model/predicates.ts';
import type { ViewerGraph } from '../graph/index.ts';
import type { FilterState, Visible } from './types.ts';
import { edgePasses } from './utils.ts';

export type { FilterState, NegatedFilter, Tone, Visible } from './types.ts';
export { toneOf } from './utils.ts';

/** Everything shown: all types, every predicate the graph uses, all tones. */
export function defaultFilters(graph: ViewerGraph): FilterState {
  const predicates = new Set<Predicate>();
  graph.forEachEdge((_e, a) => predicates.add(a.predicate));
  return {
    types: new Set(ENTITY_TYPES), predicates, tones: new Set(['conflict', 'neutral', 'cooperation']),
    negated: 'all', dateFrom: '', dateTo: '', minEvidence: 0,
  };
}

/** Do the relation filters hide anything? Then nodes left without a shown relation are hidden too. */
function narrowsEdges(graph: ViewerGraph, f: FilterState): boolean {
  const all = defaultFilters(graph);
  return f.negated !== 'all' || f.dateFrom !== '' || f.dateTo !== '' || f.minEvidence > 0 || f.tones.size < 3
    || [...all.predicates].some((p) => !f.predicates.has(p));
}

export function applyFilters(graph: ViewerGraph, f: FilterState): Visible {
  const typed = new Set<string>();
  graph.forEachNode((n, a) => {
    if (f.types.has(a.type)) typed.add(n);
  });
  const edges = new Set<string>();
  const touched = new Set<string>();
  graph.forEachEdge((e, a, s, t) => {
    if (typed.has(s) && typed.has(t) && edgePasses(a, f)) {
      edges.add(e);
      touched.add(s);
      touched.add(t);
    }
  });
  return { nodes: narrowsEdges(graph, f) ? touched : typed, edges };
}
