// graphology (0.26) indexes each node's neighbours in plain objects (`in`, `out`, `undirected`, made by
// the node data's clear()), so a node keyed "constructor", "toString" or "__proto__" collides with
// Object.prototype: edges are reported that do not exist, and "__proto__" corrupts the index. graphology
// has no option for this, so its node data's clear() is wrapped to make those indices objects whose
// prototype holds nothing but hasOwnProperty (which graphology calls on them): every other string is an
// ordinary key. A node keyed "hasOwnProperty" itself remains out of reach. Applied once per graphology
// build (the mark lives on graphology's own prototype); safe to call for every graph.
import type { AbstractGraph } from 'graphology-types';

const PATCHED = Symbol.for('geokg.nullPrototypeIndices');
const INDICES = ['in', 'out', 'undirected'] as const;

const INDEX_PROTOTYPE = Object.freeze(Object.create(null, {
  hasOwnProperty: { value(this: object, key: string) { return Object.prototype.hasOwnProperty.call(this, key); } },
})) as object;

type NodeData = Record<string, unknown> & { clear(): void };

export function useNullPrototypeIndices(graph: AbstractGraph): void {
  const probe = '\u0000geokg-probe';
  const internals = graph as unknown as { _nodes: Map<string, NodeData> };
  if (graph.order !== 0 || !(internals._nodes instanceof Map)) return; // an unknown graphology: leave it be
  graph.addNode(probe);
  const proto = Object.getPrototypeOf(internals._nodes.get(probe)) as { clear(this: NodeData): void; [PATCHED]?: true };
  graph.dropNode(probe);
  if (proto[PATCHED]) return;
  const clear = proto.clear;
  proto.clear = function (this: NodeData) {
    clear.call(this);
    for (const name of INDICES) if (this[name] && typeof this[name] === 'object') this[name] = Object.create(INDEX_PROTOTYPE);
  };
  proto[PATCHED] = true;
}

/**
 * A lexicon table looked up by words of the text, without a prototype: "constructor" in the text (a crossword's
 * constructor, a racing team) must find no entry, where a plain object answers with Object's own function (a role
 * noun without prepositions, which crashed the article).
 */
export function byWord<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
