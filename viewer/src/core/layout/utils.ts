import type { ViewerGraph } from '../graph/index.ts';

/** Positions as one flat array, for measuring how far the layout moved nodes between two looks. */
export function snapshotPositions(graph: ViewerGraph): Float64Array {
  const out = new Float64Array(graph.order * 2);
  let i = 0;
  graph.forEachNode((_n, a) => {
    out[i++] = a.x ?? 0;
    out[i++] = a.y ?? 0;
  });
  return out;
}

/** Mean step per node between two snapshots, as a fraction of the graph's extent. */
export function relativeMovement(before: Float64Array, after: Float64Array): number {
  if (before.length !== after.length || after.length === 0) return Infinity;
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity, step = 0;
  for (let i = 0; i < after.length; i += 2) {
    const x = after[i], y = after[i + 1];
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
    step += Math.hypot(x - before[i], y - before[i + 1]);
  }
  const extent = Math.max(maxX - minX, maxY - minY, 1e-9);
  return step / (after.length / 2) / extent;
}
