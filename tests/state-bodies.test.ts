// A state's ministry named after the state's possessive is that state's body, not a ministry every state shares.
import { describe, expect, it } from 'vitest';
import { resolveText as resolve } from './helpers/resolve.ts';

const labelsOf = (text: string) => resolve(text).entities.filter((e) => e.type === 'ORGANIZATION');

describe("a ministry after a state's possessive", () => {
  it("names the ministry with its state, keeps the state's own mention, and reads a later bare mention as the same body", () => {
    const r = resolve("Norway's Foreign Ministry summoned the envoy. The Foreign Ministry said the talks would resume.");
    const bodies = r.entities.filter((e) => e.type === 'ORGANIZATION');
    expect(bodies.map((e) => e.label)).toEqual(["Norway's Foreign Ministry"]);
    expect(bodies[0]!.aliases).toContain('Norwegian Foreign Ministry');
    expect(r.entities.some((e) => e.label === 'Norway')).toBe(true);
  });

  it("keeps two states' ministries apart", () => {
    const labels = labelsOf("Peru's Defence Ministry and Chile's Defence Ministry signed a plan.").map((e) => e.label).sort();
    expect(labels).toEqual(["Chile's Defence Ministry", "Peru's Defence Ministry"]);
  });

  it('leaves a body that is no ministry, and a ministry after no possessive, as they were', () => {
    expect(labelsOf("Peru's Congress met in Lima.").map((e) => e.label)).not.toContain("Peru's Congress");
    expect(labelsOf('The Foreign Ministry of Peru issued a note.').map((e) => e.label)).not.toContain("Peru's Foreign Ministry");
  });
});
