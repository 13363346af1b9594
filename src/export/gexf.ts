// GEXF for Gephi and networkx: 1.3 by default, 1.2 for older readers (Debian's networkx 2.8, old Gephi).
// Written by the streaming writer of gexf-writer.ts (graphology-gexf's writer builds one string); read back
// through graphology-gexf, which is also the round-trip check in the tests. Object-valued attributes travel
// as JSON strings (graphology-gexf's default formatter would write "[object Object]").
import GraphModule from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { parse as parseGexfDocument } from 'graphology-gexf';
import { canonicalize, GRAPH_SCHEMA, isCanonical, type KnowledgeGraph } from '../graph/index.ts';
import { joinChunks } from '../util/chunks.ts';
import { defaultExport } from '../util/interop.ts';
import { GeokgError } from '../util/errors.ts';
import { flattenAttributes, unflattenAttributes } from './attributes.ts';
import { gexfDocument, type GexfElement, type GexfVersion } from './gexf-writer.ts';
import { fromSerialized } from './json.ts';
import { edgeStyle, layoutPositions, nodeSize, TYPE_COLORS } from './style.ts';
import { parseXml, refuseUnsafeXml, xmlRootName, xmlSafe } from './xml.ts';
const Graph = defaultExport(GraphModule);

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

/** Reads a GEXF file written by geokg (or by Gephi from one) back into a geokg graph. */
export function fromGexf(text: string, name = 'input'): KnowledgeGraph {
  refuseUnsafeXml(text, name);
  const root = xmlRootName(text);
  if (root !== 'gexf') throw new GeokgError('import', `${name}: not a GEXF file (root element ${root ? `<${root}>` : 'missing'})`);
  const doc = parseXml(text, name);
  // graphology-gexf assumes a <graph> element and fails obscurely without one
  if (!doc.getElementsByTagName('graph').length) throw new GeokgError('import', `${name}: not a GEXF graph (no <graph> element)`);
  let parsed: AbstractGraph;
  try {
    parsed = parseGexfDocument(Graph, doc, { allowUndeclaredAttributes: true });
  } catch (e) {
    throw new GeokgError('import', `${name}: unreadable GEXF (${(e as Error).message.replace(/^graphology-gexf\/parser: /, '').split('\n')[0]})`);
  }
  const nodes = parsed.mapNodes((key, a) => {
    const { label, x, y, size, color, shape: _shape, ...rest } = a;
    return { key, attributes: { ...unflattenAttributes(rest), label: label ?? '', ...(x !== undefined && { x }), ...(y !== undefined && { y }), ...(size !== undefined && { size }), ...(color !== undefined && { color }) } };
  });
  // label, weight and the viz record of an edge are derived from its attributes on writing
  const edges = parsed.mapEdges((key, a, source, target) => {
    const { label: _l, weight: _w, color: _c, thickness: _t, shape: _s, kind: _k, ...rest } = a;
    return { key, source, target, attributes: { cameo: null, ...unflattenAttributes(rest) } };
  });
  const description = parsed.getAttribute('description');
  const attributes = typeof description === 'string' && description !== UNNAMED ? { name: description } : {};
  return canonicalize(fromSerialized({ attributes, nodes, edges }, name));
}
