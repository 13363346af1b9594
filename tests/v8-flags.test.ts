// The program's V8 flags (src/cli/v8-flags.ts) stay out of the way of a user's own V8 settings and of `serve`.
import { describe, expect, it } from 'vitest';
import { PROGRAM_FLAGS, shouldSetFlag } from '../src/cli/v8-flags.ts';

describe('program V8 flags', () => {
  it('apply to build and other commands', () => {
    for (const [flag] of PROGRAM_FLAGS) {
      expect(shouldSetFlag(flag, ['build', 'in.jsonl', '-o', 'g.json'], [], '')).toBe(true);
      expect(shouldSetFlag(flag, ['--quiet', 'export', 'g.json'], [], '')).toBe(true);
    }
  });
  it('leave serve alone', () => {
    for (const [flag] of PROGRAM_FLAGS) expect(shouldSetFlag(flag, ['serve', 'data/articles'], [], '')).toBe(false);
  });
  it('leave a flag the user set alone, on the command line or in NODE_OPTIONS, and set the others', () => {
    expect(shouldSetFlag('--heap-growing-percent', ['build', 'x'], ['--heap-growing-percent=50'], '')).toBe(false);
    expect(shouldSetFlag('--heap-growing-percent', ['build', 'x'], [], '--max-old-space-size=4096 --heap-growing-percent=30')).toBe(false);
    expect(shouldSetFlag('--interrupt-budget', ['build', 'x'], ['--interrupt-budget=200000'], '')).toBe(false);
    expect(shouldSetFlag('--interrupt-budget', ['build', 'x'], ['--heap-growing-percent=50'], '')).toBe(true);
  });
});
