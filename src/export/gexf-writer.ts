// A streaming GEXF writer. graphology-gexf builds its whole document in one string (and collects every
// node and edge first), which does not hold a graph of a million relations. This is its algorithm
// (graphology-gexf 0.13 common/writer.js: model inference, attvalues, viz order) written element by element
// through xml-writer's output callback, with two deliberate differences:
//   - colours are written as r/g/b attributes, never hex: hex is valid GEXF 1.3 but networkx 3.x's
//     read_gexf crashes on it, and 1.2 has no hex at all;
//   - `score` is declared double whatever the data holds, so its type never depends on the graph.
// graphology-gexf stays the reader and the round-trip check (see gexf.ts and the tests).
import XMLWriter from 'xml-writer';

export type GexfVersion = '1.2' | '1.3';
export type GexfScalar = string | number | boolean;

export interface GexfElement {
  label?: string;
  kind?: string;
  weight?: number;
  attributes: Record<string, GexfScalar>;
  viz: { color?: string; size?: number; x?: number; y?: number; shape?: string; thickness?: number };
}

export interface GexfSource {
  meta: Record<string, string>;
  nodeKeys: () => Iterable<string>;
  node: (key: string) => GexfElement;
  edges: () => Iterable<{ key: string; source: string; target: string }>;
  edge: (key: string) => GexfElement;
}

const NAMESPACES: Record<GexfVersion, [string, string]> = {
  '1.3': ['http://gexf.net/1.3', 'http://gexf.net/1.3/viz'],
  // graphology-gexf writes a malformed viz namespace for 1.2 (http:///www.gexf.net/1.1draft/viz); this is 1.2's own
  '1.2': ['http://www.gexf.net/1.2draft', 'http://www.gexf.net/1.2draft/viz'],
};

// graphology-gexf's type lattice: the lower number wins when two elements disagree
const PRIORITY: Record<string, number> = { string: 5, double: 6, integer: 8, boolean: 9 };
const DECLARED_DOUBLE: ReadonlySet<string> = new Set(['score']);

const isEmpty = (v: unknown) => v === undefined || v === null || v === '' || (typeof v === 'number' && Number.isNaN(v));

function scalarType(v: GexfScalar): string {
  if (typeof v === 'boolean') return 'boolean';
  // as graphology-gexf: a 32-bit integer is an integer, any other number a double
  if (typeof v === 'number') return v === (v | 0) ? 'integer' : 'double';
  return 'string';
}

/** Attribute name → GEXF type, in order of first appearance, as graphology-gexf infers it. */
function inferModel(elements: Iterable<GexfElement>): Map<string, string> {
  const model = new Map<string, string>();
  for (const { attributes } of elements)
    for (const name of Object.keys(attributes)) {
      const v = attributes[name]!;
      if (isEmpty(v)) continue;
      const type = scalarType(v);
      const known = model.get(name);
      if (!known || PRIORITY[type]! < PRIORITY[known]!) model.set(name, type);
    }
  for (const name of DECLARED_DOUBLE) if (model.has(name) && PRIORITY[model.get(name)!]! > PRIORITY.double!) model.set(name, 'double');
  return model;
}

/** "#rgb", "#rrggbb" or "rgb(a)(…)" as GEXF r/g/b(/a); anything else grey, so the element stays valid. */
export function rgba(color: string): Record<string, number> {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim())?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
    return { r: parseInt(full.slice(0, 2), 16), g: parseInt(full.slice(2, 4), 16), b: parseInt(full.slice(4, 6), 16) };
  }
  const m = /^\s*rgba?\s*\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*([.0-9]+)\s*)?\)\s*$/i.exec(color);
  if (m) return { r: Math.min(255, +m[1]!), g: Math.min(255, +m[2]!), b: Math.min(255, +m[3]!), ...(m[4] !== undefined && { a: Math.min(1, +m[4]) }) };
  return { r: 153, g: 153, b: 153 };
}

