// The goals of issue 7 as data, the figures derived from the runs, and the printed table.
import type { Figures } from './measure.ts';

export interface Row {
  measure: string;
  value: number | null;
  unit: string;
  /** how the value was got, and the baselines it is a ratio of */
  detail: string;
  goal: string;
  /** null where the measure has no goal */
  pass: boolean | null;
}

interface Goal { atMost?: number; atLeast?: number }
const GOALS = {
  ratioToCompromise: { atLeast: 0.6 },
  scaling: { atMost: 10.5 },
  speedup: { atLeast: 1.7 },
  peakRssX10: { atMost: 300 },
  relationsQueryMs: { atMost: 1 },
  firstFrameMs: { atMost: 1000 },
  selectionMs: { atMost: 200 },
  sizeByMs: { atMost: 200 },
  filterMs: { atMost: 100 },
  timeRangeMs: { atMost: 100 },
  tableOpenMs: { atMost: 300 },
  exportPeakRss: { atMost: 1000 },
} satisfies Record<string, Goal>;

export const n = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
export const fmt = (v: number | null, digits = 2) =>
  v === null ? 'n/a' : Math.abs(v) >= 1000 ? Math.round(v).toLocaleString('en-US') : v.toFixed(Math.abs(v) >= 100 ? 0 : digits);
export const div = (a: unknown, b: unknown) => (n(a) !== null && n(b) ? n(a)! / n(b)! : null);

export function row(measure: string, value: number | null, unit: string, detail: string, goal?: Goal): Row {
  const goalText = goal?.atLeast !== undefined ? `≥ ${goal.atLeast}` : goal?.atMost !== undefined ? `≤ ${goal.atMost}` : '';
  const pass = !goal ? null : value === null ? false : goal.atLeast !== undefined ? value >= goal.atLeast : value <= goal.atMost!;
  return { measure, value, unit, detail, goal: goalText && `${goalText}${unit ? ` ${unit}` : ''}`, pass };
}

export const failed = (r: Figures | undefined) => (r?.error ? `; ${r.error}` : '');

