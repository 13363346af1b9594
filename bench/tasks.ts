// The benchmark's measurements by name. bench/child.ts runs each in its own process so that peak
// memory and JIT state never leak from one measurement into the next; modules load lazily, so that
// one stage being broken does not stop the others from being measured.
import type { Figures } from './measure.ts';

type Task = (options: never) => Figures | Promise<Figures>;

export const TASKS: Record<string, () => Promise<Task>> = {
  'extract-compromise': async () => (await import('./extraction.ts')).extractCompromise,
  'extract-pipeline': async () => (await import('./extraction.ts')).extractPipeline,
  'extract-parallel': async () => (await import('./extraction.ts')).extractParallel,
  'graph-merge': async () => (await import('./graph-work.ts')).graphMerge,
  'graph-query': async () => (await import('./graph-work.ts')).graphQuery,
  layout: async () => (await import('./graph-work.ts')).layout,
  viewer: async () => (await import('./viewer.ts')).measureViewer,
  'export-inputs': async () => (await import('./exports.ts')).exportInputs,
  'export-format': async () => (await import('./exports.ts')).exportFormat,
  'stats-gexf': async () => (await import('./exports.ts')).statsGexf,
};
