// Parallel extraction: articles spread over this thread and worker threads, results handed back in input order,
// so the output is the same whatever the scheduling and the number of threads.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Article, ArticleExtraction } from '../model/types.ts';
import { GeokgError } from '../util/errors.ts';
import { reportFailure, type ArticleFailure } from '../util/article-failure.ts';
import type { ParallelOptions, WorkerReply, WorkerSetup, WorkerTask } from './types.ts';

export type { ParallelOptions } from './types.ts';
export { createProgressBar } from './progress.ts';

const WORKER_ENTRY = new URL('./worker.js', import.meta.url);
// batches queued per worker: enough to keep it busy, few enough to bound memory on a huge corpus
const TASKS_PER_WORKER = 3;
// articles per message: big enough that messaging and cloning overhead fades, small enough that every
// worker gets a share of a small corpus and that results stream back in order without long waits
const MAX_BATCH = 32;

/**
 * Text one worker must get for its start-up to pay, in a Node with V8's default settings (a library user's).
 * Besides its 0.3 s of CPU to start, each worker repeats the JIT compiler's warm-up on V8's helper threads, and
 * even one thread keeps about 1.5 cores busy with that (npm run bench, idle 2-core session machine: --jobs 1 on
 * 110,796 words, about 690,000 characters, took 10.4 s of CPU in 6.7 s). Two workers then lost on that corpus
 * (0.93×) and won only at ten times it (1.14×), so a worker is worth it from 500,000 characters, and one thread
 * runs anything under a million. The geokg program sets V8 up so that a thread keeps about one core busy, and
 * passes its own figure (ParallelOptions.minCharsPerWorker, from src/cli/v8-flags.ts). (Measured when every
 * thread was a worker; this thread now extracts too, so today two jobs start one worker, not two.)
 */
export const MIN_CHARS_PER_WORKER = 500_000;

/**
 * The young generation of each worker's heap, in MB (three semi-spaces' worth: V8 sizes it as 3 × the semi-space).
 * Node's default lets it grow to 48 MB per thread, and a worker's heap sat at 53–66 MB committed over 16–21 MB
 * live, so two workers took peak RSS to 307–313 MB on the bench's corpus ×10 where one thread took 234 MB. At
 * 12 MB: 250 MB, with more but shorter scavenges (session 12 saw no more CPU within the noise at load 11–18). It
 * does cost CPU, but RSS rules it: V8 rounds the semi-space up to a power of two, so 13–24 MB is an 8 MB semi-space
 * and 25–48 MB a 16 MB one. Measured in same-moment pairs (session 14, load 9–24): one worker on 110,796 words spent
 * 4–6% more CPU at 12 MB than at 48 (11.69/12.75/12.62 s vs 11.16/12.14/11.90 s; 810 scavenges vs 232, 48 → 35 MB of
 * old space), 24 MB gained nothing (12.72 s; ×10, two workers: 39.5, 38.2 s vs 37.7, 36.3 s at 12 MB), and 32 MB saved
 * 3.8% at ×10 (34.6 vs 36.0 s) but took peak RSS 260 → 296 MB, past issue 13's 280.
 */
export const WORKER_YOUNG_GENERATION_MB = 12;

export const cores = (): number => availableParallelism();

/** The most jobs an input is worth: one per share of text, at most `cpus`; one (this thread) for a small input. */
export function autoJobs(articles: readonly Article[], cpus = cores(), minCharsPerWorker = MIN_CHARS_PER_WORKER): number {
  let chars = 0;
  for (const a of articles) chars += a.text.length;
  return Math.max(1, Math.min(cpus, Math.floor(chars / minCharsPerWorker)));
}

/** What extractOrdered starts worker threads with; tests put fakes in its place. */
export interface Threads {
  spawn(setup: WorkerSetup): ExtractionWorker;
}

/** What the scheduler uses of a worker thread. */
export interface ExtractionWorker {
  on(event: 'message', listener: (reply: WorkerReply) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  postMessage(task: WorkerTask): void;
  terminate(): Promise<unknown>;
}

const THREADS: Threads = {
  spawn: (setup) => new Worker(WORKER_ENTRY, { workerData: setup, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } }),
};

/**
 * The extraction threads for `articles`: `jobs` where given, else autoJobs from the input's size and the core
 * count alone, never from the machine's momentary load. Session 14–17's default watched the cores for 100 ms and
 * counted what other programs kept busy: on a shared machine it then chose one thread for the same input that
 * got two a minute later (npm run bench: 0.960× in one timing, 1.433× in the next), and a choice that changes from
 * run to run cannot be tested or relied on.
 */
