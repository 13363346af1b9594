// neighbors(graph, entity, {depth}): the entities within k links of one, either direction, nearest first.
import type { KnowledgeGraph } from '../graph/index.ts';
import { GeokgError } from '../util/errors.ts';
import { resolveEntity } from './find.ts';
import type { EntityRef } from './types.ts';
import { byString, entityRef, linkNeighbors, type LinkOptions } from './utils.ts';

export interface NeighborsOptions extends LinkOptions {
  /** how many links away, default 1 */
  depth?: number;
}

export interface Neighbor extends EntityRef {
  distance: number;
}

/** Breadth-first distances from a node over its links, up to a depth; only the nodes reached are touched. */
export function distancesFrom(graph: KnowledgeGraph, start: string, depth: number, options: LinkOptions = {}): Map<string, number> {
  const dist = new Map([[start, 0]]);
  let frontier = [start];
  for (let d = 1; d <= depth && frontier.length; d++) {
    const next: string[] = [];
    for (const n of frontier) for (const m of linkNeighbors(graph, n, options)) if (!dist.has(m)) { dist.set(m, d); next.push(m); }
    frontier = next;
  }
  return dist;
}

export function neighbors(graph: KnowledgeGraph, entity: string, { depth = 1, ...options }: NeighborsOptions = {}): Neighbor[] {
  if (!Number.isInteger(depth) || depth < 1) throw new GeokgError('neighbors', `depth must be a whole number ≥ 1, not ${depth}`);
  const start = resolveEntity(graph, entity);
  return [...distancesFrom(graph, start, depth, options)]
    .filter(([k]) => k !== start)
    .map(([k, distance]) => ({ ...entityRef(graph, k), distance }))
    .sort((a, b) => a.distance - b.distance || byString(a.label, b.label) || byString(a.key, b.key));
}
