// communities(graph, {seed}): Louvain communities (graphology-communities-louvain) over the undirected link
// graph, with a seeded random generator so the same graph always splits the same way.
import louvainModule from 'graphology-communities-louvain';
import { defaultExport } from '../util/interop.ts';
import type { KnowledgeGraph } from '../graph/index.ts';
import { byString, indexedLinkGraph, type LinkOptions } from './utils.ts';
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
  const { links, keys: entityKeys } = indexedLinkGraph(graph, options);
  const raw: Record<string, number> = {}; // by link-graph node: "0", "1", …
  let modularity = 0;
  if (links.size) {
    const result = louvain.detailed(links, { getEdgeWeight: 'weight', rng: seededRandom(seed), resolution });
    Object.assign(raw, result.communities);
    modularity = Math.round(result.modularity * 1e6) / 1e6;
  } else links.forEachNode((n, _a) => (raw[n] = Object.keys(raw).length));
  // renumber: community ids from Louvain depend on visiting order; smallest member key is stable
  // entityKeys is sorted, so numbering in its order numbers communities by their smallest key
  const ids = new Map<number, number>();
  // no prototype: an entity key may be "__proto__"
  const out: Record<string, number> = Object.create(null);
  entityKeys.forEach((k, i) => {
    const c = raw[String(i)]!;
    if (!ids.has(c)) ids.set(c, ids.size);
    out[k] = ids.get(c)!;
  });
  return { communities: out, count: ids.size, modularity };
}
