// The QID-coverage figure of `geokg eval`: of the graph's entities that the gazetteer matched, how many carry a
// Wikidata QID. Measured on the seed article and the team's news sets (tests/fixtures/news, news-dev, news-fresh).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGraph, type KnowledgeGraph } from '../../graph/index.ts';
import type { Article } from '../../model/types.ts';
import { extractArticle, type Extractor } from '../../pipeline.ts';

export interface QidCoverage {
  set: string;
  articles: number;
  /** graph entities the gazetteer matched */
  matched: number;
  withQid: number;
  share: number;
  /** gazetteer ids of the matched entities without a QID */
  missing: string[];
}

export const NEWS_SETS = ['news', 'news-dev', 'news-fresh'] as const;

export function qidCoverage(set: string, articles: number, graph: KnowledgeGraph): QidCoverage {
  const matched: { id: string; qid?: string }[] = [];
  graph.forEachNode((_k, a) => { if (a.gazetteerId) matched.push({ id: a.gazetteerId, qid: a.qid }); });
  const withQid = matched.filter((m) => m.qid).length;
  const missing = matched.filter((m) => !m.qid).map((m) => m.id).sort();
  return { set, articles, matched: matched.length, withQid, share: matched.length ? withQid / matched.length : 1, missing };
}

/** A news set's articles as the ruler reads them: each gold file's id, date and text (or the .txt beside it). */
export function newsSetArticles(dir: string): Article[] {
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().flatMap((f) => {
    const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { id: string; text?: string; date?: string };
    const txt = join(dir, f.replace(/\.json$/, '.txt'));
    const text = gold.text ?? (existsSync(txt) ? readFileSync(txt, 'utf8') : undefined);
    return text === undefined ? [] : [{ id: gold.id, text, ...(gold.date ? { date: gold.date } : {}) }];
  });
}

/** Coverage on the seed article and on each news set the repository holds (a set that is absent is skipped). */
export function evalQidCoverage(seed: Article, extractor: Extractor): QidCoverage[] {
  const fixtures = fileURLToPath(new URL('../../../tests/fixtures/', import.meta.url));
  const sets: [string, Article[]][] = [['seed', [seed]]];
  for (const name of NEWS_SETS) if (existsSync(join(fixtures, name))) sets.push([name, newsSetArticles(join(fixtures, name))]);
  return sets.map(([name, articles]) => qidCoverage(name, articles.length, buildGraph(articles.map((a) => extractArticle(a, extractor)))));
}

export const qidCoverageLine = (c: QidCoverage) =>
  `  ${c.set.padEnd(10)} ${String(c.articles).padStart(3)} articles  ${c.withQid}/${c.matched} gazetteer entities with a QID (${(100 * c.share).toFixed(1)}%)\n`;
