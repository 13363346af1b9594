// nlp: article → sentences of tagged tokens with offsets, through compromise.
import { compromise as nlpBase } from './compromise.ts';
import type { Article, ParsedArticle, Sentence, Token } from '../model/types.ts';
import { DEFAULT_MAX_SEGMENT_WORDS, segmentText, unitText } from './segment.ts';
import { geokgPlugin, type LexiconData } from './plugin.ts';

export { segmentText } from './segment.ts';
export type { LexiconData } from './plugin.ts';

type Nlp = typeof nlpBase;

/**
 * compromise keeps its lexicon in the library's own state, so extending it is process-wide.
 * This is the one place that does so; every stage receives the returned parser explicitly.
 */
export function createParser(lexicon: LexiconData = { words: {} }): Nlp {
  nlpBase.plugin(geokgPlugin(lexicon));
  return nlpBase;
}

/** Whether the parser's lexicon knows a lower-case word: a known word is a dictionary word, not an unknown name. */
export function knownWord(nlp: Nlp): (normal: string) => boolean {
  const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, unknown> } } }).model().one.lexicon;
  return (normal) => Object.hasOwn(lexicon, normal);
}

export interface ParseOptions {
  maxSegmentWords?: number;
}

interface CompromiseTerm {
  text: string;
  pre: string;
  post: string;
  normal: string;
  tags: string[];
  offset: { start: number; length: number };
}

interface TaggedDoc { json(options: object): unknown }

/**
 * What `nlp(text)` does (compromise's tokenizer, then each of its hooks in order) less the hook geokg never
 * reads: the chunker only sets each term's `chunk` (Noun, Verb, Pivot…), never a tag, and cost about 9% of
 * compromise's time (--cpu-prof, geokg build --jobs 1 on the bench's 110,796-word corpus). The hooks are read
 * per call, so a plugin added later still runs.
 */
function tagUnit(nlp: Nlp, unit: string): TaggedDoc {
  const world = nlp.world() as { methods: { one: { tokenize: { fromString(text: string, world: object): unknown } } } };
  const View = nlp('').constructor as new (document: unknown) => TaggedDoc & { compute(hooks: string[]): void };
  const doc = new View(world.methods.one.tokenize.fromString(unit, world));
  doc.compute(nlp.hooks().filter((hook) => hook !== 'chunks'));
  return doc;
}

export function parseArticle(article: Article, nlp: Nlp, options: ParseOptions = {}): ParsedArticle {
  const sentences: Sentence[] = [];
  const { text } = article;
  for (const seg of segmentText(text, options.maxSegmentWords ?? DEFAULT_MAX_SEGMENT_WORDS)) {
    const unit = unitText(text, seg);
    const json = tagUnit(nlp, unit).json({ offset: true, terms: { offset: true } }) as { terms: CompromiseTerm[] }[];
    for (const s of json) {
      const tokens: Token[] = [];
      for (const t of s.terms) {
        // compromise's term offsets cover the word without its pre/post punctuation
        const start = seg.start + t.offset.start;
        const end = start + t.offset.length;
        tokens.push({ text: text.slice(start, end), normal: t.normal, start, end, tags: t.tags, post: t.post });
      }
      if (!tokens.length) continue;
      const first = tokens[0]!, last = tokens[tokens.length - 1]!;
      // the sentence spans its words plus leading and trailing punctuation (quotes, full stop)
      let start = first.start, end = last.end + last.post.trimEnd().length;
      while (start > seg.start && /["“‘'(\[]/.test(text[start - 1]!)) start--;
      end = Math.min(end, seg.end);
      sentences.push({ index: sentences.length, start, end, text: text.slice(start, end), tokens });
    }
  }
  return { article, sentences };
}
