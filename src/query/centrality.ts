// centrality(graph, {measure}): entities ranked by PageRank, degree or betweenness (graphology-metrics),
// computed over the undirected link graph, so a symmetric relation's stored direction does not matter.
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import { defaultExport } from '../util/interop.ts';
import type { KnowledgeGraph } from '../graph/index.ts';
import { GeokgError } from '../util/errors.ts';
import type { EntityRef } from './types.ts';
import { byString, entityRef, indexedLinkGraph, type LinkOptions } from './utils.ts';
const pagerank = defaultExport(pagerankModule);
const betweenness = defaultExport(betweennessModule);

export const CENTRALITY_MEASURES = ['pagerank', 'degree', 'betweenness'] as const;
export type CentralityMeasure = (typeof CENTRALITY_MEASURES)[number];

export interface CentralityOptions extends LinkOptions {
  measure?: CentralityMeasure;
  /** how many to return, default all */
  top?: number;
}

export interface Ranked extends EntityRef {
  score: number;
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

export function centrality(graph: KnowledgeGraph, { measure = 'pagerank', top, ...options }: CentralityOptions = {}): Ranked[] {
  if (!(CENTRALITY_MEASURES as readonly string[]).includes(measure))
    throw new GeokgError('centrality', `unknown measure "${measure}"; measures are ${CENTRALITY_MEASURES.join(', ')}`);
  const { links, keys } = indexedLinkGraph(graph, options);
  // node i of the link graph is keys[i]
  let scores: Record<string, number>;
  if (measure === 'degree') scores = Object.fromEntries(links.mapNodes((n) => [n, links.degree(n)]));
  else if (measure === 'betweenness') scores = betweenness(links);
  else scores = links.size ? pagerank(links, { getEdgeWeight: 'weight' }) : Object.fromEntries(links.mapNodes((n) => [n, 1 / links.order]));
  // rounded so that float noise never reorders ties
  const ranked = keys.map((k, i) => ({ ...entityRef(graph, k), score: round(scores[String(i)] ?? 0) }))
    .sort((a, b) => b.score - a.score || byString(a.label, b.label) || byString(a.key, b.key));
  return top === undefined ? ranked : ranked.slice(0, top);
}
