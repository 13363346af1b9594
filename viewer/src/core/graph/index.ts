// graph: anything graphology can hold → the viewer's geokg graph, plus the metrics that size nodes.
import Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import { degreeCentrality } from 'graphology-metrics/centrality/degree';
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { SizeBy } from '../../settings.ts';
import type { GraphSummary, ViewerGraph } from './types.ts';
import { normalizeEdge, normalizeNode } from './utils.ts';

export type { ViewerGraph, GraphSummary } from './types.ts';

export class GraphLoadError extends Error {}

export function emptyGraph(): ViewerGraph {
  return new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
}

/**
 * Copies a parsed graph (graphology JSON or GEXF) into a geokg graph, checking each node and edge.
 * Keys are kept, so exports of the same file stay the same.
 */
export function toViewerGraph(source: Graph<Attributes, Attributes, Attributes>, name: string): ViewerGraph {
  const graph = emptyGraph();
  graph.replaceAttributes({ generator: 'geokg', schema: 'geokg/1', ...(source.getAttributes() as object) });
  source.forEachNode((key, raw) => {
    const attrs = normalizeNode(key, raw);
    if (typeof attrs === 'string') throw new GraphLoadError(`${name}: not a geokg graph: ${attrs}`);
    graph.addNode(key, attrs);
  });
  // An undirected edge of a foreign file becomes one directed edge: the contract's graph is directed.
  source.forEachEdge((key, raw, s, t) => {
    const attrs = normalizeEdge(raw);
    if (typeof attrs === 'string') throw new GraphLoadError(`${name}: not a geokg graph: ${attrs} (edge "${key}")`);
    graph.addDirectedEdgeWithKey(key, s, t, attrs);
  });
  return graph;
}

export function summarize(graph: ViewerGraph): GraphSummary {
  let hasPositions = graph.order > 0;
  graph.forEachNode((_n, a) => {
    if (!(Number.isFinite(a.x) && Number.isFinite(a.y))) hasPositions = false;
  });
  return { nodes: graph.order, edges: graph.size, hasPositions };
}

/**
 * Places nodes without a position on a sunflower spiral (an even disc, no randomness), so the layout
 * starts from a spread where unconnected entities are mixed in rather than left on a ring.
 */
export function seedPositions(graph: ViewerGraph): void {
  const golden = Math.PI * (3 - Math.sqrt(5));
  let i = 0;
  graph.updateEachNodeAttributes((_node, a) => {
    const r = 10 * Math.sqrt(++i);
    return Number.isFinite(a.x) && Number.isFinite(a.y) ? a : { ...a, x: r * Math.cos(i * golden), y: r * Math.sin(i * golden) };
  }, { attributes: ['x', 'y'] });
}

/** A node centrality scaled to 0..1, for node sizes; PageRank falls back to degree if it fails to converge. */
export function centrality(graph: ViewerGraph, by: SizeBy): Map<string, number> {
  let raw: Record<string, number>;
  try {
    raw = by === 'pagerank' ? pagerank(graph, { getEdgeWeight: null }) : degreeCentrality(graph);
  } catch {
    raw = degreeCentrality(graph);
  }
  let max = 0;
  for (const k in raw) max = Math.max(max, raw[k]);
  const out = new Map<string, number>();
  for (const k in raw) out.set(k, max > 0 ? raw[k] / max : 0);
  return out;
}
