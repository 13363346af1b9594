// compromise's output decides geokg's (a minor release dropped one evidence sentence from the seed graph), so
// it is pinned to an exact version, and what it makes of a fixed text is held here: an upgrade shows up as a
// diff in tests/__snapshots__/compromise-tags.txt that someone reviews. The text is written for this test.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compromise } from '../src/nlp/compromise.ts';

const ROOT = new URL('../', import.meta.url);
const json = (path: string) => JSON.parse(readFileSync(new URL(path, ROOT), 'utf8'));

const TEXT = [
  'The foreign minister of Norway, Ingrid Dahl, flew to Nairobi on Thursday for talks with Kenyan officials.',
  'Rebels shelled the port city overnight, the defence ministry said, and two aid workers were wounded.',
  "Dahl's spokesman said the sanctions would not be lifted until the prisoners had been released.",
  'The United Nations Security Council will meet again on 14 March; China and Russia abstained last time.',
].join(' ');

describe('compromise', () => {
  it('is pinned to one exact version, the one installed and locked', () => {
    const pinned = json('package.json').dependencies.compromise as string;
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect(json('node_modules/compromise/package.json').version).toBe(pinned);
    expect(json('package-lock.json').packages['node_modules/compromise'].version).toBe(pinned);
  });

  it("reads its DEBUG_ settings from a copy, not from process.env at every tag (src/nlp/compromise.ts)", () => {
    const real = process.env;
    let reads = 0;
    process.env = new Proxy(real, { get: (env, key) => (reads++, Reflect.get(env, key)) });
    try {
      compromise(TEXT).json({ offset: false });
    } finally {
      process.env = real;
    }
    expect(reads).toBe(0);
    expect((compromise as unknown as { verbose(on: boolean): void }).verbose).toBeTypeOf('function');
  });

  it('tags a fixed text as it did when the version was pinned', async () => {
    const terms = compromise(TEXT).json({ offset: false }) as { terms: { text: string; tags: string[] }[] }[];
    const lines = terms.flatMap((s) => s.terms.map((t) => `${t.text}\t${[...t.tags].sort().join(' ')}`));
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot('./__snapshots__/compromise-tags.txt');
  });
});