/** Every figure of issue 7, from the children's raw measurements. CPU time carries the single-thread ratios, as other jobs may share the machine. */
export function evaluate(runs: Record<string, Figures>, ctx: { workers: number; scale: number; viewer: number[]; exports?: { edges: number }[] }): Row[] {
  const c1 = runs['compromise-x1'], p1 = runs['pipeline-x1'], c10 = runs['compromise-x10'], p10 = runs['pipeline-x10'];
  const w1 = p10, wn = runs['parallel-n'], merge = runs['graph-merge'], query = runs['graph-query'], fa2 = runs.layout, viewer = runs.viewer ?? {};
  const x = `×${ctx.scale}`;
  const pWords = div(p1?.words, p1?.cpuSeconds), cWords = div(c1?.words, c1?.cpuSeconds);
  const rows = [
    row('pipeline throughput, corpus ×1', pWords, 'words/s',
      `${fmt(div(p1?.articles, p1?.cpuSeconds))} articles/s; ${p1?.words ?? '?'} words, ${p1?.articles ?? '?'} articles in ${fmt(n(p1?.cpuSeconds))} s CPU (${fmt(n(p1?.seconds))} s wall)${failed(p1)}`),
    row('compromise alone, corpus ×1', cWords, 'words/s',
      `${fmt(div(c1?.articles, c1?.cpuSeconds))} articles/s; parse + people/places/organizations in ${fmt(n(c1?.cpuSeconds))} s CPU${failed(c1)}`),
    row('pipeline ÷ compromise throughput, ×1', pWords !== null && cWords ? pWords / cWords : null, '×',
      `CPU time, fastest of ${p1?.repeats ?? 1} runs each; wall-clock ratio ${fmt(div(c1?.seconds, p1?.seconds))}×`, GOALS.ratioToCompromise),
    row(`pipeline ÷ compromise throughput, ${x}`, div(c10?.cpuSeconds, p10?.cpuSeconds), '×',
      `CPU time, steady state: ${fmt(div(p10?.words, p10?.cpuSeconds))} vs ${fmt(div(c10?.words, c10?.cpuSeconds))} words/s; wall-clock ratio ${fmt(div(c10?.seconds, p10?.seconds))}×${failed(c10)}`, GOALS.ratioToCompromise),
    row(`time ${x} ÷ time ×1 (pipeline)`, div(p10?.cpuSeconds, p1?.cpuSeconds), '×',
      `${fmt(n(p10?.cpuSeconds))} s vs ${fmt(n(p1?.cpuSeconds))} s CPU; compromise alone ${fmt(div(c10?.cpuSeconds, c1?.cpuSeconds))}×${failed(p10)}`, GOALS.scaling),
    row(`speedup on ${ctx.workers} worker threads`, div(w1?.seconds, wn?.seconds), '×',
      `src/parallel, corpus ${x}: ${fmt(n(w1?.seconds))} s in 1 thread vs ${fmt(n(wn?.seconds))} s wall, worker start-up included; ` +
      `CPU ${fmt(n(wn?.cpuSeconds))} s vs ${fmt(n(w1?.cpuSeconds))} s, so on ${ctx.workers} idle cores at most ${fmt(div(ctx.workers * (n(w1?.cpuSeconds) ?? NaN), wn?.cpuSeconds))}×${failed(w1)}${failed(wn)}`, GOALS.speedup),
    row('peak RSS, pipeline ×1', n(p1?.peakRssMB), 'MB', 'child process maxRSS; compromise alone ' + `${fmt(n(c1?.peakRssMB), 0)} MB`),
    row(`peak RSS, pipeline ${x}`, n(p10?.peakRssMB), 'MB', `streamed articles; compromise alone ${fmt(n(c10?.peakRssMB), 0)} MB`, GOALS.peakRssX10),
    row(`merge ${fmt(n(merge?.relations))} relations into a graph`, n(merge?.edgesPerSecond), 'edges/s',
      `buildGraph ${fmt(n(merge?.buildCpuSeconds))} s CPU (mergeExtraction ${fmt(n(merge?.mergeCpuSeconds))} s, canonicalize ${fmt(n(merge?.canonicalizeCpuSeconds))} s) → ${merge?.edges ?? '?'} edges${failed(merge)}`),
    row(`merge ${fmt(n(merge?.hubEvidence))} evidence items into one edge`, div(merge?.hubEvidence, merge?.hubCpuSeconds), 'items/s',
      `${fmt(n(merge?.hubCpuSeconds), 3)} s CPU: a hub edge, as a war reported daily for years`),
    row(`an entity's relations, ${fmt(n(query?.edges))} edges`, n(query?.relationsMedianMs), 'ms',
      `src/query relations({ entity }), median over random entities; p95 ${fmt(n(query?.relationsP95Ms), 3)} ms, mean degree ${fmt(n(query?.meanDegree), 1)}${failed(query)}`, GOALS.relationsQueryMs),
    row(`shortest path, ${fmt(n(query?.edges))} edges`, n(query?.pathMedianMs), 'ms',
      `src/query shortestPath, median (max ${fmt(n(query?.pathMaxMs), 0)} ms); a bare bidirectional BFS on the graph takes ${fmt(n(query?.bfsPathMedianMs), 3)} ms (p95 ${fmt(n(query?.bfsPathP95Ms), 3)})`),
    row(`ForceAtlas2, ${fmt(n(fa2?.nodes))} nodes / ${fmt(n(fa2?.edges))} edges`, n(fa2?.iterationsPerSecond), 'iterations/s', `synchronous, Barnes-Hut${failed(fa2)}`),
    ...ctx.viewer.map((size, i) => row(`viewer first frame, ${fmt(size)} nodes`, n(viewer[`firstFrameMs${size}`]), 'ms',
      `headless Chromium, from navigation to the first WebGL frame; renderer main thread busy ${fmt(n(viewer[`mainThreadCpuMs${size}`]), 0)} ms of its CPU time${viewer[`readyMs${size}`] ? `; ready flag at ${fmt(n(viewer[`readyMs${size}`]), 0)} ms` : ''}${viewer[`error${size}`] ? `; ${viewer[`error${size}`]}` : ''}${failed(viewer)}`,
      i === ctx.viewer.length - 1 ? GOALS.firstFrameMs : undefined)),
    ...viewerInteractions(viewer, ctx.viewer[ctx.viewer.length - 1]!),
    ...(ctx.exports ?? []).flatMap((size) => exportRows(runs, size.edges)),
  ];
  return rows;
}

