import type { Article, ArticleExtraction } from '../model/types.ts';
import type { ArticleFailure } from '../util/article-failure.ts';

export interface WorkerSetup { gazetteerDir?: string }
/** a batch of consecutive articles, the first at `index`: one message per batch, not per article */
export interface WorkerTask { index: number; articles: Article[] }
export type WorkerReply =
  | { index: number; extractions: Array<ArticleExtraction | { failure: ArticleFailure }> }
  | { index: number; error: { message: string; module?: string; stack?: string } };

export interface ParallelOptions {
  /** extraction threads: this one and `jobs - 1` workers (default: from the input's size and the core count); 1 extracts in this thread only */
  jobs?: number;
  gazetteerDir?: string;
  /** without `jobs`: the text one worker must get for its start-up to pay (default MIN_CHARS_PER_WORKER, for V8's default settings) */
  minCharsPerWorker?: number;
  /** called once, when the number of extraction threads is chosen (1 is this thread, more are workers) */
  onJobs?: (jobs: number) => void;
  /** called after each article, with how many are done */
  onProgress?: (done: number) => void;
  /**
   * called for an article whose extraction threw, which is then left out (the others' output is unchanged);
   * without it, the run stops with an ArticleExtractionError naming the article
   */
  onFailure?: (failure: ArticleFailure) => void;
}
