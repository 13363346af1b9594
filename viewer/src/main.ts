import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';

const TYPE_COLORS: Record<string, string> = {
  PERSON: '#e15759', COUNTRY: '#4e79a7', LOCATION: '#59a14f', ORGANIZATION: '#f28e2b', EVENT: '#b07aa1', OTHER: '#9c755f',
};

async function main() {
  const url = new URLSearchParams(location.search).get('graph') ?? 'graph.json';
  const data = await (await fetch(url)).json();
  const graph = Graph.from(data);
  let i = 0;
  graph.forEachNode((node, a) => {
    const angle = (i++ / graph.order) * 2 * Math.PI;
    graph.mergeNodeAttributes(node, {
      x: a.x ?? Math.cos(angle), y: a.y ?? Math.sin(angle),
      size: 4 + Math.sqrt(graph.degree(node)) * 3, color: TYPE_COLORS[a.type] ?? '#999',
    });
  });
  forceAtlas2.assign(graph, { iterations: 200, settings: forceAtlas2.inferSettings(graph) });
  graph.forEachEdge((edge, a) => graph.mergeEdgeAttributes(edge, { type: 'arrow', size: 2, label: a.negated ? `NOT ${a.predicate}` : a.predicate, color: a.score < 0 ? '#d62728' : a.score > 0 ? '#2ca02c' : '#aaa' }));
  const container = document.getElementById('graph')!;
  new Sigma(graph, container, { renderEdgeLabels: false, labelRenderedSizeThreshold: 0 });
  document.getElementById('status')!.textContent = `${graph.order} nodes, ${graph.size} edges`;
}

main().catch((e) => { document.getElementById('status')!.textContent = `Could not load the graph: ${e.message}`; });
