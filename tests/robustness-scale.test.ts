// A long line without punctuation must cost time linear in its length, in every stage of the pipeline.
// No absolute timings: each stage's CPU time on 10× the input is compared with its time on 1×; linear
// work gives about 10×, quadratic about 100×, and the bound sits well between the two.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createExtractor, graphMentions } from '../src/pipeline.ts';
import { parseArticle } from '../src/nlp/index.ts';
import { findMentions } from '../src/entities/index.ts';
import { resolveArticle } from '../src/resolve/index.ts';
import { extractRelations } from '../src/relations/index.ts';
import { buildGraph } from '../src/graph/index.ts';
import { toJson } from '../src/export/json.ts';
import { segmentText } from '../src/nlp/segment.ts';
import { fromJson } from '../src/export/json.ts';
import { geokg } from './helpers/cli.ts';

const STAGES = ['parse', 'entities', 'resolve', 'relations', 'graph', 'export'] as const;
type Stage = (typeof STAGES)[number];

const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

/** One unpunctuated line of news-like words, a place name every few words. */
function wall(chars: number, words: readonly string[]): string {
  const out: string[] = [];
  for (let i = 0, n = 0; n < chars; i++) { const w = words[(i * 7) % words.length]!; out.push(w); n += w.length + 1; }
  return out.join(' ').slice(0, chars);
}
const DENSE = ['the', 'delegation', 'from', 'Moscow', 'discussed', 'trade', 'with', 'officials', 'in', 'Beijing', 'and', 'several', 'ministers'];
const SPARSE = [...DENSE, 'about', 'new', 'ports', 'railways', 'loans', 'for', 'partners', 'across', 'the', 'region', 'over', 'many', 'years', 'to', 'come', 'while', 'markets', 'watched'];

function stageTimes(text: string, extractor: ReturnType<typeof createExtractor>): Record<Stage, number> {
  const times = {} as Record<Stage, number>;
  const time = <T>(stage: Stage, run: () => T): T => { const t = cpuMs(); const r = run(); times[stage] = cpuMs() - t; return r; };
  const article = { id: 'wall', text };
  const parsed = time('parse', () => parseArticle(article, extractor.nlp));
  const mentioned = time('entities', () => findMentions(parsed, extractor.gazetteer));
  const resolved = time('resolve', () => resolveArticle(mentioned, extractor.gazetteer));
  const relations = time('relations', () => extractRelations(resolved));
  const graph = time('graph', () => {
    const { entities, mentions } = graphMentions(resolved, new Set(relations.flatMap((r) => [r.subject, r.object])));
    return buildGraph([{ article: { id: 'wall', length: text.length }, entities, mentions, relations }]);
  });
  time('export', () => toJson(graph));
  return times;
}

/**
 * Per stage: the least of a few runs on the small input and of two on the large (the least is the most robust to
 * noise: a full run of the suite on a loaded machine once measured export at 2 ms → 147 ms in one large run,
 * and the same test alone passed; a pause of the collector or the scheduler inside a short stage is enough).
 */
function growth(words: readonly string[], small: number, factor: number): Record<Stage, { small: number; large: number }> {
  const extractor = createExtractor();
  stageTimes(wall(small, words), extractor); // warm up the JIT, so that it does not count against the small run
  const smalls = [0, 1, 2].map(() => stageTimes(wall(small, words), extractor));
  const larges = [0, 1].map(() => stageTimes(wall(small * factor, words), extractor));
  const least = (runs: Record<Stage, number>[], s: Stage) => Math.min(...runs.map((t) => t[s]));
  return Object.fromEntries(STAGES.map((s) => [s, { small: least(smalls, s), large: least(larges, s) }])) as never;
}

// a stage under this many ms on the small input is measured as if it took this long (timer granularity)
const FLOOR_MS = 3;
const MAX_RATIO = 30; // for 10× the input

/**
 * Stages allowed to grow faster than linearly; none now. The relations stage once filtered an article's
 * mentions for each sentence and scanned every relation found so far (×37 CPU for 10× input); add a stage
 * here only with its measured figures and an issue to fix it.
 */
const KNOWN_SUPERLINEAR: readonly Stage[] = [];

function superlinear(g: Record<Stage, { small: number; large: number }>): string[] {
  return STAGES.filter((s) => !KNOWN_SUPERLINEAR.includes(s) && g[s].large / Math.max(g[s].small, FLOOR_MS) > MAX_RATIO)
    .map((s) => `${s}: ${g[s].small.toFixed(0)} ms → ${g[s].large.toFixed(0)} ms`);
}

describe('a long line without punctuation', () => {
  it('is cut into bounded parse units, their number linear in its length', () => {
    const line = wall(400_000, DENSE);
    const units = segmentText(line);
    const fourTimes = segmentText(`${line} ${line} ${line} ${line}`);
    expect(Math.max(...units.map((u) => u.end - u.start))).toBeLessThan(120 * 31);
    expect(fourTimes.length).toBeLessThanOrEqual(4 * units.length + 4);
  });

  it('2 MB through the CLI: processed', () => {
    const d = mkdtempSync(join(tmpdir(), 'geokg-scale-'));
    writeFileSync(join(d, 'wall.txt'), wall(2_000_000, SPARSE));
    const r = geokg(['build', join(d, 'wall.txt'), '-o', '-', '--jobs', '1']);
    expect(r.code, r.stderr).toBe(0);
    expect(fromJson(r.stdout).someNode((_, a) => a.label === 'Beijing')).toBe(true);
  }, 180_000);

  it('every stage does work linear in the length (100 KB vs 1 MB)', () => {
    expect(superlinear(growth(DENSE, 100_000, 10))).toEqual([]);
  }, 180_000);
});
