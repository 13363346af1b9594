// ego(graph, entity, {radius}): the subgraph induced by an entity and everything within `radius` links.
import { createGraph, type KnowledgeGraph } from '../graph/index.ts';
import { GeokgError } from '../util/errors.ts';
import { resolveEntity } from './find.ts';
import { distancesFrom } from './neighbors.ts';
import { byString, type LinkOptions } from './utils.ts';

export interface EgoOptions extends LinkOptions {
  /** default 1 */
  radius?: number;
}

export function ego(graph: KnowledgeGraph, entity: string, { radius = 1, ...options }: EgoOptions = {}): KnowledgeGraph {
  if (!Number.isInteger(radius) || radius < 0) throw new GeokgError('ego', `radius must be a whole number ≥ 0, not ${radius}`);
  const keep = distancesFrom(graph, resolveEntity(graph, entity), radius, options);
  const out = createGraph();
  out.replaceAttributes(graph.getAttributes());
  for (const n of [...keep.keys()].sort(byString)) out.addNode(n, structuredClone(graph.getNodeAttributes(n)));
  for (const e of [...graph.edges()].sort(byString)) {
    const [s, t] = graph.extremities(e);
    if (keep.has(s) && keep.has(t)) out.addDirectedEdgeWithKey(e, s, t, structuredClone(graph.getEdgeAttributes(e)));
  }
  return out;
}
