// Helpers shared by the query modules.
import GraphModule from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { defaultExport } from '../util/interop.ts';
import { useNullPrototypeIndices } from '../util/safe-keys.ts';
import type { KnowledgeGraph } from '../graph/index.ts';
import type { EntityRef, RelationView } from './types.ts';

const Graph = defaultExport(GraphModule);

export function entityRef(graph: KnowledgeGraph, key: string): EntityRef {
  const a = graph.getNodeAttributes(key);
  return { key, label: a.label, type: a.type };
}

export function relationView(graph: KnowledgeGraph, key: string): RelationView {
  const a = graph.getEdgeAttributes(key);
  const [s, o] = graph.extremities(key);
  const view: RelationView = {
    key, subject: entityRef(graph, s), predicate: a.predicate, object: entityRef(graph, o), negated: a.negated, cameo: a.cameo ?? null,
    score: a.score, confidence: a.confidence, count: a.count ?? a.evidence.length, evidence: a.evidence,
  };
  if (a.modality) view.modality = a.modality;
  if (a.firstSeen) view.firstSeen = a.firstSeen;
  if (a.lastSeen) view.lastSeen = a.lastSeen;
  return view;
}

export interface LinkOptions {
  /** let negated relations ("X is not a member of Y") connect entities; default false */
  negated?: boolean;
}

/**
 * The graph as an analyst reads connections: undirected and simple, one link per pair of entities,
 * weighted by the evidence behind it. Negated relations do not connect unless asked. Its nodes are
 * numbered ("0", "1", … in key order; `keys[i]` is node i's entity): graphology indexes neighbours in plain
 * objects, where an entity key such as "__proto__" or "constructor" would collide with Object.prototype.
 */
export function indexedLinkGraph(graph: KnowledgeGraph, { negated = false }: LinkOptions = {}): { links: AbstractGraph<Record<string, never>, { weight: number }>; keys: string[] } {
  const links = new Graph<Record<string, never>, { weight: number }>({ type: 'undirected', multi: false, allowSelfLoops: false });
  const keys = [...graph.nodes()].sort(byString);
  const index = new Map(keys.map((k, i) => [k, String(i)]));
  for (const id of index.values()) links.addNode(id);
  for (const e of [...graph.edges()].sort(byString)) {
    const a = graph.getEdgeAttributes(e);
    if (a.negated && !negated) continue;
    const [s, t] = graph.extremities(e).map((k) => index.get(k)!) as [string, string];
    if (s === t) continue;
    const w = Math.max(1, a.count ?? a.evidence.length);
    if (links.hasEdge(s, t)) links.updateEdgeAttribute(s, t, 'weight', (x) => (x ?? 0) + w);
    else links.addEdge(s, t, { weight: w });
  }
  return { links, keys };
}

/** indexedLinkGraph with the entity keys as node keys (for keys that are not names of Object.prototype's members). */
export function linkGraph(graph: KnowledgeGraph, options: LinkOptions = {}): AbstractGraph<Record<string, never>, { weight: number }> {
  const { links, keys } = indexedLinkGraph(graph, options);
  const out = new Graph<Record<string, never>, { weight: number }>({ type: 'undirected', multi: false, allowSelfLoops: false });
  useNullPrototypeIndices(out);
  for (const k of keys) out.addNode(k);
  links.forEachEdge((_e, a, s, t) => { out.addEdge(keys[Number(s)]!, keys[Number(t)]!, a); });
  return out;
}

/**
 * An entity's links as an analyst reads them, straight off the graph: the entities it relates to in either
 * direction, once each, in key order (deterministic tie-breaking), negated relations left out unless asked.
 * Sorting only this node's list keeps local queries local, where linkGraph copies and sorts the whole graph.
 */
export function linkNeighbors(graph: KnowledgeGraph, node: string, { negated = false }: LinkOptions = {}): string[] {
  const seen = new Set<string>();
  graph.forEachEdge(node, (_e, a, s, t) => {
    if (a.negated && !negated) return;
    const other = s === node ? t : s;
    if (other !== node) seen.add(other);
  });
  return [...seen].sort(byString);
}

/** The edges between two entities, either way round, in key order. */
export function edgesBetween(graph: KnowledgeGraph, a: string, b: string, { negated = true }: LinkOptions = {}): string[] {
  return [...new Set([...graph.outEdges(a, b), ...graph.outEdges(b, a)])].filter((e) => negated || !graph.getEdgeAttribute(e, 'negated')).sort();
}

export const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
