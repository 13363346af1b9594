// Two hand-made news articles beyond the seed, scored by the shared ruler: rules that only fit the seed fail here.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toJson } from '../src/export/json.ts';
import { buildGraph } from '../src/graph/index.ts';
import { createExtractor, extractArticle } from '../src/pipeline.ts';
import { ROOT, SHARED } from './helpers/cli.ts';

const extractor = createExtractor();
const dir = mkdtempSync(join(tmpdir(), 'geokg-news-'));

function score(name: string) {
  const text = readFileSync(`${ROOT}tests/fixtures/news/${name}.txt`, 'utf8');
  const graph = join(dir, `${name}.json`);
  writeFileSync(graph, toJson(buildGraph([extractArticle({ id: name, text }, extractor)])));
  const r = spawnSync(process.execPath, [`${SHARED}eval/score.mjs`, `${ROOT}tests/fixtures/news/${name}.json`, '--graph', graph, '--json'], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout).total as { entities: { f1: number }; relations: { f1: number; precision: number } };
}

describe('news beyond the seed (tests/fixtures/news)', () => {
  for (const name of ['kyiv-aid', 'sahel-summit']) {
    it(`${name}: entities F1 ≥ 0.9, relations precision ≥ 0.85 and F1 ≥ 0.8`, () => {
      const t = score(name);
      expect(t.entities.f1).toBeGreaterThanOrEqual(0.9);
      expect(t.relations.precision).toBeGreaterThanOrEqual(0.85);
      expect(t.relations.f1).toBeGreaterThanOrEqual(0.8);
    });
  }
});
