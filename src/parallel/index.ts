// Parallel extraction: articles spread over worker threads, results handed back in input order,
// so the output is the same whatever the scheduling and the number of workers.
import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Article, ArticleExtraction } from '../model/types.ts';
import { GeokgError } from '../util/errors.ts';
import type { ParallelOptions, WorkerReply, WorkerTask } from './types.ts';

export type { ParallelOptions } from './types.ts';
export { createProgressBar } from './progress.ts';

const WORKER_ENTRY = new URL('./worker.js', import.meta.url);
// batches queued per worker: enough to keep it busy, few enough to bound memory on a huge corpus
const TASKS_PER_WORKER = 3;
// articles per message: big enough that messaging and cloning overhead fades, small enough that every
// worker gets a share of a small corpus and that results stream back in order without long waits
const MAX_BATCH = 32;

/**
 * Text one worker must get for its start-up to pay: a worker spends about 0.4 s of CPU before its first
 * article (Node, compromise, the gazetteer), and 120,000 characters are about 2 s of one thread's CPU
 * (npm run bench on the 2-core session machine: 110,796 words in 12.5 s with --jobs 1). Below twice this,
 * one thread is as quick.
 */
export const MIN_CHARS_PER_WORKER = 120_000;

export const cores = (): number => availableParallelism();

/**
 * The cores other programs leave free (the machine's one-minute load average off the core count), at least
 * one. On a busy machine a second thread buys no time: in the session's runs with a load of 22 on 2 cores,
 * two workers took 0.89× one thread's speed on a 110k-word corpus (npm run bench), so the default is one.
 */
export const idleCores = (): number => Math.max(1, Math.min(cores(), Math.floor(cores() - loadavg()[0]! + 0.5)));

/**
 * The default job count: in this thread for a small input, else one worker per share of text, at most one per
 * idle core, so that the default does not lose to one thread.
 */
export function autoJobs(articles: readonly Article[], cpus = idleCores()): number {
  let chars = 0;
  for (const a of articles) chars += a.text.length;
  return Math.max(1, Math.min(cpus, Math.floor(chars / MIN_CHARS_PER_WORKER)));
}

/** Extractions of the articles, yielded one by one in input order. */
export async function* extractOrdered(articles: readonly Article[], options: ParallelOptions = {}): AsyncGenerator<ArticleExtraction> {
  const jobs = Math.max(1, Math.min(options.jobs ?? autoJobs(articles), articles.length));
  if (jobs <= 1) {
    if (!articles.length) return;
    // loaded here only: with workers, the main thread never needs compromise or the gazetteer
    const { createExtractor, extractArticle } = await import('../pipeline.ts');
    const extractor = createExtractor(options.gazetteerDir);
    for (let i = 0; i < articles.length; i++) {
      yield extractArticle(articles[i]!, extractor);
      options.onProgress?.(i + 1);
    }
    return;
  }

  const batchSize = Math.max(1, Math.min(MAX_BATCH, Math.ceil(articles.length / (jobs * TASKS_PER_WORKER))));
  const done = new Map<number, ArticleExtraction[]>(); // by the index of each batch's first article
  let sent = 0;
  let taken = 0; // articles whose batch has come back and been taken in order
  let next = 0; // articles yielded
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = () => { const w = wake; wake = undefined; w?.(); };
  const window = jobs * TASKS_PER_WORKER * batchSize;
  const idle: Worker[] = [];

  const dispatch = (worker: Worker) => {
    if (sent >= articles.length || sent >= taken + window) { if (!idle.includes(worker)) idle.push(worker); return; }
    const task: WorkerTask = { index: sent, articles: articles.slice(sent, sent + batchSize) };
    sent += task.articles.length;
    worker.postMessage(task);
  };
  const workers = Array.from({ length: jobs }, () => {
    const worker = new Worker(WORKER_ENTRY, { workerData: { gazetteerDir: options.gazetteerDir } });
    worker.on('message', (reply: WorkerReply) => {
      if ('error' in reply) {
        const { message, module, stack } = reply.error;
        failure ??= module ? new GeokgError(module, message) : Object.assign(new Error(message), { stack });
      } else {
        done.set(reply.index, reply.extractions);
        dispatch(worker);
      }
      notify();
    });
    worker.on('error', (e) => { failure ??= e; notify(); });
    worker.on('exit', (code) => { if (code !== 0 && taken < articles.length) failure ??= new Error(`an extraction worker stopped (exit code ${code})`); notify(); });
    return worker;
  });
  try {
    for (const w of workers) for (let k = 0; k < TASKS_PER_WORKER; k++) dispatch(w);
    while (taken < articles.length) {
      if (failure) throw failure;
      const batch = done.get(taken);
      if (!batch) {
        await new Promise<void>((resolve) => { wake = resolve; });
        continue;
      }
      done.delete(taken);
      taken += batch.length;
      for (const w of idle.splice(0)) dispatch(w);
      for (const x of batch) {
        next++;
        options.onProgress?.(next);
        yield x;
      }
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
