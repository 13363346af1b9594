// Hand-made news articles beyond the seed, scored by the shared ruler: rules that only fit the seed fail here.
// kyiv-aid and sahel-summit were tuned against; the four later ones (sanctions, ceasefire, new government, Asian
// defence) were written as held-out checks, so their floors sit just below what the pipeline reached when they were
// added (measured minus 0.05, or minus one edge where an article has so few that one edge moves more): they catch
// regressions, they are not targets.
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
  'kyiv-aid': { entityF1: 0.9, typedEntityF1: 0.9, relationPrecision: 0.85, relationF1: 0.8 },
  'sahel-summit': { entityF1: 0.9, typedEntityF1: 0.9, relationPrecision: 0.85, relationF1: 0.8 },
  'iran-sanctions': { entityF1: 0.91, typedEntityF1: 0.91, relationPrecision: 0.85, relationF1: 0.59 },
  'gaza-ceasefire-veto': { entityF1: 0.91, typedEntityF1: 0.91, relationPrecision: 0.9, relationF1: 0.71 },
  // Low (relations F1 < 0.5): party and body names typed wrongly or split, missed "sworn in as", reversed "she praised his".
  'poland-new-government': { entityF1: 0.86, typedEntityF1: 0.77, relationPrecision: 0.56, relationF1: 0.46 },
  'asean-sea-pact': { entityF1: 0.89, typedEntityF1: 0.86, relationPrecision: 0.88, relationF1: 0.73 },
  // Session 2 held-out set, measured before any tuning (tree at 9d19cf5); relation recall was below 0.5 on all three.
  'guinea-bissau-coup': { entityF1: 0.81, typedEntityF1: 0.81, relationPrecision: 0.76, relationF1: 0.57 },
  'brics-rio-summit': { entityF1: 0.91, typedEntityF1: 0.89, relationPrecision: 0.9, relationF1: 0.59 },
  'icj-essequibo-order': { entityF1: 0.87, typedEntityF1: 0.87, relationPrecision: 0.75, relationF1: 0.52 },
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
