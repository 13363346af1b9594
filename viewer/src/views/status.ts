import type { Visible } from '../core/filters/index.ts';
import type { ViewerGraph } from '../core/graph/index.ts';

export function statusText(graph: ViewerGraph, visible: Visible, isolatedHidden: number): string {
  const isolated = isolatedHidden ? `; ${isolatedHidden} isolated entities hidden` : '';
  return `${visible.nodes.size} of ${graph.order} nodes, ${visible.edges.size} of ${graph.size} edges shown${isolated}`;
}
