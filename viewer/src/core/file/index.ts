// file: reading graphs from text, files and URLs, and writing the shown graph back out.
import Graph from 'graphology';
import { parse as parseGexf, write as writeGexf } from 'graphology-gexf/browser';
import type { SerializedGraph } from 'graphology-types';
import { GraphLoadError, toViewerGraph, type ViewerGraph } from '../graph/index.ts';
import type { GraphFormat } from './types.ts';
import { detectFormat, safeUrl } from './utils.ts';

export type { GraphFormat, LoadedGraphFile } from './types.ts';
export { baseName, safeUrl } from './utils.ts';

export function parseGraphText(name: string, text: string, format: GraphFormat = detectFormat(name, text)): ViewerGraph {
  if (format === 'gexf') {
    // As src/export does: no DOCTYPE or ENTITY declarations at all, which stops entity-expansion bombs.
    if (/<!(DOCTYPE|ENTITY)/i.test(text)) throw new GraphLoadError(`${name}: GEXF with a DOCTYPE or ENTITY declaration is refused`);
    let parsed: Graph;
    try {
      parsed = parseGexf(Graph, text, { addMissingNodes: true, allowUndeclaredAttributes: true });
    } catch (e) {
      throw new GraphLoadError(`${name}: not a readable GEXF file (${(e as Error).message})`);
    }
    return toViewerGraph(parsed, name);
  }
  let data: Partial<SerializedGraph>;
  try {
    data = JSON.parse(text) as Partial<SerializedGraph>;
  } catch (e) {
    throw new GraphLoadError(`${name}: not JSON (${(e as Error).message})`);
  }
  if (!data || !Array.isArray(data.nodes) || !Array.isArray(data.edges))
    throw new GraphLoadError(`${name}: not a geokg graph (expected "nodes" and "edges" arrays)`);
  const raw = new Graph({ type: 'mixed', multi: true, allowSelfLoops: true });
  try {
    raw.import({ attributes: data.attributes ?? {}, nodes: data.nodes, edges: data.edges.map((e) => ({ ...e, undirected: false })) } as SerializedGraph);
  } catch (e) {
    throw new GraphLoadError(`${name}: not a geokg graph (${(e as Error).message})`);
  }
  return toViewerGraph(raw, name);
}

export async function readGraphFile(file: File): Promise<ViewerGraph> {
  return parseGraphText(file.name, await file.text());
}

export async function fetchGraph(url: string, base: string): Promise<ViewerGraph> {
  const u = safeUrl(url, base);
  if (!u) throw new GraphLoadError(`${url}: only http(s) URLs can be loaded`);
  const res = await fetch(u, { credentials: 'same-origin' });
  if (!res.ok) throw new GraphLoadError(`${u.pathname}: HTTP ${res.status}`);
  return parseGraphText(u.pathname, await res.text(), res.headers.get('content-type')?.includes('xml') ? 'gexf' : undefined);
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

/**
 * GEXF 1.3 with the contract's lists and evidence as JSON strings (GEXF attributes are scalars), as
 * src/export/gexf.ts writes them. graphology-gexf adds an xsi:schemaLocation that the 1.3 grammar does
 * not allow; it is dropped after writing, since no option controls it.
 */
export function toGexfText(graph: ViewerGraph): string {
  const scalar = (v: unknown) => (v !== null && typeof v === 'object' ? JSON.stringify(v) : v);
  const xml = writeGexf(graph, {
    version: '1.3',
    pedantic: true,
    formatNode: (_key, a) => {
      const { x, y, label, size: _s, color: _c, ...rest } = a;
      const attributes = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, scalar(v)]));
      return { label, attributes, ...(Number.isFinite(x) && Number.isFinite(y) ? { viz: { x, y } } : {}) };
    },
    formatEdge: (_key, a) => ({
      label: a.negated ? `NOT ${a.predicate}` : a.predicate,
      attributes: Object.fromEntries(Object.entries(a).map(([k, v]) => [k, scalar(v)])),
    }),
  });
  return xml.replace(/ xsi:schemaLocation="[^"]*"/, '').replace(/ xmlns:xsi="[^"]*"/, '');
}

export function download(name: string, data: Blob | string, type = 'application/octet-stream'): void {
  const blob = typeof data === 'string' ? new Blob([data], { type }) : data;
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