export function* gexfDocument(source: GexfSource, version: GexfVersion): Generator<string> {
  const buffer: string[] = [];
  const w = new XMLWriter('  ', (s: string) => void buffer.push(s));
  const drain = () => buffer.splice(0).join('');
  const nodeModel = inferModel((function* () { for (const k of source.nodeKeys()) yield source.node(k); })());
  const edgeModel = inferModel((function* () { for (const e of source.edges()) yield source.edge(e.key); })());

  w.startDocument('1.0', 'UTF-8');
  w.startElement('gexf').writeAttribute('version', version).writeAttribute('xmlns', NAMESPACES[version][0]).writeAttribute('xmlns:viz', NAMESPACES[version][1]);
  w.startElement('meta');
  for (const [name, value] of Object.entries(source.meta)) w.writeElement(name, value);
  w.endElement();
  w.startElement('graph').writeAttribute('defaultedgetype', 'directed');
  for (const [cls, model] of [['node', nodeModel], ['edge', edgeModel]] as const) {
    if (!model.size) continue;
    w.startElement('attributes').writeAttribute('class', cls);
    for (const [name, type] of model) w.startElement('attribute').writeAttribute('id', name).writeAttribute('title', name).writeAttribute('type', type).endElement();
    w.endElement();
  }
  w.startElement('nodes');
  yield drain();
  for (const key of source.nodeKeys()) {
    writeElement(w, nodeModel, { key }, source.node(key), version);
    yield drain();
  }
  w.endElement();
  w.startElement('edges');
  for (const ends of source.edges()) {
    writeElement(w, edgeModel, ends, source.edge(ends.key), version);
    yield drain();
  }
  w.endElement();
  w.toString(); // closes <graph> and <gexf> through the callback
  yield `${drain()}\n`;
}

function writeElement(w: XMLWriter, model: Map<string, string>, ends: { key: string; source?: string; target?: string }, el: GexfElement, version: GexfVersion): void {
  const edge = ends.source !== undefined;
  w.startElement(edge ? 'edge' : 'node').writeAttribute('id', ends.key);
  if (edge) {
    w.writeAttribute('source', ends.source!).writeAttribute('target', ends.target!);
    if (typeof el.weight === 'number' && !Number.isNaN(el.weight)) w.writeAttribute('weight', el.weight);
    // an edge's kind is new in 1.3; the 1.2 grammar allows no such attribute
    if (el.kind && version !== '1.2') w.writeAttribute('kind', el.kind);
  }
  if (el.label) w.writeAttribute('label', el.label);
  if (model.size) {
    w.startElement('attvalues');
    for (const name of model.keys()) {
      const v = el.attributes[name];
      if (v === undefined || isEmpty(v)) continue;
      w.startElement('attvalue').writeAttribute('for', name).writeAttribute('value', String(v)).endElement();
    }
    w.endElement();
  }
  const viz = el.viz;
  if (viz.color) {
    w.startElement('viz:color');
    for (const [k, v] of Object.entries(rgba(viz.color))) w.writeAttribute(k, v);
    w.endElement();
  }
  if (viz.size !== undefined) w.startElement('viz:size').writeAttribute('value', viz.size).endElement();
  if (viz.x !== undefined || viz.y !== undefined) {
    w.startElement('viz:position');
    if (viz.x !== undefined) w.writeAttribute('x', viz.x);
    if (viz.y !== undefined) w.writeAttribute('y', viz.y);
    // 1.2's viz:position requires z (1.3 made it optional)
    if (version === '1.2') w.writeAttribute('z', 0);
    w.endElement();
  }
  if (viz.shape) w.startElement('viz:shape').writeAttribute('value', viz.shape).endElement();
  if (viz.thickness !== undefined) w.startElement('viz:thickness').writeAttribute('value', viz.thickness).endElement();
  w.endElement();
}
