// The focused entity's edges on large graphs, drawn on a 2D canvas of their own just above sigma's edge layer
// (sigma's createCanvas, redrawn on its afterRender event). Restyling them in sigma would reprocess edges and
// so redraw all of them (see edge-layer.ts); here a selection or hover costs its degree in lines.
import type Sigma from 'sigma';

export interface FocusEdges {
  /** the edges to draw, or null for none */
  edges: () => Iterable<string> | null;
  color: string;
  /** line width in CSS pixels */
  width: number;
}

export function drawFocusEdgesAbove(sigma: Sigma, o: FocusEdges): void {
  const canvas = sigma.createCanvas('focusEdges', { afterLayer: 'edges' });
  const context = canvas.getContext('2d');
  if (!context) return;
  const graph = sigma.getGraph();
  let drewAny = false;
  sigma.on('afterRender', () => {
    const { width, height } = sigma.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
    } else if (drewAny) context.clearRect(0, 0, canvas.width, canvas.height);
    // an untouched canvas is not composited again: clear only what was drawn
    drewAny = false;
    const edges = o.edges();
    if (!edges) return;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.strokeStyle = o.color;
    context.lineWidth = o.width;
    context.beginPath();
    for (const edge of edges) {
      if (!graph.hasEdge(edge) || sigma.getEdgeDisplayData(edge)?.hidden !== false) continue;
      const s = sigma.getNodeDisplayData(graph.source(edge)), t = sigma.getNodeDisplayData(graph.target(edge));
      if (!s || !t || s.hidden || t.hidden) continue;
      const a = sigma.framedGraphToViewport(s), b = sigma.framedGraphToViewport(t);
      context.moveTo(a.x, a.y);
      context.lineTo(b.x, b.y);
      drewAny = true;
    }
    context.stroke();
  });
}
