// The whole extraction for one article: nlp → entities → resolve → relations.
import type { Article, ArticleExtraction, Entity, ResolvedArticle, ResolvedMention } from './model/types.ts';
import { createParser, knownWord, parseArticle } from './nlp/index.ts';
import { findMentions } from './entities/index.ts';
import { demonymCountry, loadGazetteer, type Gazetteer } from './entities/gazetteer.ts';
import { lexiconFromGazetteer } from './nlp/lexicon.ts';
import { resolveArticle } from './resolve/index.ts';
import { extractRelations, type LearnedOptions } from './relations/index.ts';
import { loadPairModel, type PairModel } from './relations/learned/index.ts';
import type { ArticleFailure } from './util/article-failure.ts';

export interface Extractor {
  gazetteer: Gazetteer;
  nlp: ReturnType<typeof createParser>;
  /** the parser's dictionary, for telling unknown names from words */
  knownWord: (normal: string) => boolean;
  /** the learned pair scorer's model (data/models/pair-scorer.json), absent for patterns alone */
  pairModel?: PairModel;
}

/**
 * Loads the gazetteer, the pair scorer's model and sets up the parser once; pass the result to extractArticle.
 * `pairModel`: a model file, or null for the patterns alone (default: data/models/pair-scorer.json; a missing or corrupt file is a one-line error).
 */
export function createExtractor(gazetteerDir?: string, pairModel?: string | null): Extractor {
  const gazetteer = loadGazetteer(gazetteerDir);
  const nlp = createParser(lexiconFromGazetteer(gazetteer.entries.values()));
  const model = pairModel === null ? undefined : loadPairModel(pairModel);
  return model ? { gazetteer, nlp, knownWord: knownWord(nlp), pairModel: model } : { gazetteer, nlp, knownWord: knownWord(nlp) };
}

/** `collect`: for training the pair scorer, receives each sentence's candidate pairs */
export function extractArticle(article: Article, { gazetteer, nlp, knownWord, pairModel }: Extractor, collect?: LearnedOptions['collect']): ArticleExtraction {
  const parsed = parseArticle(article, nlp);
  const resolved = resolveArticle(findMentions(parsed, gazetteer, { knownWord }), gazetteer);
  const relations = extractRelations(resolved, { entry: (id) => gazetteer.entries.get(id), countryOfDemonym: (w) => demonymCountry(gazetteer, w) }, { ...(pairModel ? { model: pairModel } : {}), ...(collect ? { collect } : {}) });
  const { text, ...meta } = article;
  const { entities, mentions } = graphMentions(resolved, new Set(relations.flatMap((r) => [r.subject, r.object])));
  return { article: { ...meta, length: text.length }, entities, mentions, relations };
}

/**
 * extractArticle, with a throw caught and named after the article, so that one article's fault costs that
 * article only and the caller decides to skip it or stop (ParallelOptions.onFailure, BuildOptions.onFailure).
 */
export function tryExtractArticle(article: Article, extractor: Extractor): ArticleExtraction | { failure: ArticleFailure } {
  try {
    return extractArticle(article, extractor);
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    return { failure: { article: article.id, message: err.message.split('\n')[0] ?? '', stack: err.stack } };
  }
}

/**
 * What the graph keeps of an article's mentions: names only. Pronouns and descriptions ("he", "the court")
 * served relations and are dropped here. An entity named only as a modifier ("Russian") is kept when a
 * relation needs it, with that modifier as its one mention, so that every node has a mention.
 */
export function graphMentions(resolved: ResolvedArticle, related: Set<string>): { entities: Entity[]; mentions: ResolvedMention[] } {
  const mentions = resolved.mentions.filter((m) => !m.reference);
  const named = new Set(mentions.filter((m) => !m.demonym).map((m) => m.entity));
  const entities = resolved.entities.filter((e) => named.has(e.key) || related.has(e.key));
  for (const e of entities) {
    if (named.has(e.key)) continue;
    const first = mentions.find((m) => m.entity === e.key);
    if (first) mentions.push({ ...first, demonym: false });
  }
  return { entities, mentions: mentions.sort((a, b) => a.start - b.start || b.end - a.end) };
}
