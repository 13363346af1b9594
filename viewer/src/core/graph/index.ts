// graph: anything graphology can hold → the viewer's geokg graph, plus the metrics that size nodes.
import Graph from 'graphology';
import { degreeCentrality } from 'graphology-metrics/centrality/degree';
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { SizeBy } from '../../settings.ts';
import type { EdgeAttributes, GraphSummary, NodeAttributes, ViewerGraph } from './types.ts';
import { normalizeEdge, normalizeNode } from './utils.ts';

export type { ViewerGraph, GraphSummary } from './types.ts';

export class GraphLoadError extends Error {}

export function emptyGraph(): ViewerGraph {
  return new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
}

/** A serialised graph as graphology exports it (geokg's graph JSON), before any checking. */
export interface RawGraph {
  attributes?: Record<string, unknown>;
  nodes: { key: unknown; attributes?: Record<string, unknown> }[];
  edges: { key?: unknown; source: unknown; target: unknown; attributes?: Record<string, unknown> }[];
}

/**
 * Builds a geokg graph from a serialised one (graphology JSON, or GEXF once parsed), checking each node
 * and edge in one pass. Keys are kept, so exports of the same file stay the same; an edge without a key
 * gets one from its position. An undirected edge of a foreign file becomes one directed edge.
 */
export function fromRawGraph(raw: RawGraph, name: string): ViewerGraph {
  const graph = emptyGraph();
  graph.replaceAttributes({ generator: 'geokg', schema: 'geokg/1', ...(raw.attributes ?? {}) } as never);
  const fail = (what: string): never => {
    throw new GraphLoadError(`${name}: not a geokg graph: ${what}`);
  };
  raw.nodes.forEach((n, i) => {
    if (typeof n?.key !== 'string' && typeof n?.key !== 'number') fail(`node ${i} has no key`);
    const key = String(n.key);
    const attrs = normalizeNode(key, n.attributes ?? {});
    if (typeof attrs === 'string') fail(attrs);
    if (graph.hasNode(key)) fail(`node "${key}" appears twice`);
    graph.addNode(key, attrs as NodeAttributes);
  });
  raw.edges.forEach((e, i) => {
    const key = e?.key === undefined || e.key === null ? `edge-${i}` : String(e.key);
    const [s, t] = [String(e?.source), String(e?.target)];
    const attrs = normalizeEdge(e.attributes ?? {});
    if (typeof attrs === 'string') fail(`${attrs} (edge "${key}")`);
    // graphology refuses unknown ends and repeated keys itself; asking first doubled the cost of a 40k-edge load
    try {
      graph.addDirectedEdgeWithKey(key, s, t, attrs as EdgeAttributes);
    } catch {
      fail(!graph.hasNode(s) || !graph.hasNode(t) ? `edge "${key}" joins unknown nodes` : `edge "${key}" appears twice`);
    }
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
