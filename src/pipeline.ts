// The whole extraction for one article: nlp → entities → resolve → relations.
import type { Article, ArticleExtraction } from './model/types.ts';
import { createParser, parseArticle } from './nlp/index.ts';
import { findMentions } from './entities/index.ts';
import { loadGazetteer, type Gazetteer } from './entities/gazetteer.ts';
import { resolveArticle } from './resolve/index.ts';
import { extractRelations } from './relations/index.ts';

export interface Extractor {
  gazetteer: Gazetteer;
  nlp: ReturnType<typeof createParser>;
}

/** Loads the gazetteer and sets up the parser once; pass the result to extractArticle. */
export function createExtractor(gazetteerDir?: string): Extractor {
  const gazetteer = loadGazetteer(gazetteerDir);
  return { gazetteer, nlp: createParser() };
}

export function extractArticle(article: Article, { gazetteer, nlp }: Extractor): ArticleExtraction {
  const parsed = parseArticle(article, nlp);
  const resolved = resolveArticle(findMentions(parsed, gazetteer), gazetteer);
  const relations = extractRelations(resolved);
  const { text, ...meta } = article;
  return { article: { ...meta, length: text.length }, entities: resolved.entities, mentions: resolved.mentions, relations };
}
