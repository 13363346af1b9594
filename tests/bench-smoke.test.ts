import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BenchResults } from '../bench/run.ts';
import { geokg } from './helpers/cli.ts';

// The benchmark on a tiny corpus, so that it cannot rot: every measurement must run and report a figure.
// Speed itself is never asserted here (the machine may be busy); `npm run bench` reports it against the goals.
describe('geokg bench --quick', () => {
  it('runs every measurement and reports every figure, in the table and in the results file', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'geokg-bench-')), 'results.json');
    const r = geokg(['bench', '--quick', '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    const results = JSON.parse(readFileSync(out, 'utf8')) as BenchResults;
    const measures = results.figures.map((f) => f.measure).join('\n');
    for (const m of [/pipeline throughput/, /compromise alone/, /÷ compromise/, /time ×10 ÷ time ×1/, /speedup on \d+ worker threads/,
      /peak RSS, pipeline ×1/, /peak RSS, pipeline ×10/, /merge .* relations/, /entity's relations/, /shortest path/, /ForceAtlas2/, /viewer first frame/,
      /viewer: select an entity/, /viewer: size mapping/, /viewer: filter change/, /viewer: time range/, /viewer: open the relations table/,
      /peak RSS, export json/, /peak RSS, export csv/, /peak RSS, export gexf/, /peak RSS, export nt/, /peak RSS, stats on a .* GEXF/,
      /geokg --help \(compiled\)/, /worker start-up/, /geokg build --jobs 1 ÷ compromise alone/, /the machine's ceiling: \d+ copies of compromise alone at once/, /geokg build \(default: [\d ?or]+ jobs?\) ÷ --jobs 1/, /CPU, geokg build \(default: [\d ?or]+ jobs?\) ÷ --jobs 1/, /peak RSS, geokg build/])
      expect(measures).toMatch(m);
    // where /proc lists a process's threads, the CPU rows say how the parallel run's CPU split over its threads
    const cpuSplit = results.figures.filter((f) => f.measure.startsWith('CPU, geokg build'));
    expect(cpuSplit).toHaveLength(2);
    if (process.platform === 'linux') for (const f of cpuSplit) expect(f.detail).toMatch(/main [\d.]+ s, V8 helper threads [\d.]+ s, later threads \(workers, libuv pool\) [\d.]+ s/);
    for (const f of results.figures) {
      expect(f.value, `${f.measure}: ${f.detail}`).toBeTypeOf('number');
      expect(r.stdout).toContain(f.measure);
    }
    // each goal of issue 7 has a verdict (the throughput ratio twice: at ×1 and at ×10), the five of issue 16's viewer,
    // issue 14's peak RSS of each of the six export formats and of stats on a GEXF, and issue 13's six (--help, one
    // thread, the default jobs at two sizes, peak RSS with one thread and with the default)
    expect(results.figures.filter((f) => f.pass !== null)).toHaveLength(19 + 6);
  }, 400_000);
});
