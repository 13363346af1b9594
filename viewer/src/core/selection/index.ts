// selection: the selected and hovered entities, their neighbourhoods and their relations.
import type { ViewerGraph } from '../graph/index.ts';
import type { Direction, RelationGroup, SelectionState } from './types.ts';
import { sortGroups } from './utils.ts';

export { highlightSegments, type Segment } from './utils.ts';

export type { Direction, Relation, RelationGroup, SelectionState } from './types.ts';

export const emptySelection = (): SelectionState => ({ selected: null, hovered: null });

/** The node and its neighbours, either direction. */
export function neighbourhood(graph: ViewerGraph, node: string): Set<string> {
  const out = new Set<string>([node]);
  graph.forEachNeighbor(node, (n) => out.add(n));
  return out;
}

/** Relations of a node grouped by predicate and direction, only those the filters show. */
export function relationGroups(graph: ViewerGraph, node: string, shown: ReadonlySet<string>): RelationGroup[] {
  const groups = new Map<string, RelationGroup>();
  const collect = (direction: Direction, edge: string, other: string) => {
    if (!shown.has(edge)) return;
    const attributes = graph.getEdgeAttributes(edge);
    const id = `${direction}|${attributes.predicate}`;
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { predicate: attributes.predicate, direction, relations: [] }));
    g.relations.push({ edge, other, attributes });
  };
  graph.forEachOutEdge(node, (edge, _a, _s, t) => collect('out', edge, t));
  graph.forEachInEdge(node, (edge, _a, s) => collect('in', edge, s));
  return sortGroups([...groups.values()]);
}
