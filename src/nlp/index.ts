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
  post: string;
  normal: string;
  tags: Set<string>;
  /** set by compromise's 'offset' compute: where the word starts in the unit, without its pre/post punctuation */
  offset: { start: number; length: number };
}

interface TaggedDoc { docs: CompromiseTerm[][]; compute(hooks: string | string[]): void }

/** compromise's pieces a unit's parse needs, looked up once per article rather than per unit (about 30 µs each time). */
interface Tagger {
  tokenize(text: string): unknown;
  View: new (document: unknown) => TaggedDoc;
  hooks: string[];
}

/**
 * What `nlp(text)` does (compromise's tokenizer, then each of its hooks in order) less the hook geokg never
 * reads: the chunker only sets each term's `chunk` (Noun, Verb, Pivot…), never a tag, and cost about 9% of
 * compromise's time (--cpu-prof, geokg build --jobs 1 on the bench's 110,796-word corpus). The hooks are read
 * per article, so a plugin added later still runs.
 */
function tagger(nlp: Nlp): Tagger {
  const world = nlp.world() as { methods: { one: { tokenize: { fromString(text: string, world: object): unknown } } } };
  return {
    tokenize: (text) => world.methods.one.tokenize.fromString(text, world),
    View: nlp('').constructor as Tagger['View'],
    hooks: nlp.hooks().filter((hook) => hook !== 'chunks'),
  };
}

/**
 * A unit's sentences of tagged terms, read from compromise's own terms after its 'offset' compute. Not
 * `.json({ offset, terms: { offset } })`, which gives the same fields but also copies every term with all its
 * fields and writes each sentence's text twice, none of which geokg reads.
 */
function tagUnit({ tokenize, View, hooks }: Tagger, unit: string): CompromiseTerm[][] {
  const doc = new View(tokenize(unit));
  doc.compute(hooks);
  doc.compute('offset');
  return doc.docs;
}

export function parseArticle(article: Article, nlp: Nlp, options: ParseOptions = {}): ParsedArticle {
  const sentences: Sentence[] = [];
  const { text } = article;
  const parser = tagger(nlp);
  for (const seg of segmentText(text, options.maxSegmentWords ?? DEFAULT_MAX_SEGMENT_WORDS)) {
    for (const terms of tagUnit(parser, unitText(text, seg))) {
      const tokens: Token[] = [];
      for (const t of terms) {
        // compromise's term offsets cover the word without its pre/post punctuation
        const start = seg.start + t.offset.start;
        const end = start + t.offset.length;
        tokens.push({ text: text.slice(start, end), normal: t.normal, start, end, tags: Array.from(t.tags), post: t.post });
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
