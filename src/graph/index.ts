// graph: article extractions → one graphology directed multigraph, keys derived from content.
import GraphModule from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { defaultExport } from '../util/interop.ts';
import { useNullPrototypeIndices } from '../util/safe-keys.ts';

const Graph = defaultExport(GraphModule);
import { edgeKey } from '../model/keys.ts';
import { PREDICATE_TABLE } from '../model/predicates.ts';
import { resolveCorpus, type CorpusArticle } from './corpus.ts';
import type { ArticleExtraction, EdgeAttributes, Evidence, GraphAttributes, NodeAttributes } from '../model/types.ts';

export type KnowledgeGraph = AbstractGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export const GRAPH_SCHEMA = 'geokg/1';

export function createGraph(): KnowledgeGraph {
  const graph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: 'directed', multi: true, allowSelfLoops: false });
  useNullPrototypeIndices(graph); // any string is a node key, "__proto__" and "constructor" included
  graph.replaceAttributes({ generator: 'geokg', schema: GRAPH_SCHEMA });
  return graph;
}

const evidenceId = (edge: string, e: Evidence) => `${edge}\u0000${e.start}\u0000${e.subjectText}\u0000${e.objectText}`;
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A name the node also goes by, once, and never its label. */
function addAlias(node: NodeAttributes, alias: string): void {
  if (alias !== node.label && !node.aliases.includes(alias)) node.aliases.push(alias);
}

/** Adds one article's entities and relations to the graph; evidence of a known edge is appended. */
export function mergeExtraction(graph: KnowledgeGraph, x: CorpusArticle): void {
  for (const e of x.entities) {
    if (!graph.hasNode(e.key)) {
      const attrs: NodeAttributes = { label: e.label, type: e.type, aliases: [], mentions: [] };
      if (e.kind) attrs.kind = e.kind;
      if (e.qid) attrs.qid = e.qid;
      if (e.gazetteerId) attrs.gazetteerId = e.gazetteerId;
      graph.addNode(e.key, attrs);
    }
    const node = graph.getNodeAttributes(e.key);
    for (const a of e.aliases) addAlias(node, a);
  }
  for (const m of x.mentions) {
    if (!graph.hasNode(m.entity)) continue;
    const node = graph.getNodeAttributes(m.entity);
    // a demonym ("Canadian" for Canada) names the entity without being a mention of its name: an alias (not a plural,
    // "the Americans": a people, not the country)
    if (m.demonym) { if (!/[^s]s$/.test(m.text)) addAlias(node, m.text); continue; }
    node.mentions.push({ article: x.article.id, text: m.text, start: m.start, end: m.end });
  }
  const seen = new Set<string>();
  for (const r of x.relations) {
    const key = edgeKey(r.subject, r.predicate, r.object, r.negated);
    if (!graph.hasEdge(key)) {
      const spec = PREDICATE_TABLE[r.predicate];
      const [source, target] = spec.symmetric && r.object < r.subject ? [r.object, r.subject] : [r.subject, r.object];
      const attrs: EdgeAttributes = {
        predicate: r.predicate, negated: r.negated, cameo: spec.cameo, score: spec.score,
        confidence: r.confidence, evidence: [], count: 0,
      };
      if (r.modality) attrs.modality = r.modality;
      graph.addDirectedEdgeWithKey(key, source, target, attrs);
    }
    const edge = graph.getEdgeAttributes(key);
    // Evidence from two articles never coincides (article ids are unique), so duplicates can only come from
    // this extraction: checking within it keeps merging linear, where scanning a hub edge's evidence was not.
    const id = evidenceId(key, r.evidence);
    if (seen.has(id)) continue;
    seen.add(id);
    // one plain statement of the fact outweighs any number of planned or claimed ones, whatever the order
    if (edge.modality && (!r.modality || r.modality === 'stated')) delete edge.modality;
    edge.evidence.push(r.evidence);
    edge.confidence = Math.max(edge.confidence, r.confidence);
  }
}

const byMention = (x: NodeAttributes['mentions'][number], y: NodeAttributes['mentions'][number]) => cmp(x.article, y.article) || x.start - y.start || x.end - y.end;
const byEvidence = (x: Evidence, y: Evidence) => cmp(x.article, y.article) || x.start - y.start || cmp(x.subjectText, y.subjectText) || cmp(x.objectText, y.objectText);
const ordered = <T>(list: readonly T[], order: (a: T, b: T) => number, strict = false) => {
  for (let i = 1; i < list.length; i++) { const c = order(list[i - 1]!, list[i]!); if (c > 0 || (strict && c === 0)) return false; }
  return true;
};

/**
 * Whether canonicalize(graph) would give the graph back unchanged: one linear pass without copies, so that
 * writers can skip re-canonicalising a graph buildGraph has already canonicalised.
 */
export function isCanonical(graph: KnowledgeGraph): boolean {
  if (graph.type !== 'directed' || !graph.multi || graph.allowSelfLoops) return false; // not createGraph's options
  let prev: string | undefined;
  for (const { node, attributes: a } of graph.nodeEntries()) {
    if (prev !== undefined && cmp(prev, node) >= 0) return false;
    prev = node;
    if (!ordered(a.aliases, cmp, true) || !ordered(a.mentions, byMention)) return false;
  }
  prev = undefined;
  for (const { edge, attributes: a } of graph.edgeEntries()) {
    if (prev !== undefined && cmp(prev, edge) >= 0) return false;
    prev = edge;
    if (a.count !== a.evidence.length || !ordered(a.evidence, byEvidence)) return false;
    let first: string | undefined, last: string | undefined;
    for (const e of a.evidence) {
      const d = e.date ?? e.articleDate;
      if (!d) continue;
      if (first === undefined || d < first) first = d;
      if (last === undefined || d > last) last = d;
    }
    if (a.firstSeen !== first || a.lastSeen !== last) return false;
  }
  return true;
}

/** Puts nodes, edges, aliases, mentions and evidence in a canonical order, so output never depends on input order. */
export function canonicalize(graph: KnowledgeGraph): KnowledgeGraph {
  const out = createGraph();
  out.replaceAttributes(graph.getAttributes());
  for (const key of [...graph.nodes()].sort(cmp)) {
    const a = graph.getNodeAttributes(key);
    out.addNode(key, {
      ...a,
      aliases: [...new Set(a.aliases)].sort(cmp),
      mentions: [...a.mentions].sort(byMention),
    });
  }
  for (const key of [...graph.edges()].sort(cmp)) {
    const a = graph.getEdgeAttributes(key);
    const evidence = [...a.evidence].sort(byEvidence);
    const dates = evidence.map((e) => e.date ?? e.articleDate).filter((d): d is string => !!d).sort(cmp);
    const attrs: EdgeAttributes = { ...a, evidence, count: evidence.length };
    delete attrs.firstSeen; delete attrs.lastSeen;
    if (dates.length) { attrs.firstSeen = dates[0]!; attrs.lastSeen = dates[dates.length - 1]!; }
    out.addDirectedEdgeWithKey(key, graph.source(key), graph.target(key), attrs);
  }
  return out;
}

export function buildGraph(extractions: Iterable<ArticleExtraction | CorpusArticle>): KnowledgeGraph {
  const graph = createGraph();
  // corpus-level resolution and article order live in one place, shared with the store (src/store)
  for (const x of resolveCorpus(extractions)) mergeExtraction(graph, x);
  return canonicalize(graph);
}
