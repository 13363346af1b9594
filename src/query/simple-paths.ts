// allSimplePaths(graph, a, b, {maxLength}): every path without repeated entities, up to k links
// (graphology-simple-path over the undirected link graph), shortest first.
import { allSimplePaths as simplePaths } from 'graphology-simple-path';
import type { KnowledgeGraph } from '../graph/index.ts';
import { GeokgError } from '../util/errors.ts';
import { resolveEntity } from './find.ts';
import { describePath, type PathResult } from './shortest-path.ts';
import { linkGraph, type LinkOptions } from './utils.ts';

export interface SimplePathsOptions extends LinkOptions {
  /** most links in a path, default 3 */
  maxLength?: number;
}

export function allSimplePaths(graph: KnowledgeGraph, a: string, b: string, { maxLength = 3, ...options }: SimplePathsOptions = {}): PathResult[] {
  if (!Number.isInteger(maxLength) || maxLength < 1) throw new GeokgError('simple-paths', `maxLength must be a whole number ≥ 1, not ${maxLength}`);
  const [from, to] = [resolveEntity(graph, a), resolveEntity(graph, b)];
  if (from === to) return [describePath(graph, [from], options)];
  return simplePaths(linkGraph(graph, options), from, to, { maxDepth: maxLength })
    .sort((x, y) => x.length - y.length || x.join('\u0000').localeCompare(y.join('\u0000')))
    .map((keys) => describePath(graph, keys, options));
}
