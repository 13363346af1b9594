// The benchmark corpus: every CoNLL04 sentence (train, dev, test), detokenised as the scorer does and
// grouped into articles of about eight sentences, plus the plain articles of one folder (the seed, by default).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readArticles } from '../src/ingest/index.ts';
import type { Article } from '../src/model/types.ts';
import { GeokgError } from '../src/util/errors.ts';

export const CONLL04_SPLITS = ['train', 'dev', 'test'] as const;

export interface CorpusOptions {
  /** the shared folder holding benchmarks/conll04 and eval/score.mjs */
  shared: string;
  /** folder of plain articles added to the CoNLL04 ones */
  articles: string;
  sentencesPerArticle?: number;
  /** keep only the first N CoNLL04 sentences (the --quick smoke) */
  maxSentences?: number;
}

export interface Corpus {
  articles: Article[];
  words: number;
  sentences: number;
}

export const countWords = (text: string): number => text.match(/\S+/g)?.length ?? 0;

/** The scorer's own detokenizer, so that the benchmark reads CoNLL04 exactly as the evaluation does. */
async function scorerDetokenize(shared: string): Promise<(tokens: string[]) => string> {
  const score = join(shared, 'eval', 'score.mjs');
  if (!existsSync(score)) throw new GeokgError('bench', `${score} not found; point --shared at the shared folder`);
  const mod = (await import(pathToFileURL(score).href)) as { detokenize: (tokens: string[]) => string };
  return mod.detokenize;
}

export async function loadCorpus(options: CorpusOptions): Promise<Corpus> {
  const per = options.sentencesPerArticle ?? 8;
  const detokenize = await scorerDetokenize(options.shared);
  const articles: Article[] = [];
  let sentences = 0;
  for (const split of CONLL04_SPLITS) {
    const file = join(options.shared, 'benchmarks', 'conll04', `${split}.json`);
    if (!existsSync(file)) throw new GeokgError('bench', `${file} not found; point --shared at the shared folder`);
    let rows = (JSON.parse(readFileSync(file, 'utf8')) as { tokens: string[] }[]).map((s) => detokenize(s.tokens));
    if (options.maxSentences !== undefined) rows = rows.slice(0, Math.max(0, options.maxSentences - sentences));
    sentences += rows.length;
    for (let i = 0; i < rows.length; i += per)
      articles.push({ id: `conll04-${split}-${i / per}`, text: rows.slice(i, i + per).join(' ') });
  }
  articles.push(...readArticles([options.articles]));
  return { articles, sentences, words: articles.reduce((n, a) => n + countWords(a.text), 0) };
}

/** The corpus `times` over, each copy under distinct ids, generated lazily so that it is never all in memory. */
export function* repeatCorpus(articles: readonly Article[], times: number): Generator<Article> {
  for (let k = 0; k < times; k++) for (const a of articles) yield k ? { ...a, id: `${a.id}~copy${k}` } : a;
}
