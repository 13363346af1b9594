// How a graph looks when another tool opens it: colours by entity type and by cooperation score,
// sizes by degree, and a deterministic layout where the graph has no positions.
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import { defaultExport } from '../util/interop.ts';
import type { KnowledgeGraph } from '../graph/index.ts';
import type { EdgeAttributes, EntityType } from '../model/types.ts';
const forceAtlas2 = defaultExport(forceAtlas2Module);

/** The viewer's palette (Tableau 10), so Gephi and the viewer agree. */
export const TYPE_COLORS: Readonly<Record<EntityType, string>> = {
  PERSON: '#e15759', COUNTRY: '#4e79a7', LOCATION: '#59a14f', ORGANIZATION: '#f28e2b', EVENT: '#b07aa1', OTHER: '#9c755f',
};
const COOPERATION = '#2ca02c';
const CONFLICT = '#d62728';
const NEUTRAL = '#aaaaaa';

/**
 * ForceAtlas2 iterations: 100 up to 1000 nodes, then fewer (a fixed budget of node-iterations), none past
 * 20,000 nodes, so an export never spends minutes on a layout that Gephi users will redo anyway.
 */
export function layoutIterations(order: number): number {
  const n = Math.min(100, Math.floor(100_000 / Math.max(1, order)));
  return n >= 5 ? n : 0;
}

const round = (n: number) => Math.round(n * 100) / 100;

export const nodeSize = (degree: number) => round(4 + 3 * Math.sqrt(degree));

export function edgeStyle(a: EdgeAttributes): { color: string; thickness: number; shape?: 'dashed' } {
  const color = a.negated ? NEUTRAL : a.score > 0 ? COOPERATION : a.score < 0 ? CONFLICT : NEUTRAL;
  const thickness = round(1 + Math.log2(Math.max(1, a.count || a.evidence.length || 1)));
  return a.negated ? { color, thickness, shape: 'dashed' } : { color, thickness };
}

/**
 * Positions for every node: kept where all nodes have them, else a circle in key order refined by a
 * fixed number of ForceAtlas2 iterations (layoutIterations). No randomness, so the same graph always gets the same layout.
 */
export function layoutPositions(graph: KnowledgeGraph): Map<string, { x: number; y: number }> {
  const keys = [...graph.nodes()].sort();
  const positioned = keys.every((k) => Number.isFinite(graph.getNodeAttribute(k, 'x')) && Number.isFinite(graph.getNodeAttribute(k, 'y')));
  const out = new Map<string, { x: number; y: number }>();
  if (positioned) {
    for (const k of keys) out.set(k, { x: graph.getNodeAttribute(k, 'x')!, y: graph.getNodeAttribute(k, 'y')! });
    return out;
  }
  const work = graph.copy();
  keys.forEach((k, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, keys.length);
    work.mergeNodeAttributes(k, { x: 100 * Math.cos(angle), y: 100 * Math.sin(angle) });
  });
  const iterations = layoutIterations(keys.length);
  const pos: Record<string, { x: number; y: number }> = iterations
    ? forceAtlas2(work, { iterations, settings: forceAtlas2.inferSettings(work) })
    : Object.fromEntries(work.mapNodes((k, a) => [k, { x: a.x!, y: a.y! }]));
  for (const k of keys) out.set(k, { x: round(pos[k]!.x), y: round(pos[k]!.y) });
  return out;
}
