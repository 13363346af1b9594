// entities: parsed sentences → mentions of named entities (gazetteer first, then compromise's tags).
import type { EntityType, Mention, MentionedArticle, ParsedArticle, Sentence } from '../model/types.ts';
import type { Gazetteer } from './gazetteer.ts';
import { matchGazetteer } from './match.ts';

export * from './gazetteer.ts';
export * from './match.ts';

const TAG_TYPES: [string, EntityType][] = [['Person', 'PERSON'], ['Organization', 'ORGANIZATION'], ['Place', 'LOCATION']];
const LEADING_TITLE = new Set(['Honorific', 'Title']);

export function findMentions(parsed: ParsedArticle, gazetteer: Gazetteer): MentionedArticle {
  const mentions: Mention[] = [];
  for (const sentence of parsed.sentences) {
    const taken = new Set<number>();
    for (const hit of matchGazetteer(parsed.article.text, sentence, gazetteer)) {
      for (let t = hit.tokens[0]; t <= hit.tokens[1]; t++) taken.add(t);
      const m: Mention = {
        sentence: sentence.index, start: hit.start, end: hit.end, text: parsed.article.text.slice(hit.start, hit.end),
        type: hit.entry.type, gazetteerId: hit.entry.id, source: 'gazetteer', tokens: hit.tokens,
      };
      if (hit.entry.kind) m.kind = hit.entry.kind;
      if (hit.form === 'demonym') m.demonym = true;
      mentions.push(m);
    }
    mentions.push(...taggedSpans(parsed.article.text, sentence, taken));
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { ...parsed, mentions };
}

/** Runs of tokens that compromise tagged Person, Organization or Place, titles stripped. */
function taggedSpans(text: string, sentence: Sentence, taken: Set<number>): Mention[] {
  const out: Mention[] = [];
  const { tokens } = sentence;
  for (let i = 0; i < tokens.length; ) {
    const tag = TAG_TYPES.find(([t]) => tokens[i]!.tags.includes(t));
    if (!tag || taken.has(i)) { i++; continue; }
    let j = i;
    while (j + 1 < tokens.length && !taken.has(j + 1) && tokens[j + 1]!.tags.includes(tag[0]) && !/[,;:]/.test(tokens[j]!.post)) j++;
    let first = i;
    while (first <= j && tokens[first]!.tags.some((t) => LEADING_TITLE.has(t))) first++;
    while (first <= j && !/^[\p{Lu}\p{N}]/u.test(tokens[first]!.text)) first++;
    if (first <= j && /^[\p{Lu}\p{N}]/u.test(tokens[j]!.text)) {
      const start = tokens[first]!.start;
      const end = tokens[j]!.end;
      const surface = text.slice(start, end).replace(/['’]s$/, '');
      out.push({ sentence: sentence.index, start, end: start + surface.length, text: surface, type: tag[1], source: 'ner', tokens: [first, j] });
    }
    i = j + 1;
  }
  return out;
}
