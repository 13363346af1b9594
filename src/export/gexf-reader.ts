// A streaming GEXF reader (saxes): the document is read chunk by chunk and never held whole, nor as a DOM,
// so a GEXF of any size loads in about the memory of its graph. It gives what graphology-gexf's parser gives
// (the tests hold the two equal): attvalues by their attribute's title and type (graphology-gexf's own
// parseValue), label, weight and kind, viz colour ("rgb(r,g,b)", "rgba(…)" or hex as written), size,
// position, shape and thickness, and the <meta> texts. A DOCTYPE (and with it any ENTITY) is refused.
// graphology-gexf's value parser: the same casts as its DOM parser (lists included)
import gexfHelpers from 'graphology-gexf/common/helpers.js';
import { GeokgError } from '../util/errors.ts';
import { saxesParser } from '../util/untyped.ts';

export interface GexfElementData {
  key?: string;
  source?: string;
  target?: string;
  attributes: Record<string, unknown>;
}

export interface GexfContent {
  meta: Record<string, string>;
  nodes: GexfElementData[];
  edges: GexfElementData[];
}

/** Where each element goes as soon as it is read (so no list of raw elements need be kept). */
export interface GexfSink {
  node(data: GexfElementData): void;
  edge(data: GexfElementData): void;
}

interface ModelEntry { title: string; type: string }
type Model = Map<string, ModelEntry>;

const parseValue = (gexfHelpers as { parseValue: (type: string, value: string) => unknown }).parseValue;
const local = (name: string) => name.slice(name.indexOf(':') + 1);
const VIZ = new Set(['color', 'size', 'position', 'shape', 'thickness']);

/** Collects a GEXF document's content from its text, given in chunks of any size. */
export function readGexfChunks(chunks: Iterable<string>, name: string): GexfContent {
  const nodes: GexfElementData[] = [], edges: GexfElementData[] = [];
  const meta = streamGexf(chunks, name, { node: (n) => void nodes.push(n), edge: (e) => void edges.push(e) });
  return { meta, nodes, edges };
}

/** Reads a GEXF document chunk by chunk, handing each node and edge to the sink; returns the <meta> texts. */
export function streamGexf(chunks: Iterable<string>, name: string, sink: GexfSink): Record<string, string> {
  const out = { meta: {} as Record<string, string> };
  const models: Record<string, Model> = { node: new Map(), edge: new Map() };
  const defaults: Record<string, Record<string, unknown>> = { node: {}, edge: {} };
  const stack: string[] = [];
  let modelClass: string | undefined, attribute: { id: string; type: string } | undefined, text = '';
  let current: { kind: 'node' | 'edge'; data: GexfElementData } | undefined;
  let sawGraph = false;

  const parser = saxesParser({ position: true });
  parser.on('doctype', () => {
    throw new GeokgError('import', `${name}: XML with a DOCTYPE declaration is refused (entity expansion is unsafe); remove the declaration`);
  });
  parser.on('error', (e) => {
    throw new GeokgError('import', `${name}: not well-formed XML (${e.message.split('\n')[0]})`);
  });
  parser.on('text', (t) => { text += t; });
  parser.on('opentag', (tag) => {
    const el = local(tag.name);
    const a = tag.attributes;
    if (!stack.length && el !== 'gexf') throw new GeokgError('import', `${name}: not a GEXF file (root element <${tag.name}>)`);
    stack.push(el);
    text = '';
    if (el === 'graph') sawGraph = true;
    else if (el === 'attributes') modelClass = a.class;
    else if (el === 'attribute' && modelClass && models[modelClass]) {
      const id = a.id || a.for || '';
      attribute = { id, type: a.type || 'string' };
      // graphology-gexf's rule: a numeric id stands for its title
      models[modelClass]!.set(id, { title: Number.isNaN(+id) ? id : a.title || id, type: attribute.type });
    } else if (el === 'node' || el === 'edge') {
      const data: GexfElementData = { key: a.id, attributes: {} };
      if (el === 'edge') Object.assign(data, { source: a.source, target: a.target });
      if (a.label) data.attributes.label = a.label;
      if (a.weight) data.attributes.weight = +a.weight;
      if (a.kind) data.attributes.kind = a.kind;
      current = { kind: el, data };
    } else if (el === 'attvalue' && current) {
      const id = a.id || a.for || '';
      const entry = models[current.kind]!.get(id) ?? { title: id, type: 'string' };
      current.data.attributes[entry.title] = parseValue(entry.type, a.value ?? '');
    } else if (current && VIZ.has(el)) viz(current.data.attributes, el, a);
  });
  parser.on('closetag', (tag) => {
    const el = local(tag.name);
    const parent = stack[stack.length - 2];
    if (el === 'default' && attribute && modelClass && defaults[modelClass]) {
      const entry = models[modelClass]!.get(attribute.id)!;
      defaults[modelClass]![entry.title] = parseValue(entry.type, text);
    } else if (parent === 'meta' && text.trim()) out.meta[el.toLowerCase()] = text;
    else if (el === 'attributes') modelClass = undefined;
    else if (el === 'attribute') attribute = undefined;
    else if ((el === 'node' || el === 'edge') && current) {
      for (const [k, v] of Object.entries(defaults[current.kind]!)) if (!(k in current.data.attributes)) current.data.attributes[k] = v;
      sink[current.kind](current.data);
      current = undefined;
    }
    stack.pop();
    text = '';
  });

  for (const chunk of chunks) parser.write(chunk);
  parser.close();
  if (!sawGraph) throw new GeokgError('import', `${name}: not a GEXF graph (no <graph> element)`);
  return out.meta;
}

/** viz:color, size, position, shape and thickness, as graphology-gexf reads them. */
function viz(data: Record<string, unknown>, el: string, a: Record<string, string>): void {
  if (el === 'color') data.color = a.hex ? a.hex : a.a ? `rgba(${a.r},${a.g},${a.b},${a.a})` : `rgb(${a.r},${a.g},${a.b})`;
  else if (el === 'size') data.size = +(a.value ?? NaN);
  else if (el === 'position') {
    if (a.x) data.x = +a.x;
    if (a.y) data.y = +a.y;
    if (a.z) data.z = +a.z;
  } else if (el === 'shape') data.shape = a.value;
  else if (el === 'thickness') data.thickness = +(a.value ?? NaN);
}
