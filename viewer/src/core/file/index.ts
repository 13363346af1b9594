// file: reading graphs from text, files and URLs, and writing the shown graph back out.
import Graph from 'graphology';
import { parse as parseGexf, write as writeGexf } from 'graphology-gexf/browser';
import { fromRawGraph, GraphLoadError, type RawGraph, type ViewerGraph } from '../graph/index.ts';
import type { GraphFormat } from './types.ts';
import { detectFormat, parseJsonText, safeUrl } from './utils.ts';

export type { GraphFormat, LoadedGraphFile } from './types.ts';
export { baseName, parseJsonText, safeUrl, subgraph, toJsonText } from './utils.ts';

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
    return fromRawGraph(parsed.export() as RawGraph, name);
  }
  return parseJsonText(name, text);
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
