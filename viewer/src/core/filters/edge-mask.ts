// A set of a graph's edges as one byte per edge. A filter pass over 40k edges spent most of its time building
// Sets of edge keys (an insertion costs some eight lookups: the table grows and rehashes as it fills); marking
// a byte costs next to nothing, and two masks of the same graph compare byte by byte.
import type { ViewerGraph } from '../graph/index.ts';
import type { EdgeAttributes } from '../graph/types.ts';

/**
 * The graph's edges in the order graphology iterates them, each with its position, attributes and ends: built
 * once per loaded graph, whose edges and their attribute objects the viewer never replaces (the layout moves
 * nodes only). A filter pass walks these arrays rather than graphology's iterator, which calls back with seven
 * arguments an edge.
 */
export interface EdgeOrder {
  keys: string[];
  position: Map<string, number>;
  attributes: EdgeAttributes[];
  sources: string[];
  targets: string[];
}

export function edgeOrder(graph: ViewerGraph): EdgeOrder {
  const order: EdgeOrder = { keys: [], position: new Map(), attributes: [], sources: [], targets: [] };
  graph.forEachEdge((e, a, s, t) => {
    order.position.set(e, order.keys.length);
    order.keys.push(e);
    order.attributes.push(a);
    order.sources.push(s);
    order.targets.push(t);
  });
  return order;
}

/** A read-only set of edge keys over an EdgeOrder: `has` is one map lookup and a byte read. */
export class EdgeMask implements ReadonlySet<string> {
  constructor(
    readonly order: EdgeOrder,
    /** 1 where the edge at that position is in the set */
    readonly bytes: Uint8Array,
    readonly size: number,
  ) {}

  has(edge: string): boolean {
    const i = this.order.position.get(edge);
    return i !== undefined && this.bytes[i] === 1;
  }

  *values(): SetIterator<string> {
    const { keys } = this.order;
    for (let i = 0; i < keys.length; i++) if (this.bytes[i] === 1) yield keys[i]!;
  }

  keys(): SetIterator<string> {
    return this.values();
  }

  *entries(): SetIterator<[string, string]> {
    for (const e of this.values()) yield [e, e];
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.values();
  }

  forEach(callback: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    for (const e of this.values()) callback.call(thisArg, e, e, this);
  }
}

/**
 * The edges in one set and not the other, each once, or null when the two are not masks of one order (the
 * caller then compares them as sets).
 */
export function changedEdges(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] | null {
  if (!(a instanceof EdgeMask && b instanceof EdgeMask) || a.order !== b.order) return null;
  const out: string[] = [];
  const { keys } = a.order;
  for (let i = 0; i < keys.length; i++) if (a.bytes[i] !== b.bytes[i]) out.push(keys[i]!);
  return out;
}
