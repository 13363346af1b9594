// entities: parsed sentences → mentions of named entities (gazetteer, capitalised spans, titles, acronyms).
import type { MentionedArticle, ParsedArticle } from '../model/types.ts';
import type { Gazetteer } from './gazetteer.ts';
import { recognizeSentence, type RecognizeOptions } from './recognize.ts';
import { refineMentions } from './refine.ts';

export * from './gazetteer.ts';
export * from './match.ts';
export { recognizeSentence, initialsMatch, titleAt, type RecognizeOptions } from './recognize.ts';

export function findMentions(parsed: ParsedArticle, gazetteer: Gazetteer, options: RecognizeOptions = {}): MentionedArticle {
  const { text } = parsed.article;
  const knownWord = options.knownWord ?? (() => false);
  const mentions = parsed.sentences.flatMap((s) => refineMentions({ text, sentence: s, knownWord }, recognizeSentence(text, s, gazetteer, options)));
  return { ...parsed, mentions };
}
