// Graph work: merging extractions, querying a large graph, and laying it out.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { buildGraph, canonicalize, createGraph, mergeExtraction } from '../src/graph/index.ts';
import { bidirectional } from 'graphology-shortest-path/unweighted';
import { relations, shortestPath } from '../src/query/index.ts';
import { hubExtractions, random, syntheticExtractions, syntheticGraph, syntheticKey } from './synthetic.ts';
import { stopwatch, summarize, type Figures } from './measure.ts';

/** Merging synthetic article extractions (articles × relationsPerArticle relations) into one graph. */
export function graphMerge(o: { articles: number; relationsPerArticle: number; entities: number; hubEvidence: number }): Figures {
  const extractions = [...syntheticExtractions(o)];
  const relations = o.articles * o.relationsPerArticle;
  let stop = stopwatch();
  const graph = createGraph();
  for (const x of extractions) mergeExtraction(graph, x);
  const merge = stop();
  stop = stopwatch();
  canonicalize(graph);
  const canonical = stop();
  stop = stopwatch();
  const built = buildGraph(extractions);
  const build = stop();
  const hub = [...hubExtractions(o.hubEvidence)];
  stop = stopwatch();
  const hubGraph = createGraph();
  for (const x of hub) mergeExtraction(hubGraph, x);
  const hubMerge = stop();
  return {
    hubEvidence: hubGraph.getEdgeAttributes(hubGraph.edges()[0]!).evidence.length, hubCpuSeconds: hubMerge.cpuSeconds,
    relations, edges: built.size, nodes: built.order, mergeSeconds: merge.seconds, mergeCpuSeconds: merge.cpuSeconds,
    canonicalizeCpuSeconds: canonical.cpuSeconds, buildSeconds: build.seconds, buildCpuSeconds: build.cpuSeconds,
    edgesPerSecond: relations / build.cpuSeconds,
  };
}

/**
 * An entity's relations and a shortest path on a synthetic graph of `edges` edges, through the query API
 * (src/query); the path is also timed as a bare bidirectional BFS over the graph, for reference.
 */
export function graphQuery(o: { nodes: number; edges: number; queries: number; paths: number; apiPaths: number }): Figures {
  const stop = stopwatch();
  const graph = syntheticGraph({ nodes: o.nodes, edges: o.edges });
  const build = stop().seconds;
  const rand = random(3);
  const node = () => syntheticKey(Math.floor(rand() * o.nodes));
  const time = (f: () => unknown) => { const t = performance.now(); f(); return performance.now() - t; };
  for (let i = 0; i < 200; i++) relations(graph, { entity: node() }); // warm the JIT, as a long-lived query server would be
  let rows = 0;
  const related = summarize(Array.from({ length: o.queries }, () => time(() => (rows += relations(graph, { entity: node() }).length))));
  const bfs = summarize(Array.from({ length: o.paths }, () => time(() => bidirectional(graph, node(), node()))));
  const api = summarize(Array.from({ length: o.apiPaths }, () => time(() => shortestPath(graph, node(), node()))));
  return {
    nodes: graph.order, edges: graph.size, buildSeconds: build, meanDegree: rows / o.queries,
    relationsMedianMs: related.median, relationsP95Ms: related.p95,
    pathMedianMs: api.median, pathMaxMs: api.max, bfsPathMedianMs: bfs.median, bfsPathP95Ms: bfs.p95,
  };
}

/** ForceAtlas2, synchronous with Barnes-Hut, on a synthetic graph. */
export function layout(o: { nodes: number; edges: number; iterations: number }): Figures {
  const graph = syntheticGraph({ nodes: o.nodes, edges: o.edges });
  const rand = random(4);
  graph.forEachNode((n) => graph.mergeNodeAttributes(n, { x: rand() * 1000, y: rand() * 1000 }));
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: true };
  const stop = stopwatch();
  forceAtlas2.assign(graph, { iterations: o.iterations, settings });
  const t = stop();
  return { nodes: graph.order, edges: graph.size, iterations: o.iterations, ...t, iterationsPerSecond: o.iterations / t.cpuSeconds };
}

