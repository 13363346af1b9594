// Exports at scale: each format written from a graph JSON file, as `geokg export` does, in a child process of
// its own, so its peak RSS is the whole command's. The baseline is loading the graph alone, in the same run.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvFolderFiles, gexfChunks, jsonChunks, writeExport, writeFolderAtomic, type ExportFormat } from '../src/export/index.ts';
import { loadGraph } from '../src/query/load.ts';
import { stats } from '../src/query/stats.ts';
import { writeStreamAtomic } from '../src/util/atomic.ts';
import { pipeChunks } from '../src/util/chunks.ts';
import { stopwatch, type Figures } from './measure.ts';
import { syntheticGraph } from './synthetic.ts';

export const EXPORT_BENCH_FORMATS: readonly ExportFormat[] = ['json', 'csv', 'graphml', 'ttl', 'gexf', 'nt'];

/** Writes the synthetic graph (with one evidence sentence per relation) as JSON and GEXF inputs; returns their folder. */
export async function exportInputs(o: { nodes: number; edges: number; dir?: string }): Promise<Figures> {
  const dir = o.dir ?? mkdtempSync(join(tmpdir(), 'geokg-bench-export-'));
  const graph = syntheticGraph({ nodes: o.nodes, edges: o.edges, evidence: true });
  await writeStreamAtomic(join(dir, 'graph.json'), (out) => pipeChunks(jsonChunks(graph), out));
  await writeStreamAtomic(join(dir, 'graph.gexf'), (out) => pipeChunks(gexfChunks(graph), out));
  return { dir, nodes: graph.order, edges: graph.size, jsonMB: statSync(join(dir, 'graph.json')).size / 2 ** 20, gexfMB: statSync(join(dir, 'graph.gexf')).size / 2 ** 20 };
}

/** Loads the graph JSON and writes one format next to it (format "none": the load alone, the baseline). */
export async function exportFormat(o: { dir: string; format: ExportFormat | 'none' }): Promise<Figures> {
  const clock = stopwatch();
  const graph = loadGraph(join(o.dir, 'graph.json'));
  const loaded = clock();
  const out = join(o.dir, `out.${o.format}`);
  if (o.format === 'csv') await writeFolderAtomic(out, csvFolderFiles(graph));
  else if (o.format !== 'none') await writeStreamAtomic(out, (stream) => writeExport(graph, o.format as Exclude<ExportFormat, 'csv'>, stream));
  const t = clock();
  const bytes = o.format === 'none' ? 0 : o.format === 'csv' ? readdirSync(out).reduce((s, f) => s + statSync(join(out, f)).size, 0) : statSync(out).size;
  rmSync(out, { recursive: true, force: true });
  return { format: o.format, seconds: t.seconds, cpuSeconds: t.cpuSeconds, loadSeconds: loaded.seconds, writeSeconds: t.seconds - loaded.seconds, outputMB: bytes / 2 ** 20, relations: graph.size };
}

/** `geokg stats` on the GEXF input: the streaming GEXF reader and the statistics. */
export function statsGexf(o: { dir: string }): Figures {
  const clock = stopwatch();
  const s = stats(loadGraph(join(o.dir, 'graph.gexf')));
  const t = clock();
  return { seconds: t.seconds, cpuSeconds: t.cpuSeconds, relations: s.relations, gexfMB: statSync(join(o.dir, 'graph.gexf')).size / 2 ** 20 };
}

