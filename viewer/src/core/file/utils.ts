import { fromRawGraph, GraphLoadError, type RawGraph, type ViewerGraph } from '../graph/index.ts';
import type { GraphFormat } from './types.ts';

/** By extension, else by the first character: GEXF is XML. */
export function detectFormat(name: string, text: string): GraphFormat {
  if (/\.gexf$/i.test(name)) return 'gexf';
  if (/\.json$/i.test(name)) return 'json';
  return text.trimStart().startsWith('<') ? 'gexf' : 'json';
}

/** Only http(s) and same-origin relative URLs may be fetched or linked. */
export function safeUrl(url: string, base: string): URL | null {
  try {
    const u = new URL(url, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

export function baseName(name: string): string {
  return (name.split(/[\\/]/).pop() ?? 'graph').replace(/\.[^.]*$/, '') || 'graph';
}

/** A graphology JSON serialisation (geokg's graph JSON) → the viewer's graph. */
export function parseJsonText(name: string, text: string): ViewerGraph {
  let data: Partial<RawGraph>;
  try {
    data = JSON.parse(text) as Partial<RawGraph>;
  } catch (e) {
    throw new GraphLoadError(`${name}: not JSON (${(e as Error).message})`);
  }
  if (!data || !Array.isArray(data.nodes) || !Array.isArray(data.edges))
    throw new GraphLoadError(`${name}: not a geokg graph (expected "nodes" and "edges" arrays)`);
  return fromRawGraph(data as RawGraph, name);
}

/** The shown part of the graph, as a graph of its own. */
export function subgraph(graph: ViewerGraph, nodes: ReadonlySet<string>, edges: ReadonlySet<string>): ViewerGraph {
  const out = graph.nullCopy(); // nullCopy: same options and attributes, no nodes (emptyCopy keeps the nodes)
  graph.forEachNode((n, a) => {
    if (nodes.has(n)) out.addNode(n, a);
  });
  graph.forEachEdge((e, a, s, t) => {
    if (edges.has(e) && nodes.has(s) && nodes.has(t)) out.addDirectedEdgeWithKey(e, s, t, a);
  });
  return out;
}

export function toJsonText(graph: ViewerGraph): string {
  return `${JSON.stringify(graph.export(), null, 2)}\n`;
}

