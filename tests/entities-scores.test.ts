// The ruler's figures, kept from falling: the seed article's entities (floor 0.95), CoNLL04 dev (typed entities
// 0.82, relations 0.54) and Re-DocRED dev (typed entities 0.73, one-sentence relations 0.36 at P 0.67), see below. Built in-process, scored by ../shared/eval/score.mjs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/pipeline.ts';
import { buildGraph } from '../src/graph/index.ts';
import { toJson } from '../src/export/json.ts';
import { SEED, SEED_GOLD, SHARED } from './helpers/cli.ts';
import { extractor } from './helpers/resolve.ts';

const SCORE = `${SHARED}eval/score.mjs`;
const DEV = `${SHARED}benchmarks/conll04/dev.json`;
const REDOCRED_DEV = `${SHARED}benchmarks/redocred/dev.json`;
const dir = mkdtempSync(join(tmpdir(), 'geokg-entities-'));

function score(args: string[], articles: { id: string; text: string }[]) {
  const graphPath = join(dir, `${articles.length}.json`);
  writeFileSync(graphPath, toJson(buildGraph(articles.map((a) => extractArticle(a, extractor)))));
  const r = spawnSync(process.execPath, [SCORE, ...args, '--graph', graphPath, '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(r.stdout);
}

/** A benchmark's split made into articles by the ruler itself, each sentence or document its own article, and scored. */
function scoreBenchmark(mode: '--conll04' | '--docred', path: string) {
  const input = spawnSync(process.execPath, [SCORE, mode, path, '--make-input'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).stdout;
  return score([mode, path], input.trim().split('\n').map((l) => JSON.parse(l) as { id: string; text: string }));
}

describe('entity figures on the ruler', () => {
  it('finds the seed article’s entities with F1 ≥ 0.95, typed too', () => {
    const { total } = score([SEED_GOLD], [{ id: 'putin-china-belt-and-road', text: readFileSync(SEED, 'utf8') }]);
    expect(total.entities.f1).toBeGreaterThanOrEqual(0.95);
    expect(total.typedEntities.f1).toBeGreaterThanOrEqual(0.95);
  });

  // 0.85 until the benchmark's own habits were dropped (an office or a birthplace's state inside a name, issue 12):
  // measured 0.848 after that (not tuned on dev), floor 0.03 below
  // relations: measured 0.559 (P 0.740) at session 5's round-2 rule freeze and again at sessions 6's and 7's, floor at most 0.03 below; one build serves both
  it('keeps CoNLL04 dev typed entity F1 at or above 0.82 and relation F1 at or above 0.54', () => {
    const figures = scoreBenchmark('--conll04', DEV);
    expect(figures.entities.f1).toBeGreaterThanOrEqual(0.82);
    expect(figures.relations.f1).toBeGreaterThanOrEqual(0.54);
  }, 60_000);

  // measured 0.758 typed entities and 0.386 one-sentence relation F1 (P 0.703) on Re-DocRED dev (developed on,
  // issue 12) at session 15's rule freeze (43e3450), floors at most 0.03 below; one build serves both
  it('keeps Re-DocRED dev typed entity F1 at or above 0.73, one-sentence relations F1 ≥ 0.36 at P ≥ 0.68', () => {
    const figures = scoreBenchmark('--docred', REDOCRED_DEV);
    expect(figures.entities.f1).toBeGreaterThanOrEqual(0.73);
    expect(figures.relations.f1).toBeGreaterThanOrEqual(0.36);
    expect(figures.relations.precision).toBeGreaterThanOrEqual(0.68);
  }, 180_000);
});
