// The graph JSON of SCHEMA.md: graphology's own serialisation, written with sorted keys so that
// the same graph always gives the same bytes.
import type { SerializedGraph } from 'graphology-types';
import { createGraph, canonicalize, isCanonical, type KnowledgeGraph } from '../graph/index.ts';
import { ENTITY_TYPES } from '../model/types.ts';
import { isPredicate, PREDICATE_TABLE, type Predicate } from '../model/predicates.ts';
import { edgeKey } from '../model/keys.ts';
import { JSONParser } from '@streamparser/json';
import { joinChunks } from '../util/chunks.ts';
import { jsonText } from '../util/json.ts';
import { GeokgError } from '../util/errors.ts';

/** JSON with every object's keys sorted; compact output is written without recursion (any depth). */
export function stableStringify(value: unknown, indent = 0): string {
  return indent ? JSON.stringify(JSON.parse(jsonText(value, { sortKeys: true })), null, indent) : jsonText(value, { sortKeys: true });
}

/**
 * graphology's export() of the canonical graph, with sorted keys, as compact JSON, one element per chunk
 * (no whole-graph export or document string), and without copying a graph that is already canonical,
 * as buildGraph's is; the bytes are those of `stableStringify(canonicalize(graph).export())`.
 */
export function* jsonChunks(graph: KnowledgeGraph): Generator<string> {
  const g = isCanonical(graph) ? graph : canonicalize(graph);
  // graphology's serialised node and edge: `attributes` left out when empty
  const filled = (a: object) => (Object.keys(a).length ? a : undefined);
  // top-level keys in sorted order: attributes, edges, nodes, options
  yield `{"attributes":${stableStringify(g.getAttributes())},"edges":[`;
  let first = true;
  for (const { edge: key, attributes, source, target } of g.edgeEntries()) {
    yield (first ? '' : ',') + stableStringify({ key, source, target, attributes: filled(attributes) });
    first = false;
  }
  yield '],"nodes":[';
  first = true;
  for (const { node: key, attributes } of g.nodeEntries()) {
    yield (first ? '' : ',') + stableStringify({ key, attributes: filled(attributes) });
    first = false;
  }
  const options = { type: g.type, multi: g.multi, allowSelfLoops: g.allowSelfLoops };
  yield `],"options":${stableStringify(options)}}\n`;
}

/** The graph JSON as one string (small graphs; files are streamed from jsonChunks). */
export const toJson = (graph: KnowledgeGraph): string => joinChunks(jsonChunks(graph));

/** Reads a geokg graph JSON; anything else gets a clear error naming what is wrong. */
export function fromJson(text: string, name = 'input'): KnowledgeGraph {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new GeokgError('import', `${name}: not JSON (${(e as Error).message.split('\n')[0]})`);
  }
  return fromSerialized(data, name);
}

/**
 * Reads a geokg graph JSON given in chunks (a large file read piece by piece) with a streaming parser
 * (@streamparser/json), so no string of the whole document is ever built: past V8's string limit
 * (about 512 MB) JSON.parse cannot read a file at all.
 */
export function fromJsonChunks(chunks: Iterable<string>, name = 'input'): KnowledgeGraph {
  const parser = new JSONParser({ paths: ['$'], keepStack: false });
  let data: unknown, failure: Error | undefined;
  parser.onValue = ({ value }) => { data = value; };
  parser.onError = (e) => { failure ??= e; };
  try {
    for (const chunk of chunks) {
      parser.write(chunk);
      if (failure) break;
    }
    // the parser ends by itself after the top-level value; ending it again is an error
    if (!failure && !parser.isEnded) parser.end();
  } catch (e) {
    failure ??= e as Error;
  }
  if (failure) throw new GeokgError('import', `${name}: not JSON (${failure.message.split('\n')[0]})`);
  return fromSerialized(data, name);
}

/** Checks and imports graphology's serialisation of a geokg graph (as read from JSON, or decoded from GEXF). */
export function fromSerialized(data: unknown, name = 'input'): KnowledgeGraph {
  const d = data as Partial<SerializedGraph>;
  if (!d || typeof d !== 'object' || !Array.isArray(d.nodes) || !Array.isArray(d.edges))
    throw new GeokgError('import', `${name}: not a geokg graph (expected graphology JSON with "nodes" and "edges" arrays)`);
  d.nodes.forEach((n, i) => {
    const a = n?.attributes as Record<string, unknown> | undefined;
    if (typeof n?.key !== 'string' || typeof a?.label !== 'string' || !ENTITY_TYPES.includes(a.type as never))
      throw new GeokgError('import', `${name}: node ${i} is not a geokg entity (needs a key, a label and a type: ${ENTITY_TYPES.join(", ")})`);
    a.aliases = Array.isArray(a.aliases) ? a.aliases : [];
    a.mentions = Array.isArray(a.mentions) ? a.mentions : [];
  });
  const keys = new Set(d.nodes.map((n) => n.key));
  d.edges.forEach((e, i) => {
    const a = e?.attributes as Record<string, unknown> | undefined;
    if (!e || !keys.has(e.source) || !keys.has(e.target) || !isPredicate(a?.predicate))
      throw new GeokgError('import', `${name}: edge ${i} is not a geokg relation (needs known ends and a predicate; geokg predicates lists them)`);
    a!.negated = !!a!.negated;
    a!.evidence = Array.isArray(a!.evidence) ? a!.evidence : [];
    // fields that follow from the predicate, filled where a hand-written graph leaves them out
    const spec = PREDICATE_TABLE[a!.predicate as Predicate];
    if (a!.cameo === undefined) a!.cameo = spec.cameo;
    if (typeof a!.score !== 'number') a!.score = spec.score;
    if (typeof a!.count !== 'number') a!.count = (a!.evidence as unknown[]).length;
    // graphology would invent a random key for a keyless edge; derive it from content instead
    if (typeof e.key !== 'string') e.key = edgeKey(e.source, a!.predicate as Predicate, e.target, a!.negated as boolean);
  });
  const graph = createGraph();
  try {
    graph.import({ nodes: d.nodes, edges: d.edges, attributes: { ...(d.attributes ?? {}), generator: 'geokg', schema: graph.getAttribute('schema') } } as never);
  } catch (e) {
    throw new GeokgError('import', `${name}: ${(e as Error).message}`);
  }
  return graph;
}
