import type { Article, ArticleExtraction } from '../model/types.ts';

export interface WorkerSetup { gazetteerDir?: string }
export interface WorkerTask { index: number; article: Article }
export type WorkerReply =
  | { index: number; extraction: ArticleExtraction }
  | { index: number; error: { message: string; module?: string; stack?: string } };

export interface ParallelOptions {
  /** worker threads to use (default: os.availableParallelism()); 1 extracts in this thread */
  jobs?: number;
  gazetteerDir?: string;
  /** called after each article, with how many are done */
  onProgress?: (done: number) => void;
}
