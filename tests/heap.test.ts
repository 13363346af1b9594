// The program's heap bound (src/cli/heap.ts) stays out of the way of a user's own V8 settings and of `serve`.
import { describe, expect, it } from 'vitest';
import { shouldBoundHeap } from '../src/cli/heap.ts';

describe('heap growth bound', () => {
  it('applies to build and other commands', () => {
    expect(shouldBoundHeap(['build', 'in.jsonl', '-o', 'g.json'], [], '')).toBe(true);
    expect(shouldBoundHeap(['--quiet', 'export', 'g.json'], [], '')).toBe(true);
  });
  it('leaves serve alone', () => {
    expect(shouldBoundHeap(['serve', 'data/articles'], [], '')).toBe(false);
  });
  it('leaves a flag the user set alone, on the command line or in NODE_OPTIONS', () => {
    expect(shouldBoundHeap(['build', 'x'], ['--heap-growing-percent=50'], '')).toBe(false);
    expect(shouldBoundHeap(['build', 'x'], [], '--max-old-space-size=4096 --heap-growing-percent=30')).toBe(false);
  });
});
