// What to draw from a large store: pure functions from a graph to a smaller graph.
// --since/--until choose articles before the graph is built (src/store/index.ts); these act on the graph.
import { canonicalize, createGraph, type KnowledgeGraph } from '../graph/index.ts';
import { normalizeName } from '../model/keys.ts';
import { checkDate } from '../util/dates.ts';
import { GeokgError } from '../util/errors.ts';

export interface GraphFilters {
  /** keep this entity (key, label or alias) and what lies within `depth` hops of it, either direction */
  entity?: string;
  depth?: number;
  /** drop relations with fewer evidence items */
  minEvidence?: number;
  /** keep the n entities of highest degree (ties broken by key) */
  top?: number;
}

/** Checks a store read's date window (YYYY, YYYY-MM or YYYY-MM-DD); anything else is a one-line error, not an empty graph. */
export function checkDateWindow(window: { since?: string; until?: string }): void {
  if (window.since !== undefined) checkDate('store', 'since', window.since);
  if (window.until !== undefined) checkDate('store', 'until', window.until);
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The node a user means by `name`: its key, else its label, else one of its aliases (case- and accent-blind). */
export function findEntity(graph: KnowledgeGraph, name: string): string {
  if (graph.hasNode(name)) return name;
  const n = normalizeName(name);
  const keys = [...graph.nodes()].sort(cmp);
  const found = keys.find((k) => normalizeName(graph.getNodeAttribute(k, 'label')) === n)
    ?? keys.find((k) => graph.getNodeAttribute(k, 'aliases').some((a) => normalizeName(a) === n));
  if (!found) throw new GeokgError('store', `no entity "${name}" in the graph; give a node key or a label that appears in it`);
  return found;
}

function induced(graph: KnowledgeGraph, keep: (node: string) => boolean, keepEdge: (edge: string) => boolean = () => true): KnowledgeGraph {
  const out = createGraph();
  out.replaceAttributes(graph.getAttributes());
  graph.forEachNode((k, a) => { if (keep(k)) out.addNode(k, a); });
  graph.forEachEdge((e, a, s, t) => { if (out.hasNode(s) && out.hasNode(t) && keepEdge(e)) out.addDirectedEdgeWithKey(e, s, t, a); });
  return out;
}

/** Applies the filters in a fixed order: evidence, then neighbourhood, then top degree. */
export function filterGraph(graph: KnowledgeGraph, filters: GraphFilters = {}): KnowledgeGraph {
  let g = graph;
  const minEvidence = filters.minEvidence;
  if (minEvidence && minEvidence > 1) {
    const kept = induced(g, () => true, (e) => g.getEdgeAttribute(e, 'count') >= minEvidence);
    // entities left without any relation are noise at this threshold
    g = induced(kept, (k) => kept.degree(k) > 0);
  }
  if (filters.entity !== undefined) {
    const start = findEntity(g, filters.entity);
    const depth = filters.depth ?? 1;
    const seen = new Set([start]);
    let frontier = [start];
    for (let d = 0; d < depth && frontier.length; d++) {
      const nextFrontier: string[] = [];
      for (const k of frontier) for (const nb of g.neighbors(k)) if (!seen.has(nb)) { seen.add(nb); nextFrontier.push(nb); }
      frontier = nextFrontier;
    }
    g = induced(g, (k) => seen.has(k));
  }
  if (filters.top !== undefined) {
    const ranked = [...g.nodes()].sort((a, b) => g.degree(b) - g.degree(a) || cmp(a, b)).slice(0, filters.top);
    const keep = new Set(ranked);
    g = induced(g, (k) => keep.has(k));
  }
  return g === graph ? graph : canonicalize(g);
}
