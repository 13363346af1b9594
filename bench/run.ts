// `geokg bench`: runs every measurement in its own child process, baselines in the same run,
// then reports each figure against its goal.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Figures } from './measure.ts';
import { formatProfile, summarizeProfile, type ProfileSummary } from './profile.ts';
import { EXPORT_BENCH_FORMATS } from './exports.ts';
import { evaluate, type Row } from './report.ts';
import { runPackageBench } from './package.ts';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CHILD = fileURLToPath(new URL('./child.ts', import.meta.url));

export interface BenchOptions {
  quick: boolean;
  /** the exports on a 1M-relation graph as well (slow: minutes a format) */
  exports1m?: boolean;
  /** only the viewer's measurements (first frame and interactions in Chromium) */
  viewerOnly?: boolean;
  profile: boolean;
  shared: string;
  articles: string;
  log: (line: string) => void;
  /** only issue 13's figures: the compiled program against compromise alone */
  packageOnly?: boolean;
}

export interface BenchResults {
  date: string;
  machine: { cpus: number; model: string; node: string; loadavgBefore: number[]; loadavgAfter: number[] };
  quick: boolean;
  runs: Record<string, Figures>;
  figures: Row[];
  profile?: ProfileSummary;
}

/** Sizes of every measurement: the full benchmark, or a tiny one that only checks the machinery works. */
export function plan(quick: boolean) {
  return quick
    ? { exports: { nodes: 2000, edges: 8000 }, sentences: 24, scale: 10, repeats: 1, merge: { articles: 200, relationsPerArticle: 10, entities: 400, hubEvidence: 500 }, query: { nodes: 1000, edges: 10_000, queries: 200, paths: 20, apiPaths: 2 }, layout: { nodes: 500, edges: 2000, iterations: 2 }, viewer: [100, 300] }
    : { exports: { nodes: 40_000, edges: 160_000 }, sentences: undefined, scale: 10, repeats: 3, merge: { articles: 10_000, relationsPerArticle: 10, entities: 20_000, hubEvidence: 10_000 }, query: { nodes: 100_000, edges: 1_000_000, queries: 2000, paths: 200, apiPaths: 1 }, layout: { nodes: 10_000, edges: 40_000, iterations: 10 }, viewer: [1000, 10_000] };
}

const EXPORTS_1M = { nodes: 250_000, edges: 1_000_000 };

/** Every export format (and the load alone, its baseline) on one synthetic graph, each in a child of its own. */
async function exportSteps(size: { nodes: number; edges: number }, step: (name: string, what: string, task: string, options: object) => Promise<void>): Promise<void> {
  const tag = `${size.edges}`;
  const dir = mkdtempSync(join(tmpdir(), 'geokg-bench-export-'));
  try {
    await step(`export-inputs-${tag}`, `writing a ${size.edges}-relation graph as JSON and GEXF`, 'export-inputs', { ...size, dir });
    for (const format of ['none', ...EXPORT_BENCH_FORMATS]) await step(`export-${format}-${tag}`, `export ${format}, ${size.edges} relations`, 'export-format', { dir, format });
    await step(`stats-gexf-${tag}`, `stats on the ${size.edges}-relation GEXF`, 'stats-gexf', { dir });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs `bench/child.ts <task>` in a fresh Node and returns its figures, or `{ error }` if it failed. */
function runChild(task: string, options: object, nodeArgs: string[] = []): Promise<Figures> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...nodeArgs, CHILD, task, JSON.stringify(options)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '', err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      try {
        if (code === 0) return resolve(JSON.parse(last) as Figures);
      } catch { /* reported below */ }
      resolve({ error: err.trim().split('\n').pop() || `exited with ${code}` });
    });
  });
}

/** The repeat that took least CPU time (an error if none succeeded). */
function fastest(runs: Record<string, Figures>, prefix: string): Figures {
  const ok = Object.entries(runs).filter(([k, r]) => k.startsWith(prefix) && typeof r.cpuSeconds === 'number').map(([, r]) => r);
  if (!ok.length) return Object.entries(runs).find(([k]) => k.startsWith(prefix))?.[1] ?? { error: 'not run' };
  return { ...ok.reduce((a, b) => ((b.cpuSeconds as number) < (a.cpuSeconds as number) ? b : a)), repeats: ok.length };
}

