// GEXF for Gephi and networkx: 1.3 by default, 1.2 for older readers (Debian's networkx 2.8, old Gephi).
// Written by the streaming writer of gexf-writer.ts (graphology-gexf's writer builds one string) and read by
// the streaming reader of gexf-reader.ts; graphology-gexf's DOM parser is the round-trip check in the tests. Object-valued attributes travel
// as JSON strings (graphology-gexf's default formatter would write "[object Object]").
import { canonicalize, GRAPH_SCHEMA, isCanonical, type KnowledgeGraph } from '../graph/index.ts';
import { joinChunks } from '../util/chunks.ts';
import { flattenAttributes, unflattenAttributes } from './attributes.ts';
import { gexfDocument, type GexfElement, type GexfVersion } from './gexf-writer.ts';
import { fromSerialized } from './json.ts';
import { edgeStyle, layoutPositions, nodeSize, TYPE_COLORS } from './style.ts';
import { streamGexf } from './gexf-reader.ts';
import { xmlSafe } from './xml.ts';

export type { GexfVersion } from './gexf-writer.ts';
export const GEXF_VERSIONS: readonly GexfVersion[] = ['1.3', '1.2'];

const NODE_VIZ = new Set(['label', 'x', 'y', 'size', 'color']);
const NO_SKIP = new Set<string>();
/** <description> of a graph without a name; any other description is the graph's name */
const UNNAMED = 'geokg knowledge graph';

/** The graph's name as GEXF keeps it: element text (so XML folds CR LF to LF), trimmed (graphology-gexf drops blank meta). */
export const gexfName = (name: string | undefined) => xmlSafe(name ?? '').replace(/\r\n?/g, '\n').trim();

export function* gexfChunks(graph: KnowledgeGraph, version: GexfVersion = '1.3'): Generator<string> {
  const g = isCanonical(graph) ? graph : canonicalize(graph);
  const positions = layoutPositions(g);
  const node = (key: string): GexfElement => {
    const a = g.getNodeAttributes(key);
    return {
      label: xmlSafe(a.label),
      attributes: flattenAttributes(a as unknown as Record<string, unknown>, NODE_VIZ),
      viz: { color: a.color ?? TYPE_COLORS[a.type] ?? '#999999', size: a.size ?? nodeSize(g.degree(key)), ...positions.get(key)! },
    };
  };
  const edge = (key: string): GexfElement => {
    const a = g.getEdgeAttributes(key);
    return {
      label: a.negated ? `NOT ${a.predicate}` : a.predicate,
      // Gephi (0.10+) keeps parallel edges apart only when their kinds differ; a geokg edge is unique by
      // its ends, predicate and negation, so that is its kind
      kind: a.negated ? `NOT_${a.predicate}` : a.predicate,
      weight: Math.max(1, a.count),
      attributes: flattenAttributes(a as unknown as Record<string, unknown>, NO_SKIP),
      viz: edgeStyle(a),
    };
  };
  // <meta> holds only creator, keywords and description in both grammars
  const meta = { creator: 'geokg', keywords: g.getAttribute('schema') ?? GRAPH_SCHEMA, description: gexfName(g.getAttribute('name')) || UNNAMED };
  yield* gexfDocument({
    meta,
    nodeKeys: () => g.nodes(),
    node,
    edges: () => (function* () { for (const { edge: key, source, target } of g.edgeEntries()) yield { key, source, target }; })(),
    edge,
  }, version);
}

export const toGexf = (graph: KnowledgeGraph, version: GexfVersion = '1.3'): string => joinChunks(gexfChunks(graph, version));

/** Reads a GEXF document written by geokg (or by Gephi from one), given whole or in chunks, into a geokg graph. */
export function fromGexf(text: string | Iterable<string>, name = 'input'): KnowledgeGraph {
  const nodes: object[] = [], edges: object[] = [];
  const meta = streamGexf(typeof text === 'string' ? [text] : text, name, {
    node: ({ key, attributes: a }) => {
      const { label, x, y, size, color, shape: _shape, z: _z, ...rest } = a;
      nodes.push({ key, attributes: { ...unflattenAttributes(rest), label: label ?? '', ...(x !== undefined && { x }), ...(y !== undefined && { y }), ...(size !== undefined && { size }), ...(color !== undefined && { color }) } });
    },
    // label, weight and the viz record of an edge are derived from its attributes on writing
    edge: ({ key, source, target, attributes: a }) => {
      const { label: _l, weight: _w, color: _c, thickness: _t, shape: _s, kind: _k, ...rest } = a;
      edges.push({ key, source, target, attributes: { cameo: null, ...unflattenAttributes(rest) } });
    },
  });
  const description = meta.description;
  const attributes = typeof description === 'string' && description !== UNNAMED ? { name: description } : {};
  const graph = fromSerialized({ attributes, nodes, edges }, name);
  // geokg writes GEXF in canonical order: then no second copy of the graph is needed
  return isCanonical(graph) ? graph : canonicalize(graph);
}
