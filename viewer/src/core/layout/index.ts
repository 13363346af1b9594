// layout: ForceAtlas2 in a web worker, settings inferred from the graph, stopping itself once settled.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import type { ViewerGraph } from '../graph/index.ts';
import type { LayoutHandle, LayoutOptions } from './types.ts';
import { relativeMovement, snapshotPositions } from './utils.ts';

export type { LayoutHandle, LayoutOptions, LayoutState } from './types.ts';

const CHECK_EVERY_MS = 400;
const MIN_ITERATIONS_PER_CHECK = 5;

export function createLayout(graph: ViewerGraph, options: LayoutOptions): LayoutHandle {
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > options.barnesHutThreshold };
  const fa2 = new FA2Layout(graph, { settings });
  let timer: ReturnType<typeof setInterval> | undefined;
  let startedAt = 0;
  let last: Float64Array | undefined;
  // Positions arrive from the worker as whole-graph updates; counting them tells a settled layout from a
  // slow one (on a busy machine, a window may pass with no iteration at all, which is not settling).
  let iterations = 0;
  const counted = () => void iterations++;
  graph.on('eachNodeAttributesUpdated', counted);

  const stop = () => {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
    if (fa2.isRunning()) fa2.stop();
    options.onStateChange?.('stopped');
  };
  const check = () => {
    if (performance.now() - startedAt > options.maxMs) return stop();
    if (iterations < MIN_ITERATIONS_PER_CHECK) return;
    iterations = 0;
    const now = snapshotPositions(graph);
    const settled = last !== undefined && relativeMovement(last, now) < options.settleRatio;
    last = now;
    if (settled) stop();
  };
  return {
    start() {
      if (fa2.isRunning()) return;
      startedAt = performance.now();
      last = undefined;
      iterations = 0;
      fa2.start();
      timer = setInterval(check, CHECK_EVERY_MS);
      options.onStateChange?.('running');
    },
    stop,
    isRunning: () => fa2.isRunning(),
    kill() {
      stop();
      graph.off('eachNodeAttributesUpdated', counted);
      fa2.kill();
    },
  };
}
