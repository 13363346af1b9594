// Parallel extraction: articles spread over worker threads, results handed back in input order,
// so the output is the same whatever the scheduling and the number of workers.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Article, ArticleExtraction } from '../model/types.ts';
import { createExtractor, extractArticle } from '../pipeline.ts';
import { GeokgError } from '../util/errors.ts';
import type { ParallelOptions, WorkerReply, WorkerTask } from './types.ts';

export type { ParallelOptions } from './types.ts';
export { createProgressBar } from './progress.ts';

const WORKER_ENTRY = new URL('./worker.js', import.meta.url);
// tasks queued per worker: enough to keep it busy, few enough to bound memory on a huge corpus
const TASKS_PER_WORKER = 4;

export const defaultJobs = (): number => availableParallelism();

/** Extractions of the articles, yielded one by one in input order. */
export async function* extractOrdered(articles: readonly Article[], options: ParallelOptions = {}): AsyncGenerator<ArticleExtraction> {
  const jobs = Math.max(1, Math.min(options.jobs ?? defaultJobs(), articles.length));
  if (jobs <= 1) {
    if (!articles.length) return;
    const extractor = createExtractor(options.gazetteerDir);
    for (let i = 0; i < articles.length; i++) {
      yield extractArticle(articles[i]!, extractor);
      options.onProgress?.(i + 1);
    }
    return;
  }

  const done = new Map<number, ArticleExtraction>();
  let sent = 0;
  let next = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = () => { const w = wake; wake = undefined; w?.(); };
  const window = jobs * TASKS_PER_WORKER;
  const idle: Worker[] = [];

  const dispatch = (worker: Worker) => {
    if (sent >= articles.length || sent >= next + window) { if (!idle.includes(worker)) idle.push(worker); return; }
    const task: WorkerTask = { index: sent, article: articles[sent]! };
    sent++;
    worker.postMessage(task);
  };
  const workers = Array.from({ length: jobs }, () => {
    const worker = new Worker(WORKER_ENTRY, { workerData: { gazetteerDir: options.gazetteerDir } });
    worker.on('message', (reply: WorkerReply) => {
      if ('error' in reply) {
        const { message, module, stack } = reply.error;
        failure ??= module ? new GeokgError(module, message) : Object.assign(new Error(message), { stack });
      } else {
        done.set(reply.index, reply.extraction);
        dispatch(worker);
      }
      notify();
    });
    worker.on('error', (e) => { failure ??= e; notify(); });
    worker.on('exit', (code) => { if (code !== 0 && next < articles.length) failure ??= new Error(`an extraction worker stopped (exit code ${code})`); notify(); });
    return worker;
  });
  try {
    for (const w of workers) for (let k = 0; k < TASKS_PER_WORKER; k++) dispatch(w);
    while (next < articles.length) {
      if (failure) throw failure;
      const x = done.get(next);
      if (!x) {
        await new Promise<void>((resolve) => { wake = resolve; });
        continue;
      }
      done.delete(next);
      next++;
      options.onProgress?.(next);
      for (const w of idle.splice(0)) dispatch(w);
      yield x;
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** All extractions, in input order. */
export async function extractAll(articles: readonly Article[], options: ParallelOptions = {}): Promise<ArticleExtraction[]> {
  const out: ArticleExtraction[] = [];
  for await (const x of extractOrdered(articles, options)) out.push(x);
  return out;
}
