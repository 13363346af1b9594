// GraphML (yEd, Cytoscape, Gephi, NetworkX). graphology-graphml 0.5 only parses (its README names a
// writer it does not ship), so the document is written with xml-writer, the XML library graphology's own
// writers use, and checked in the tests by reading it back through graphology-graphml's parser.
import XMLWriter from 'xml-writer';
import { canonicalize, type KnowledgeGraph } from '../graph/index.ts';
import { flattenAttributes, type Scalar } from './attributes.ts';
import { layoutPositions, nodeSize, TYPE_COLORS } from './style.ts';

type GraphmlType = 'boolean' | 'long' | 'double' | 'string';

function inferType(values: Scalar[]): GraphmlType {
  if (values.every((v) => typeof v === 'boolean')) return 'boolean';
  if (values.every((v) => typeof v === 'number' && Number.isFinite(v))) return values.every((v) => Number.isInteger(v)) ? 'long' : 'double';
  return 'string';
}

/** Attribute name → GraphML type, over all elements, in sorted order. */
function model(rows: Record<string, Scalar>[]): [string, GraphmlType][] {
  const values = new Map<string, Scalar[]>();
  for (const row of rows) for (const [k, v] of Object.entries(row)) (values.get(k) ?? values.set(k, []).get(k)!).push(v);
  return [...values.keys()].sort().map((k) => [k, inferType(values.get(k)!)]);
}

export function toGraphml(graph: KnowledgeGraph): string {
  const g = canonicalize(graph);
  const positions = layoutPositions(g);
  const nodes = g.mapNodes((key, a) => ({
    key,
    data: { ...flattenAttributes(a as unknown as Record<string, unknown>), ...positions.get(key)!, size: a.size ?? nodeSize(g.degree(key)), color: a.color ?? TYPE_COLORS[a.type] },
  }));
  const edges = g.mapEdges((key, a, source, target) => ({ key, source, target, data: flattenAttributes(a as unknown as Record<string, unknown>) }));
  const nodeModel = model(nodes.map((n) => n.data));
  const edgeModel = model(edges.map((e) => e.data));

  const w = new XMLWriter('  ');
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
  const writeData = (domain: string, data: Record<string, Scalar>) => {
    for (const name of Object.keys(data).sort()) w.startElement('data').writeAttribute('key', `${domain}_${name}`).text(String(data[name])).endElement();
  };
  for (const n of nodes) {
    w.startElement('node').writeAttribute('id', n.key);
    writeData('n', n.data);
    w.endElement();
  }
  for (const e of edges) {
    w.startElement('edge').writeAttribute('id', e.key).writeAttribute('source', e.source).writeAttribute('target', e.target);
    writeData('e', e.data);
    w.endElement();
  }
  w.endDocument();
  return `${w.toString()}\n`;
}
