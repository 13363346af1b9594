// The seed article's figures through the shared ruler: no change may fall below the floors.
import { describe, expect, it } from 'vitest';
import { scoreSeed } from '../src/cli/commands/eval.ts';

describe('seed article floors (../shared/eval/score.mjs)', () => {
  const seed = scoreSeed();
  it('finds the entities: F1 ≥ 0.95', () => {
    expect(seed.entities.f1).toBeGreaterThanOrEqual(0.95);
  });
  it('finds the relations: F1 ≥ 0.90', () => {
    expect(seed.relations.f1).toBeGreaterThanOrEqual(0.9);
  });
});
