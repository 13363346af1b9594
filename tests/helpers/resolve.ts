// One article through nlp → entities → resolve, with the real gazetteer, for the entity and coreference tests.
import { createExtractor } from '../../src/pipeline.ts';
import { parseArticle } from '../../src/nlp/index.ts';
import { findMentions } from '../../src/entities/index.ts';
import { resolveArticle } from '../../src/resolve/index.ts';
import type { ResolvedArticle } from '../../src/model/types.ts';

export const extractor = createExtractor();

export function resolveText(text: string): ResolvedArticle {
  return resolveArticle(findMentions(parseArticle({ id: 't', text }, extractor.nlp), extractor.gazetteer), extractor.gazetteer);
}
