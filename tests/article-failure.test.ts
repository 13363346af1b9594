// One article whose extraction throws costs that article only: the run goes on, the others' output is the
// same bytes as without it, and the failure is named (never skipped silently). An article whose text is null
// stands in for a fault of geokg's here: real crashes get fixed, so no sentence can be relied on to throw.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toJson } from '../src/export/json.ts';
import { buildGraph } from '../src/graph/index.ts';
import type { Article } from '../src/model/types.ts';
import { extractAll } from '../src/parallel/index.ts';
import { buildFromArticles } from '../src/query/load.ts';
import { graphFromStore, ingestArticles, openStore } from '../src/store/index.ts';
import { ArticleExtractionError, type ArticleFailure } from '../src/util/article-failure.ts';
import { SKIPPED_ARTICLES_EXIT, failureReporter } from '../src/cli/failures.ts';
import { tempDir } from './store-helpers.ts';

const good: Article[] = [
  { id: 'g1', text: 'Marta Ilves, the president of Estonia, visited Warsaw on Tuesday.' },
  { id: 'g2', text: 'Jonas Berg, the foreign minister of Norway, met Ana Ruiz in Lima on Friday.' },
  { id: 'g3', text: 'The European Union sanctioned Belarus over the forced landing.' },
];
const broken: Article = { id: 'broken', text: null as unknown as string };
const withBroken = [good[0]!, broken, good[1]!, good[2]!];

describe('an article whose extraction throws', () => {
  const direct = toJson(buildFromArticles(good));

  for (const jobs of [1, 2, 3]) {
    it(`is left out and named, the others byte-identical (--jobs ${jobs})`, async () => {
      const failures: ArticleFailure[] = [];
      const out = await extractAll(withBroken, { jobs, onFailure: (f) => failures.push(f) });
      expect(out.map((x) => x.article.id)).toEqual(['g1', 'g2', 'g3']);
      expect(toJson(buildGraph(out))).toBe(direct);
      expect(failures).toHaveLength(1);
      expect(failures[0]).toMatchObject({ article: 'broken', message: expect.stringContaining('null') });
      expect(failures[0]!.stack).toMatch(/at /);
    });
  }

  it('stops the run with an error naming the article when no one takes failures', async () => {
    await expect(extractAll(withBroken, { jobs: 1 })).rejects.toThrow(ArticleExtractionError);
    await expect(extractAll(withBroken, { jobs: 2 })).rejects.toThrow(/^article broken: internal error: /);
    expect(() => buildFromArticles(withBroken)).toThrow(/article broken: internal error/);
  });

  it('buildFromArticles hands it to onFailure and builds the rest', () => {
    const failed: string[] = [];
    expect(toJson(buildFromArticles(withBroken, { onFailure: (f) => failed.push(f.article) }))).toBe(direct);
    expect(failed).toEqual(['broken']);
  });

  it('ingest stores the others under their own versions and counts it as failed', async () => {
    const store = await openStore(join(tempDir(), 'kg.sqlite'));
    try {
      const failed: string[] = [];
      const report = await ingestArticles(store, withBroken, { jobs: 1, onFailure: (f) => failed.push(f.article) });
      expect(report).toEqual({ read: 4, added: 3, skipped: 0, failed: 1 });
      expect(failed).toEqual(['broken']);
      expect(toJson(await graphFromStore(store))).toBe(direct);
      // the stored versions are the right ones: a second run finds all three good articles stored
      expect(await ingestArticles(store, good, { jobs: 1 })).toEqual({ read: 3, added: 0, skipped: 3, failed: 0 });
    } finally {
      await store.close();
    }
  });
});

describe('the CLI failure reporter', () => {
  const failure: ArticleFailure = { article: 'feed#7', message: "Cannot read properties of undefined (reading 'last')", stack: 'TypeError: boom\n    at here' };

  it('names each article in one line, then sums up, with exit status 3', () => {
    const lines: string[] = [];
    const r = failureReporter('build', (s) => lines.push(s), false);
    expect(r.finish(10)).toBe(0);
    expect(lines).toEqual([]);
    r.onFailure(failure);
    expect(lines).toEqual([`geokg build: article feed#7: internal error: Cannot read properties of undefined (reading 'last'); skipped (run with --debug for the stack)\n`]);
    expect(r.finish(10)).toBe(SKIPPED_ARTICLES_EXIT);
    expect(SKIPPED_ARTICLES_EXIT).toBe(3);
    expect(lines[1]).toBe('geokg build: 1 of 10 article(s) skipped after an internal error (feed#7); the output holds the others; exit status 3\n');
  });

  it('prints the stack under --debug', () => {
    const lines: string[] = [];
    failureReporter('ingest', (s) => lines.push(s), true).onFailure(failure);
    expect(lines.join('')).toBe(`geokg ingest: article feed#7: internal error: Cannot read properties of undefined (reading 'last'); skipped\nTypeError: boom\n    at here\n`);
  });
});
