// appearance: colours, sizes and edge shapes, computed once per graph, and the sigma reducers that
// combine them with filter, hover and selection state. Nothing here is written into the graph.
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { ViewerSettings } from '../../settings.ts';
import { centrality, type ViewerGraph } from '../graph/index.ts';
import type { EdgeAttributes } from '../graph/types.ts';
import type { Visible } from '../filters/index.ts';
import type { EdgeVisual, NodeVisual, Visuals } from './types.ts';
import { edgeColor, edgeSizeFor, parallelCurvature, typeColor } from './utils.ts';

export type { EdgeVisual, NodeVisual, Visuals } from './types.ts';
export { edgeColor, edgeSizeFor, typeColor } from './utils.ts';

export function computeNodeVisuals(graph: ViewerGraph, s: ViewerSettings): Map<string, NodeVisual> {
  const weight = centrality(graph, s.sizeBy);
  const out = new Map<string, NodeVisual>();
  graph.forEachNode((n, a) => {
    out.set(n, { color: typeColor(a.type, s), size: s.minNodeSize + Math.sqrt(weight.get(n) ?? 0) * (s.maxNodeSize - s.minNodeSize) });
  });
  return out;
}

export function computeEdgeVisuals(graph: ViewerGraph, s: ViewerSettings): Map<string, EdgeVisual> {
  const size = (a: EdgeAttributes) => edgeSizeFor(Math.max(a.count ?? 0, a.evidence.length), s);
  // above simpleDrawingAbove every edge is a plain line: no bend or dash, so no pairs to find (40k keys at 40k edges)
  if (graph.size > s.simpleDrawingAbove) {
    const plain = new Map<string, EdgeVisual>();
    graph.forEachEdge((e, a) => plain.set(e, { color: edgeColor(a.score, s), size: size(a), type: 'arrow', curvature: 0 }));
    return plain;
  }
  // edges grouped by unordered pair, each with what its visual needs, so nothing is looked up twice
  const pairs = new Map<string, { e: string; a: EdgeAttributes; flipped: boolean }[]>();
  graph.forEachEdge((e, a, src, tgt) => {
    const id = src < tgt ? `${src}\u0000${tgt}` : `${tgt}\u0000${src}`;
    const item = { e, a, flipped: src > tgt };
    const list = pairs.get(id);
    if (list) list.push(item);
    else pairs.set(id, [item]);
  });
  const out = new Map<string, EdgeVisual>();
  for (const edges of pairs.values()) {
    edges.forEach(({ e, a, flipped }, i) => {
      let curvature = parallelCurvature(i, edges.length, flipped, s.parallelCurvature);
      // A dash pattern reads better on a slight bend, and the bend sets a negation apart even when zoomed out.
      if (a.negated && curvature === 0) curvature = s.parallelCurvature / 2;
      const type = a.negated ? 'curvedDashed' : curvature !== 0 ? 'curved' : 'arrow';
      out.set(e, { color: edgeColor(a.score, s), size: size(a), type, curvature });
    });
  }
  return out;
}

export function computeVisuals(graph: ViewerGraph, s: ViewerSettings): Visuals {
  return { nodes: computeNodeVisuals(graph, s), edges: computeEdgeVisuals(graph, s) };
}

export interface RenderState {
  visible: Visible;
  selected: string | null;
  /** the hovered (else selected) node's neighbourhood, which stays bright while the rest fades */
  focus: ReadonlySet<string> | null;
  focusNode: string | null;
  /** the edges that touch focusNode */
  focusEdges: ReadonlySet<string> | null;
  /** edge thickness factor, smaller on big graphs where overlap would only darken the view */
  edgeScale: number;
  /** fade what lies outside the focus (small graphs), or only mark the focus (large ones) */
  fade: boolean;
  /** every edge is drawn as a plain line (settings.simpleDrawingAbove): one program, whatever its visual type */
  plainEdges: boolean;
}

export function createReducers(visuals: () => Visuals, state: () => RenderState, s: ViewerSettings) {
  // sigma hands each reducer a fresh shallow copy of the attributes, so the reducers fill it in place
  const nodeReducer = (node: string, data: Partial<NodeDisplayData>): Partial<NodeDisplayData> => {
    const st = state();
    const v = visuals().nodes.get(node);
    const out = data;
    out.type = 'circle'; // the contract's entity type must not reach sigma, which reads "type" as a program name
    out.color = v?.color ?? s.unknownTypeColor;
    out.size = v?.size ?? s.minNodeSize;
    if (!st.visible.nodes.has(node)) out.hidden = true;
    if (st.focus && !st.focus.has(node)) {
      if (st.fade) {
        out.color = s.fadeColor;
        out.label = null;
        out.zIndex = 0;
      }
    } else if (st.focus) {
      out.zIndex = 1;
      // only the focused node's label bypasses the label grid, unless nothing fades (large graphs): then a
      // small neighbourhood is labelled too, the label placer keeping the labels apart
      out.forceLabel = node === st.focusNode || (!st.fade && st.focus.size <= s.focusLabelsUpTo);
    }
    if (node === st.selected) out.highlighted = true;
    return out;
  };
  // Every hidden plain line shares one display datum, with sigma's defaults already set: sigma keeps what the
  // reducer returns as the edge's display data and only reads it (its applyEdgeDefaults rewrites the same
  // values), so hiding the ~19k edges of a time range at 40k allocates nothing here.
  const hiddenLine: Partial<EdgeDisplayData> = { type: 'line', hidden: true, color: s.neutralColor, label: '', size: s.edgeSize, forceLabel: false, zIndex: 0 };
  const edgeReducer = (edge: string, data: Partial<EdgeDisplayData>): Partial<EdgeDisplayData> => {
    const st = state();
    const out: Partial<EdgeDisplayData> & { curvature?: number } = data;
    // The type names the program that holds the edge's slot, so it never changes, hidden or not. A hidden edge
    // draws nothing: no size, colour or bend to work out (half the 40k edges a time range restyles).
    const visible = st.visible.edges.has(edge);
    if (!visible && st.plainEdges) return hiddenLine;
    const v = visuals().edges.get(edge);
    out.type = st.plainEdges ? 'line' : v?.type ?? 'arrow';
    if (!visible) {
      out.hidden = true;
      return out;
    }
    out.size = (v?.size ?? s.edgeSize) * st.edgeScale;
    out.color = v?.color ?? s.neutralColor;
    out.curvature = v?.curvature ?? 0;
    // large graphs fade nothing, and draw the focus's edges on a layer of their own (rendering/focus-edges.ts)
    if (st.fade && st.focusEdges && !st.focusEdges.has(edge)) {
      out.color = s.fadeColor;
      out.zIndex = 0;
    } else if (st.fade && st.focusEdges) {
      out.zIndex = 1;
      out.size *= 2;
    }
    return out;
  };
  return { nodeReducer, edgeReducer };
}
