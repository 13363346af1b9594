// resolve: mentions → entities within one article. Named mentions first (gazetteer ids, acronyms,
// surnames), then pronouns and descriptions tied to them as `reference` mentions.
import type { MentionedArticle, ResolvedArticle, ResolvedMention } from '../model/types.ts';
import type { Gazetteer } from '../entities/gazetteer.ts';
import { resolveNames } from './names.ts';
import { findReferences, personGenders } from './references.ts';
import { lexiconGivenName } from './gender.ts';
import { readByRecency } from './recency.ts';
import type { Gender } from './lexicon.ts';

export { nameOf } from './names.ts';

export interface ResolveOptions {
  /** a lower-case given name's gender; default: compromise's lexicon of first names */
  givenName?: (word: string) => Gender | undefined;
}

const byPosition = (a: ResolvedMention, b: ResolvedMention) => a.start - b.start || b.end - a.end || (a.entity < b.entity ? -1 : a.entity > b.entity ? 1 : 0);

export function resolveArticle(article: MentionedArticle, gazetteer: Gazetteer, options: ResolveOptions = {}): ResolvedArticle {
  const { entities, mentions } = resolveNames(article, gazetteer);
  const givenName = options.givenName ?? lexiconGivenName;
  const genders = personGenders(mentions, entities, givenName);
  const references = findReferences({
    text: article.article.text, sentences: article.sentences, named: mentions, entities, gazetteer, givenName, genders,
  });
  const named = [...mentions, ...references].sort(byPosition);
  // each person's gender goes with it (the recency reading's pronouns ask for it)
  const withGender = [...entities.values()].map((e) => (genders.has(e.key) ? { ...e, gender: genders.get(e.key)! } : e));
  const read = readByRecency(article.sentences, named, withGender);
  return { article: article.article, sentences: article.sentences, entities: withGender, mentions: read.mentions.sort(byPosition), speakers: read.speakers };
}
