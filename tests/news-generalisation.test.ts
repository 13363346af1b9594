// Hand-made news articles beyond the seed, scored by the shared ruler: rules that only fit the seed fail here.
// All nine have now been tuned against (the last seven were first measured as held-out checks: see
// tests/fixtures/news/README.md for those figures), so they no longer measure generalisation: they catch regressions.
// Floors are the figures of session 2's end minus 0.05 (relation precision, 1.0 on every article then, minus 0.05);
// issue 12 removed constructions that fired only on fixture or seed sentences and a rule that left an edge out because
// a gold file did: brics-rio-summit (relation F1 0.870) and icj-essequibo-order (P and F1 0.944) now sit at measured − 0.03.
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
  return JSON.parse(r.stdout).total as { entities: { f1: number }; typedEntities: { f1: number }; relations: { f1: number; precision: number } };
}

interface Floors { entityF1: number; typedEntityF1: number; relationPrecision: number; relationF1: number }

const FLOORS: Record<string, Floors> = {
  'kyiv-aid': { entityF1: 0.95, typedEntityF1: 0.95, relationPrecision: 0.95, relationF1: 0.95 },
  'sahel-summit': { entityF1: 0.92, typedEntityF1: 0.92, relationPrecision: 0.95, relationF1: 0.95 },
  'iran-sanctions': { entityF1: 0.95, typedEntityF1: 0.95, relationPrecision: 0.95, relationF1: 0.91 },
  'gaza-ceasefire-veto': { entityF1: 0.95, typedEntityF1: 0.95, relationPrecision: 0.95, relationF1: 0.93 },
  'poland-new-government': { entityF1: 0.95, typedEntityF1: 0.95, relationPrecision: 0.95, relationF1: 0.9 },
  'asean-sea-pact': { entityF1: 0.95, typedEntityF1: 0.95, relationPrecision: 0.95, relationF1: 0.92 },
  'guinea-bissau-coup': { entityF1: 0.93, typedEntityF1: 0.93, relationPrecision: 0.95, relationF1: 0.95 },
  'brics-rio-summit': { entityF1: 0.95, typedEntityF1: 0.95, relationPrecision: 0.95, relationF1: 0.84 },
  'icj-essequibo-order': { entityF1: 0.95, typedEntityF1: 0.95, relationPrecision: 0.91, relationF1: 0.91 },
};

describe('news beyond the seed (tests/fixtures/news)', () => {
  for (const [name, floor] of Object.entries(FLOORS)) {
    it(`${name}: entities F1 ≥ ${floor.entityF1} (typed ≥ ${floor.typedEntityF1}), relations precision ≥ ${floor.relationPrecision} and F1 ≥ ${floor.relationF1}`, () => {
      const t = score(name);
      expect(t.entities.f1).toBeGreaterThanOrEqual(floor.entityF1);
      expect(t.typedEntities.f1).toBeGreaterThanOrEqual(floor.typedEntityF1);
      expect(t.relations.precision).toBeGreaterThanOrEqual(floor.relationPrecision);
      expect(t.relations.f1).toBeGreaterThanOrEqual(floor.relationF1);
    });
  }
});
