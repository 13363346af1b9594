// The relation patterns' word index (src/relations/matcher.ts, indexPatterns): a sentence reaches a pattern through
// each word its readings are keyed on, patterns that read any sentence are always reached, and every list keeps the
// patterns' written order (applyPatterns runs them by number, and the edges' order depends on it).
import { describe, expect, it } from 'vitest';
import { indexPatterns, oneShape } from '../src/relations/matcher.ts';
import { PATTERNS } from '../src/relations/patterns/index.ts';

describe('the pattern index', () => {
  const index = indexPatterns(oneShape(PATTERNS));
  const ascending = (xs: readonly number[]) => xs.every((x, k) => k === 0 || xs[k - 1]! < x);

  it('files each pattern under each of its words, once, in the patterns\' order', () => {
    expect(index.patterns).toHaveLength(PATTERNS.length);
    for (const [, list] of index.byWord) expect(ascending(list)).toBe(true);
    expect(ascending(index.always)).toBe(true);
    index.patterns.forEach((p, i) => {
      const words = p.kind === 'verb' || p.kind === 'support' ? p.verbs : p.nouns === 'any' || p.nouns === 'person' ? null : p.nouns;
      if (!words) expect(index.always).toContain(i);
      else for (const w of words) expect(index.byWord.get(w)).toContain(i);
    });
  });

  it('reaches a pattern by no word it was not keyed on', () => {
    const filed = [...index.byWord.values()].reduce((n, list) => n + list.length, 0);
    const keyed = index.patterns.reduce((n, p) => n + (p.kind === 'verb' || p.kind === 'support' ? new Set(p.verbs).size
      : p.nouns === 'any' || p.nouns === 'person' ? 0 : new Set(p.nouns).size), 0);
    expect(filed).toBe(keyed);
    expect(index.always.length).toBeGreaterThan(0);
    expect(index.byWord.size).toBeGreaterThan(10);
  });
});
