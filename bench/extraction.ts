// Extraction throughput: compromise alone, the whole pipeline, and the pipeline over worker threads.
import { buildGraph } from '../src/graph/index.ts';
import { toJson } from '../src/export/json.ts';
import type { ArticleExtraction } from '../src/model/types.ts';
import { createExtractor, extractArticle, type Extractor } from '../src/pipeline.ts';
import { loadCorpus, repeatCorpus, type CorpusOptions } from './corpus.ts';
import { extractAll } from '../src/parallel/index.ts';
import { stopwatch, type Figures } from './measure.ts';

export interface ExtractOptions extends CorpusOptions { times: number }

/** compromise alone: parse, then name people, places and organisations, on the same corpus. */
export async function extractCompromise(o: ExtractOptions): Promise<Figures> {
  const corpus = await loadCorpus(o);
  const nlp = (await import('compromise')).default;
  const stop = stopwatch();
  let entities = 0;
  for (const a of repeatCorpus(corpus.articles, o.times)) {
    const doc = nlp(a.text);
    entities += doc.people().out('array').length + doc.places().out('array').length + doc.organizations().out('array').length;
  }
  return { ...stop(), articles: corpus.articles.length * o.times, words: corpus.words * o.times, entities };
}

/** The whole pipeline, as `geokg build` runs it: articles streamed through extraction into the graph, then its JSON. */
export async function extractPipeline(o: ExtractOptions): Promise<Figures> {
  const corpus = await loadCorpus(o);
  const stopSetup = stopwatch();
  const extractor = createExtractor();
  const setup = stopSetup().seconds;
  let extractMs = 0;
  function* extracted(ex: Extractor): Generator<ArticleExtraction> {
    for (const a of repeatCorpus(corpus.articles, o.times)) {
      const t = performance.now();
      const x = extractArticle(a, ex);
      extractMs += performance.now() - t;
      yield x;
    }
  }
  const stop = stopwatch();
  const graph = buildGraph(extracted(extractor));
  const json = toJson(graph);
  return {
    ...stop(), extractSeconds: extractMs / 1000, setupSeconds: setup,
    articles: corpus.articles.length * o.times, words: corpus.words * o.times,
    nodes: graph.order, edges: graph.size, jsonBytes: json.length,
  };
}

/**
 * The same pipeline with extraction spread over `workers` worker threads by src/parallel (1 = in this
 * thread, as `--jobs 1` would); the graph is built on the main thread. Worker start-up is included.
 */
export async function extractParallel(o: ExtractOptions & { workers: number }): Promise<Figures> {
  const corpus = await loadCorpus(o);
  const articles = [...repeatCorpus(corpus.articles, o.times)];
  const stop = stopwatch();
  const graph = buildGraph(await extractAll(articles, { jobs: o.workers }));
  const json = toJson(graph);
  return { ...stop(), workers: o.workers, articles: articles.length, words: corpus.words * o.times, edges: graph.size, jsonBytes: json.length };
}
