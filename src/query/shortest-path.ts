// shortestPath(graph, a, b): how two entities connect, through relations in either direction: a
// bidirectional breadth-first search over the graph itself, so one query only touches the nodes it reaches.
import type { KnowledgeGraph } from '../graph/index.ts';
import { resolveEntity } from './find.ts';
import type { EntityRef, RelationView } from './types.ts';
import { edgesBetween, entityRef, linkNeighbors, relationView, type LinkOptions } from './utils.ts';

export interface PathResult {
  /** the entities from A to B */
  path: EntityRef[];
  /** for each hop, the relations linking its two entities (either way round) */
  hops: RelationView[][];
}

/** Turns a node path into the result shape, with the relations behind every hop. */
export function describePath(graph: KnowledgeGraph, keys: string[], options: LinkOptions = {}): PathResult {
  return {
    path: keys.map((k) => entityRef(graph, k)),
    hops: keys.slice(1).map((k, i) => edgesBetween(graph, keys[i]!, k, options).map((e) => relationView(graph, e))),
  };
}

/**
 * The node keys of a shortest link path from `from` to `to`, or null. Both frontiers grow a whole level
 * at a time, the smaller first, with neighbours in key order, so the same graph always gives the same path.
 */
export function shortestLinkPath(graph: KnowledgeGraph, from: string, to: string, options: LinkOptions = {}): string[] | null {
  if (from === to) return [from];
  // parent pointers: toward `from` on the forward side, toward `to` on the backward side
  const forward = new Map<string, string | null>([[from, null]]);
  const backward = new Map<string, string | null>([[to, null]]);
  let ahead = [from], behind = [to];
  while (ahead.length && behind.length) {
    const forwardTurn = ahead.length <= behind.length;
    const [frontier, mine, theirs] = forwardTurn ? [ahead, forward, backward] : [behind, backward, forward];
    const next: string[] = [];
    let meet: string | null = null;
    for (const n of frontier) {
      for (const m of linkNeighbors(graph, n, options)) {
        if (mine.has(m)) continue;
        mine.set(m, n);
        if (theirs.has(m)) { meet = m; break; }
        next.push(m);
      }
      if (meet !== null) break;
    }
    if (meet !== null) {
      const path: string[] = [];
      for (let k: string | null = meet; k !== null; k = forward.get(k) ?? null) path.unshift(k);
      for (let k = backward.get(meet) ?? null; k !== null; k = backward.get(k) ?? null) path.push(k);
      return path;
    }
    if (forwardTurn) ahead = next; else behind = next;
  }
  return null;
}

/** The shortest path between two entities, or null when they are not connected. */
export function shortestPath(graph: KnowledgeGraph, a: string, b: string, options: LinkOptions = {}): PathResult | null {
  const keys = shortestLinkPath(graph, resolveEntity(graph, a), resolveEntity(graph, b), options);
  return keys ? describePath(graph, keys, options) : null;
}
