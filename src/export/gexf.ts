// GEXF 1.3 for Gephi, through graphology-gexf, with its known defects fixed at the right depth
// (see ../shared/schemas/README.md): `version: '1.3'` gives the right namespaces (1.2 mode writes a
// malformed viz namespace); formatNode/formatEdge carry geokg's attributes (objects as JSON strings,
// which the default formatter would write as "[object Object]") and viz colours, sizes and positions;
// `pedantic` keeps <meta> to the elements the grammar allows; and the one foreign attribute,
// xsi:schemaLocation, is dropped after writing (no option controls it).
import GraphModule from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { defaultExport } from '../util/interop.ts';
import { parse as parseGexfDocument, write as writeGexfString } from 'graphology-gexf';
import { canonicalize, GRAPH_SCHEMA, type KnowledgeGraph } from '../graph/index.ts';
import type { EdgeAttributes, NodeAttributes } from '../model/types.ts';
import { GeokgError } from '../util/errors.ts';
import { flattenAttributes, unflattenAttributes } from './attributes.ts';
import { fromSerialized } from './json.ts';
import { edgeStyle, layoutPositions, nodeSize, TYPE_COLORS } from './style.ts';
import { parseXml, refuseUnsafeXml, xmlRootName, xmlSafe } from './xml.ts';
const Graph = defaultExport(GraphModule);

const NODE_VIZ = new Set(['label', 'x', 'y', 'size', 'color']);
const NO_SKIP = new Set<string>();
/** <description> of a graph without a name; any other description is the graph's name */
const UNNAMED = 'geokg knowledge graph';
const SCHEMA_LOCATION = ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"';
const XSI_NAMESPACE = ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';

/** The graph's name as GEXF keeps it: element text (so XML folds CR LF to LF), trimmed (graphology-gexf drops blank meta). */
export const gexfName = (name: string | undefined) => xmlSafe(name ?? '').replace(/\r\n?/g, '\n').trim();

export function toGexf(graph: KnowledgeGraph): string {
  const canonical = canonicalize(graph);
  const positions = layoutPositions(canonical);
  // <meta> of GEXF 1.3 holds only creator, keywords and description (pedantic drops any other graph attribute)
  const meta = { creator: 'geokg', keywords: canonical.getAttribute('schema') ?? GRAPH_SCHEMA, description: gexfName(canonical.getAttribute('name')) || UNNAMED };
  canonical.replaceAttributes(meta as never);
  const xml = writeGexfString<NodeAttributes, EdgeAttributes>(canonical, {
    version: '1.3',
    pedantic: true,
    formatNode: (key, a) => ({
      label: xmlSafe(a.label),
      attributes: flattenAttributes(a as unknown as Record<string, unknown>, NODE_VIZ),
      viz: { ...positions.get(key)!, size: a.size ?? nodeSize(canonical.degree(key)), color: a.color ?? TYPE_COLORS[a.type] ?? '#999999' },
    }),
    formatEdge: (_key, a) => {
      const style = edgeStyle(a);
      return {
        label: a.negated ? `NOT ${a.predicate}` : a.predicate,
        // Gephi (0.10+) keeps parallel edges apart only when their kinds differ; a geokg edge is unique by
        // its ends, predicate and negation, so that is its kind
        kind: a.negated ? `NOT_${a.predicate}` : a.predicate,
        weight: Math.max(1, a.count),
        attributes: flattenAttributes(a as unknown as Record<string, unknown>, NO_SKIP),
        viz: style,
      };
    },
  });
  // The 1.3 grammar has no xsi:schemaLocation; without it the xsi namespace is unused too.
  if (!xml.includes(SCHEMA_LOCATION)) throw new GeokgError('export', 'graphology-gexf changed its 1.3 header; update src/export/gexf.ts');
  return xml.replace(SCHEMA_LOCATION, '').replace(XSI_NAMESPACE, '') + (xml.endsWith('\n') ? '' : '\n');
}

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