const EXPORT_FORMATS = ['json', 'csv', 'graphml', 'ttl', 'gexf', 'nt'];

/** issue 14: each format's peak RSS (goal ≤ 1 GB at 160k relations) and time, against loading the graph alone. */
function exportRows(runs: Record<string, Figures>, edges: number): Row[] {
  const load = runs[`export-none-${edges}`], input = runs[`export-inputs-${edges}`], st = runs[`stats-gexf-${edges}`];
  const goal = edges <= 160_000 ? GOALS.exportPeakRss : undefined;
  return [
    row(`load a ${fmt(edges)}-relation graph JSON (export baseline)`, n(load?.peakRssMB), 'MB', `${fmt(n(load?.seconds))} s; ${fmt(n(input?.jsonMB), 0)} MB of JSON, one evidence sentence a relation${failed(load)}${failed(input)}`),
    ...EXPORT_FORMATS.map((f) => {
      const r = runs[`export-${f}-${edges}`];
      return row(`peak RSS, export ${f}, ${fmt(edges)} relations`, n(r?.peakRssMB), 'MB',
        `${fmt(n(r?.seconds))} s wall (${fmt(n(r?.writeSeconds))} s writing, ${fmt(div(r?.writeSeconds, load?.seconds))}× the load alone), ${fmt(n(r?.outputMB), 0)} MB written; child process maxRSS, load included${failed(r)}`, goal);
    }),
    row(`peak RSS, stats on a ${fmt(n(input?.gexfMB), 0)} MB GEXF`, n(st?.peakRssMB), 'MB', `${fmt(n(st?.seconds))} s; streaming GEXF reader (saxes)${failed(st)}`, goal),
  ];
}

/** The viewer's interactions on its largest graph (issue 16), each timed until its frame is drawn. */
function viewerInteractions(viewer: Figures, size: number): Row[] {
  const how = `headless Chromium (software WebGL), ${fmt(size)} nodes / ${fmt(size * 4)} edges, layout stopped; from the event to the second animation frame after the result`;
  const errors = viewer.interactionErrors ? `; page errors: ${viewer.interactionErrors}` : '';
  const cost = (k: string) => `; its own task ${fmt(n(viewer[`${k}TaskMs${size}`]), 0)} ms, renderer main thread CPU ${fmt(n(viewer[`${k}CpuMs${size}`]), 0)} ms, GPU process (software WebGL) CPU ${fmt(n(viewer[`${k}GpuCpuMs${size}`]), 0)} ms`;
  return [
    row(`viewer: select an entity (search, Enter), ${fmt(size)} nodes`, n(viewer[`selectionMs${size}`]), 'ms', `panel and highlight; ${how}${cost('selection')}${errors}`, GOALS.selectionMs),
    row(`viewer: size mapping change, ${fmt(size)} nodes`, n(viewer[`sizeByMs${size}`]), 'ms', `degree → PageRank; ${how}${cost('sizeBy')}`, GOALS.sizeByMs),
    row(`viewer: filter change, ${fmt(size)} nodes`, n(viewer[`filterMs${size}`]), 'ms', `one predicate unticked; ${how}${cost('filter')}`, GOALS.filterMs),
    row(`viewer: time range change, ${fmt(size)} nodes`, n(viewer[`timeRangeMs${size}`]), 'ms', `timeline From date set; ${how}${cost('timeRange')}`, GOALS.timeRangeMs),
    row(`viewer: open the relations table, ${fmt(n(viewer[`tableRows${size}`]))} rows`, n(viewer[`tableOpenMs${size}`]), 'ms', `until the first rows are drawn; ${how}${cost('tableOpen')}`, GOALS.tableOpenMs),
  ];
}

export function formatTable(rows: readonly Row[]): string {
  const cells = rows.map((r) => [r.measure, `${fmt(r.value, r.unit === '×' ? 3 : 2)} ${r.unit}`.trim(), r.goal || '—', r.pass === null ? '' : r.pass ? 'pass' : 'FAIL', r.detail]);
  const head = ['measure', 'value', 'goal', '', 'detail'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((x, i) => (i === c.length - 1 ? x : x.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}
