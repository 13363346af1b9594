// shortestPath(graph, a, b): how two entities connect, through relations in either direction
// (graphology-shortest-path's bidirectional BFS over the undirected link graph).
import { bidirectional } from 'graphology-shortest-path/unweighted';
import type { KnowledgeGraph } from '../graph/index.ts';
import { resolveEntity } from './find.ts';
import type { EntityRef, RelationView } from './types.ts';
import { edgesBetween, entityRef, linkGraph, relationView, type LinkOptions } from './utils.ts';

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

/** The shortest path between two entities, or null when they are not connected. */
export function shortestPath(graph: KnowledgeGraph, a: string, b: string, options: LinkOptions = {}): PathResult | null {
  const [from, to] = [resolveEntity(graph, a), resolveEntity(graph, b)];
  if (from === to) return describePath(graph, [from], options);
  const keys = bidirectional(linkGraph(graph, options), from, to);
  return keys ? describePath(graph, keys, options) : null;
}
