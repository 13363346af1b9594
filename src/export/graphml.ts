// GraphML (yEd, Cytoscape, Gephi, NetworkX). graphology-graphml 0.5 only parses (its README names a
// writer it does not ship), so the document is written with xml-writer, the XML library graphology's own
// writers use, and checked in the tests by reading it back through graphology-graphml's parser.
// Streamed: one pass infers the attribute types, a second writes element by element through xml-writer's
// output callback, so no document string is ever built.
import XMLWriter from 'xml-writer';
import { canonicalize, isCanonical, type KnowledgeGraph } from '../graph/index.ts';
import { joinChunks } from '../util/chunks.ts';
import { flattenAttributes, type Scalar } from './attributes.ts';
import { layoutPositions, nodeSize, TYPE_COLORS } from './style.ts';

type GraphmlType = 'boolean' | 'long' | 'double' | 'string';
/** Attributes whose declared type never depends on the data: a score of 0 and one of 1.5 are both doubles. */
const ALWAYS_DOUBLE: ReadonlySet<string> = new Set(['score', 'confidence', 'x', 'y', 'size']);

function typeOf(v: Scalar): GraphmlType {
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number' && Number.isFinite(v)) return Number.isInteger(v) ? 'long' : 'double';
  return 'string';
}

/** The widest of two types: boolean and numbers meet at string, long and double at double. */
function widen(a: GraphmlType, b: GraphmlType): GraphmlType {
  if (a === b) return a;
  return (a === 'long' || a === 'double') && (b === 'long' || b === 'double') ? 'double' : 'string';
}

/** Attribute name → GraphML type, over all elements, in sorted order. */
function model(rows: Iterable<Record<string, Scalar>>): [string, GraphmlType][] {
  const types = new Map<string, GraphmlType>();
  for (const row of rows)
    for (const k of Object.keys(row)) {
      const t = typeOf(row[k]!);
      const known = types.get(k);
      types.set(k, known ? widen(known, t) : ALWAYS_DOUBLE.has(k) && t !== 'string' && t !== 'boolean' ? 'double' : t);
    }
  return [...types.keys()].sort().map((k) => [k, types.get(k)!]);
}

export function* graphmlChunks(graph: KnowledgeGraph): Generator<string> {
  const g = isCanonical(graph) ? graph : canonicalize(graph);
  const positions = layoutPositions(g);
  const nodeData = (key: string) => {
    const a = g.getNodeAttributes(key);
    return { ...flattenAttributes(a as unknown as Record<string, unknown>), ...positions.get(key)!, size: a.size ?? nodeSize(g.degree(key)), color: a.color ?? TYPE_COLORS[a.type] };
  };
  const edgeData = (key: string) => flattenAttributes(g.getEdgeAttributes(key) as unknown as Record<string, unknown>);
  const nodeModel = model((function* () { for (const k of g.nodes()) yield nodeData(k); })());
  const edgeModel = model((function* () { for (const k of g.edges()) yield edgeData(k); })());

  const buffer: string[] = [];
  const w = new XMLWriter('  ', (s: string) => void buffer.push(s));
  const drain = () => buffer.splice(0).join('');
  w.startDocument('1.0', 'UTF-8');
  w.startElement('graphml')
    .writeAttribute('xmlns', 'http://graphml.graphdrawing.org/xmlns')
    .writeAttribute('xmlns:xsi', 'http://www.w3.org/2001/XMLSchema-instance')
    .writeAttribute('xsi:schemaLocation', 'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd');
  // key ids are prefixed by their domain: a node attribute and an edge attribute may share a name
  for (const [domain, m] of [['node', nodeModel], ['edge', edgeModel]] as const)
    for (const [name, type] of m)
      w.startElement('key').writeAttribute('id', `${domain[0]}_${name}`).writeAttribute('for', domain).writeAttribute('attr.name', name).writeAttribute('attr.type', type).endElement();
  w.startElement('graph').writeAttribute('id', 'G').writeAttribute('edgedefault', 'directed');
  yield drain();
  const writeData = (domain: string, data: Record<string, Scalar>) => {
    for (const name of Object.keys(data).sort()) w.startElement('data').writeAttribute('key', `${domain}_${name}`).text(String(data[name])).endElement();
  };
  for (const key of g.nodes()) {
    w.startElement('node').writeAttribute('id', key);
    writeData('n', nodeData(key));
    w.endElement();
    yield drain();
  }
  for (const { edge: key, source, target } of g.edgeEntries()) {
    w.startElement('edge').writeAttribute('id', key).writeAttribute('source', source).writeAttribute('target', target);
    writeData('e', edgeData(key));
    w.endElement();
    yield drain();
  }
  w.endDocument();
  w.toString(); // closes the open elements (through the callback)
  yield `${drain()}\n`;
}

export const toGraphml = (graph: KnowledgeGraph): string => joinChunks(graphmlChunks(graph));