export async function runBench(o: BenchOptions): Promise<BenchResults> {
  const p = plan(o.quick);
  const corpus = { shared: o.shared, articles: o.articles, maxSentences: p.sentences };
  const workers = Math.max(2, availableParallelism());
  const loadavgBefore = loadavg();
  const runs: Record<string, Figures> = {};
  const step = async (name: string, what: string, task: string, options: object) => {
    o.log(`bench: ${what}…`);
    runs[name] = await runChild(task, options);
  };
  // baseline and pipeline alternate, so that a change in the machine's load touches both alike; the short ×1
  // runs are repeated and the fastest kept, as on a shared machine the least disturbed run is the truest
  let packageRows: Row[] = [];
  if (!o.viewerOnly) {
    const pkg = await runPackageBench({ corpus, scale: p.scale, quick: o.quick, log: o.log });
    Object.assign(runs, Object.fromEntries(Object.entries(pkg.runs).map(([k, v]) => [`package-${k}`, v])));
    packageRows = pkg.rows;
  }
  if (!o.viewerOnly && !o.packageOnly) {
    for (let r = 1; r <= p.repeats; r++) {
      await step(`compromise-x1#${r}`, `compromise alone, corpus ×1 (${r}/${p.repeats})`, 'extract-compromise', { ...corpus, times: 1 });
      await step(`pipeline-x1#${r}`, `whole pipeline, corpus ×1 (${r}/${p.repeats})`, 'extract-pipeline', { ...corpus, times: 1 });
    }
    runs['compromise-x1'] = fastest(runs, 'compromise-x1#');
    runs['pipeline-x1'] = fastest(runs, 'pipeline-x1#');
    await step('compromise-x10', `compromise alone, corpus ×${p.scale}`, 'extract-compromise', { ...corpus, times: p.scale });
    await step('pipeline-x10', `whole pipeline, corpus ×${p.scale}`, 'extract-pipeline', { ...corpus, times: p.scale });
    // against the ×10 run above, which is the pipeline in one thread: on a large corpus, as parallelism is for
    // large corpora, where starting the workers (about a second of CPU each) weighs as on a real run
    await step('parallel-n', `pipeline on ${workers} worker threads, corpus ×${p.scale}`, 'extract-parallel', { ...corpus, times: p.scale, workers });
    await step('graph-merge', `merging ${p.merge.articles * p.merge.relationsPerArticle} relations`, 'graph-merge', p.merge);
    await step('graph-query', `queries on ${p.query.edges} edges`, 'graph-query', p.query);
    await step('layout', `ForceAtlas2 on ${p.layout.nodes} nodes`, 'layout', p.layout);
    for (const size of o.exports1m ? [p.exports, EXPORTS_1M] : [p.exports]) await exportSteps(size, step);
  }
  if (!o.packageOnly) await step('viewer', `viewer first frame at ${p.viewer.join(', ')} nodes`, 'viewer', { sizes: p.viewer });
  const results: BenchResults = {
    date: new Date().toISOString(),
    machine: { cpus: availableParallelism(), model: cpus()[0]?.model ?? 'unknown', node: process.version, loadavgBefore, loadavgAfter: loadavg() },
    quick: o.quick, runs,
    figures: o.packageOnly ? packageRows : [...packageRows, ...evaluate(runs, { workers, scale: p.scale, viewer: p.viewer, exports: o.exports1m ? [p.exports, EXPORTS_1M] : [p.exports] }).filter((r) => !o.viewerOnly || r.measure.startsWith('viewer'))],
  };
  if (o.profile) results.profile = await profilePipeline(corpus, o.log);
  return results;
}

/** The whole pipeline at ×1 under `node --cpu-prof`; the busiest thread's profile is the main one. */
async function profilePipeline(corpus: object, log: (line: string) => void): Promise<ProfileSummary | undefined> {
  log('bench: profiling the pipeline (node --cpu-prof)…');
  const dir = mkdtempSync(join(tmpdir(), 'geokg-bench-prof-'));
  try {
    const r = await runChild('extract-pipeline', { ...corpus, times: 1 }, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
    if (r.error) { log(`bench: profiling failed: ${r.error}`); return undefined; }
    const busy = (s: ProfileSummary) => s.totalMs - (s.areas.find((a) => a.name === '((idle))')?.selfMs ?? 0);
    const summaries = readdirSync(dir).map((f) => summarizeProfile(join(dir, f), 25));
    return summaries.sort((a, b) => busy(b) - busy(a))[0];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export { formatProfile };
