// stats(graph): what a graph holds: entities by type, relations by predicate, the most central entities.
import type { KnowledgeGraph } from '../graph/index.ts';
import { centrality, type Ranked } from './centrality.ts';
import { byString } from './utils.ts';

export interface GraphStats {
  entities: number;
  relations: number;
  negated: number;
  evidence: number;
  articles: number;
  byType: Record<string, number>;
  byPredicate: Record<string, number>;
  top: Ranked[];
}

const sortedCounts = (m: Map<string, number>) => Object.fromEntries([...m].sort(([a, x], [b, y]) => y - x || byString(a, b)));
const bump = (m: Map<string, number>, k: string, n = 1) => m.set(k, (m.get(k) ?? 0) + n);

export function stats(graph: KnowledgeGraph, { top = 10 }: { top?: number } = {}): GraphStats {
  const byType = new Map<string, number>();
  const byPredicate = new Map<string, number>();
  const articles = new Set<string>();
  let negated = 0, evidence = 0;
  graph.forEachNode((_k, a) => {
    bump(byType, a.type);
    for (const m of a.mentions ?? []) articles.add(m.article);
  });
  graph.forEachEdge((_k, a) => {
    bump(byPredicate, a.negated ? `NOT_${a.predicate}` : a.predicate);
    if (a.negated) negated++;
    evidence += a.evidence.length;
    for (const e of a.evidence) articles.add(e.article);
  });
  return {
    entities: graph.order, relations: graph.size, negated, evidence, articles: articles.size,
    byType: sortedCounts(byType), byPredicate: sortedCounts(byPredicate), top: centrality(graph, { measure: 'pagerank', top }),
  };
}