export const jobsFor = (articles: readonly Article[], options: ParallelOptions, cpus = cores()): number =>
  Math.max(1, Math.min(options.jobs ?? autoJobs(articles, cpus, options.minCharsPerWorker), articles.length));

/**
 * Extractions of the articles, yielded one by one in input order, on jobsFor's threads: this one, and one
 * worker for each more (this thread extracts too, rather than idle while workers do: one thread start fewer).
 */
export async function* extractOrdered(articles: readonly Article[], options: ParallelOptions = {}, threads: Threads = THREADS): AsyncGenerator<ArticleExtraction> {
  if (!articles.length) return;
  const jobs = jobsFor(articles, options);
  options.onJobs?.(jobs);
  if (jobs <= 1) yield* inThisThread(articles, options);
  else yield* withWorkers(articles, jobs, threads, options);
}

type Extraction = ArticleExtraction | { failure: ArticleFailure };

/** This thread's extraction, loaded on first use: `geokg --help` and the store commands never load compromise or the gazetteer. */
async function loadExtraction(options: ParallelOptions): Promise<(article: Article) => Extraction> {
  const { createExtractor, tryExtractArticle } = await import('../pipeline.ts');
  const extractor = createExtractor(options.gazetteerDir);
  return (article) => tryExtractArticle(article, extractor);
}

async function* inThisThread(articles: readonly Article[], options: ParallelOptions): AsyncGenerator<ArticleExtraction> {
  const extract = await loadExtraction(options);
  for (let i = 0; i < articles.length; i++) {
    const x = extract(articles[i]!);
    if ('failure' in x) reportFailure(x.failure, options.onFailure);
    else yield x;
    options.onProgress?.(i + 1);
  }
}

/**
 * On this thread and `jobs - 1` workers, all taking articles from one cursor: a worker a batch at a time (a few
 * queued, so that it never waits for this thread), this thread one article at a time between answering the
 * workers. The workers start first, so that their start-up overlaps this thread's loading of the extractor.
 */
async function* withWorkers(articles: readonly Article[], jobs: number, threads: Threads, options: ParallelOptions): AsyncGenerator<ArticleExtraction> {
  const batchSize = Math.max(1, Math.min(MAX_BATCH, Math.ceil(articles.length / (jobs * TASKS_PER_WORKER))));
  const ahead = jobs * TASKS_PER_WORKER * batchSize; // articles handed out past those taken in order: bounds memory
  const done = new Map<number, Extraction[]>(); // by the index of each batch's first article
  let sent = 0; // articles handed out (the cursor)
  let taken = 0; // articles whose batch has come back and been taken in order
  let yielded = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = () => { const w = wake; wake = undefined; w?.(); };
  const workers: ExtractionWorker[] = [];
  const idle: ExtractionWorker[] = [];
  const open = () => sent < articles.length && sent < taken + ahead;

  const dispatch = (worker: ExtractionWorker) => {
    if (!open()) { if (!idle.includes(worker)) idle.push(worker); return; }
    // batches shrink as the input runs out (guided scheduling), so that no thread is left with a long last
    // batch while the others have stopped
    const size = Math.max(1, Math.min(batchSize, Math.ceil((articles.length - sent) / (jobs * TASKS_PER_WORKER))));
    const task: WorkerTask = { index: sent, articles: articles.slice(sent, sent + size) };
    sent += task.articles.length;
    worker.postMessage(task);
  };
  const start = () => {
    const worker = threads.spawn({ gazetteerDir: options.gazetteerDir });
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
    workers.push(worker);
  };
  try {
    while (workers.length < jobs - 1) start();
    for (let k = 0; k < TASKS_PER_WORKER; k++) for (const w of workers) dispatch(w);
    const extract = await loadExtraction(options);
    while (taken < articles.length) {
      if (failure) throw failure;
      const batch = done.get(taken);
      if (batch) {
        done.delete(taken);
        taken += batch.length;
        for (const w of idle.splice(0)) dispatch(w);
        for (const x of batch) {
          if ('failure' in x) reportFailure(x.failure, options.onFailure);
          options.onProgress?.(++yielded);
          if (!('failure' in x)) yield x;
        }
      } else if (open()) {
        const index = sent++;
        done.set(index, [extract(articles[index]!)]);
        await new Promise<void>((resolve) => setImmediate(resolve)); // the workers' replies, then on
      } else {
        await new Promise<void>((resolve) => { wake = resolve; });
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
