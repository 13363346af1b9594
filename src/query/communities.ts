// communities(graph, {seed}): Louvain communities (graphology-communities-louvain) over the undirected link
// graph, with a seeded random generator so the same graph always splits the same way.
import louvainModule from 'graphology-communities-louvain';
import { defaultExport } from '../util/interop.ts';
import type { KnowledgeGraph } from '../graph/index.ts';
import { byString, linkGraph, type LinkOptions } from './utils.ts';
import { seededRandom } from '../util/random.ts';
const louvain = defaultExport(louvainModule);

export interface CommunitiesOptions extends LinkOptions {
  seed?: number;
  resolution?: number;
}

export interface CommunitiesResult {
  /** entity key → community number; communities are numbered by their smallest key */
  communities: Record<string, number>;
  count: number;
  modularity: number;
}

// Louvain visits nodes in random order: a seeded generator keeps the split the same run after run
export { seededRandom };

export function communities(graph: KnowledgeGraph, { seed = 1, resolution = 1, ...options }: CommunitiesOptions = {}): CommunitiesResult {
  const links = linkGraph(graph, options);
  const raw: Record<string, number> = {};
  let modularity = 0;
  if (links.size) {
    const result = louvain.detailed(links, { getEdgeWeight: 'weight', rng: seededRandom(seed), resolution });
    Object.assign(raw, result.communities);
    modularity = Math.round(result.modularity * 1e6) / 1e6;
  } else links.forEachNode((n, _a) => (raw[n] = Object.keys(raw).length));
  // renumber: community ids from Louvain depend on visiting order; smallest member key is stable
  const keys = Object.keys(raw).sort(byString);
  const ids = new Map<number, number>();
  for (const k of keys) if (!ids.has(raw[k]!)) ids.set(raw[k]!, ids.size);
  const out: Record<string, number> = {};
  for (const k of keys) out[k] = ids.get(raw[k]!)!;
  return { communities: out, count: ids.size, modularity };
}
