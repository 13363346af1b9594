// Finding an entity by any of its names: key, label or alias, compared after normalizeName
// (case, accents, punctuation, a leading "the", a possessive).
import type { KnowledgeGraph } from '../graph/index.ts';
import { normalizeName } from '../model/keys.ts';
import { GeokgError } from '../util/errors.ts';
import { editDistance } from './distance.ts';

const names = (graph: KnowledgeGraph, key: string) => {
  const a = graph.getNodeAttributes(key);
  return [a.label, ...(a.aliases ?? [])];
};

/** Picks among candidates: the best-connected, then the shortest label, then the key, so the choice is stable. */
function best(graph: KnowledgeGraph, keys: string[]): string | undefined {
  return keys.sort((x, y) => graph.degree(y) - graph.degree(x) || graph.getNodeAttribute(x, 'label').length - graph.getNodeAttribute(y, 'label').length || (x < y ? -1 : 1))[0];
}

/**
 * The key of the entity a name refers to, or undefined. Tried in order: the node key; a label or alias
 * equal after normalisation; a label or alias ending with the name as whole words ("Putin" → "Vladimir Putin").
 * Several candidates: the best-connected wins.
 */
export function findEntity(graph: KnowledgeGraph, name: string): string | undefined {
  if (graph.hasNode(name)) return name;
  const q = normalizeName(name);
  if (!q) return undefined;
  const nodes = graph.nodes();
  const exact = nodes.filter((k) => names(graph, k).some((n) => normalizeName(n) === q));
  if (exact.length) return best(graph, exact);
  // only as the last words, as a surname or a short form is used ("Putin", "Criminal Court"); a leading
  // word would let a demonym match a title ("Russian" → "Russian President Vladimir Putin")
  const tail = ` ${q}`;
  return best(graph, nodes.filter((k) => names(graph, k).some((n) => ` ${normalizeName(n)}`.endsWith(tail))));
}

/** The labels closest to a name by edit distance over labels and aliases, best first. */
export function closestEntities(graph: KnowledgeGraph, name: string, limit = 3): string[] {
  const q = normalizeName(name);
  return graph
    .mapNodes((k) => ({ label: graph.getNodeAttribute(k, 'label'), d: Math.min(...names(graph, k).map((n) => editDistance(q, normalizeName(n)))) }))
    .sort((x, y) => x.d - y.d || (x.label < y.label ? -1 : 1))
    // only plausible typos, but always the nearest one
    .filter((x, i) => i === 0 || x.d <= Math.max(2, Math.ceil(q.length / 2)))
    .slice(0, limit)
    .map((x) => x.label);
}

/** Like findEntity, but an unknown name is a GeokgError that names the closest matches. */
export function resolveEntity(graph: KnowledgeGraph, name: string): string {
  const key = findEntity(graph, name);
  if (key !== undefined) return key;
  const near = closestEntities(graph, name);
  throw new GeokgError('find', `no entity "${name}" in the graph${near.length ? `; closest: ${near.map((n) => `"${n}"`).join(', ')}` : ' (it is empty)'}`);
}
