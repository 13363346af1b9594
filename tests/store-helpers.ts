// Shared by the store's tests: a small CoNLL04-made corpus, its direct build, and a store's rows as plain data.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeConllCorpus } from '../bench/store-corpus.mjs';
import { buildGraph } from '../src/graph/index.ts';
import { toJson } from '../src/export/json.ts';
import type { Article, ArticleExtraction } from '../src/model/types.ts';
import { createExtractor, extractArticle } from '../src/pipeline.ts';

export const corpus = (articles: number, seed = 1): Article[] => makeConllCorpus({ articles, perArticle: 6, seed }) as Article[];

export const tempDir = (): string => mkdtempSync(join(tmpdir(), 'geokg-store-'));

export function writeJsonl(path: string, articles: readonly Article[]): string {
  writeFileSync(path, articles.map((a) => `${JSON.stringify(a)}\n`).join(''));
  return path;
}

/** What `geokg build <the same articles>` writes, computed in this process. */
export function directJson(articles: readonly Article[], extractor = createExtractor()): string {
  return toJson(buildGraph(articles.map((a) => extractArticle(a, extractor))));
}

export const extractionsOf = (articles: readonly Article[], extractor = createExtractor()): ArticleExtraction[] => articles.map((a) => extractArticle(a, extractor));
