// allSimplePaths(graph, a, b, {maxLength}): every path without repeated entities, up to k links,
// shortest first: a depth-first search over the graph's links from A, so only the part within k links is read.
import type { KnowledgeGraph } from '../graph/index.ts';
import { GeokgError } from '../util/errors.ts';
import { resolveEntity } from './find.ts';
import { describePath, type PathResult } from './shortest-path.ts';
import { linkNeighbors, type LinkOptions } from './utils.ts';

export interface SimplePathsOptions extends LinkOptions {
  /** most links in a path, default 3 */
  maxLength?: number;
}

export function allSimplePaths(graph: KnowledgeGraph, a: string, b: string, { maxLength = 3, ...options }: SimplePathsOptions = {}): PathResult[] {
  if (!Number.isInteger(maxLength) || maxLength < 1) throw new GeokgError('simple-paths', `maxLength must be a whole number ≥ 1, not ${maxLength}`);
  const [from, to] = [resolveEntity(graph, a), resolveEntity(graph, b)];
  if (from === to) return [describePath(graph, [from], options)];
  const found: string[][] = [];
  const links = new Map<string, string[]>(); // each node's sorted links, read once per query
  const linksOf = (n: string) => links.get(n) ?? links.set(n, linkNeighbors(graph, n, options)).get(n)!;
  const path = [from], onPath = new Set(path);
  const walk = (n: string) => {
    for (const m of linksOf(n)) {
      if (onPath.has(m)) continue;
      if (m === to) { found.push([...path, m]); continue; }
      if (path.length >= maxLength) continue; // one more hop would exceed k links without reaching B
      path.push(m); onPath.add(m);
      walk(m);
      path.pop(); onPath.delete(m);
    }
  };
  walk(from);
  return found
    .sort((x, y) => x.length - y.length || x.join('\u0000').localeCompare(y.join('\u0000')))
    .map((keys) => describePath(graph, keys, options));
}
