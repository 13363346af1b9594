// Parallel extraction: articles spread over worker threads, results handed back in input order,
// so the output is the same whatever the scheduling and the number of workers.
import { availableParallelism, cpus as osCpus } from 'node:os';
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
 * passes its own figure (ParallelOptions.minCharsPerWorker, from src/cli/v8-flags.ts).
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

/** How long the default job count watches the machine's cores before it chooses (a worker starts meanwhile). */
export const IDLE_WINDOW_MS = 100;

export const cores = (): number => availableParallelism();

/** CPU time of all cores so far, in ms (os.cpus(), the whole machine): busy and idle. */
function machineTimes(): { busy: number; idle: number } {
  let busy = 0, idle = 0;
  for (const { times } of osCpus()) { busy += times.user + times.nice + times.sys + times.irq; idle += times.idle; }
  return { busy, idle };
}

/**
 * The cores other programs leave idle now, at least one: the machine's busy time over a short window, less
 * this process's own (a worker may be starting meanwhile). Not the load average: it trails by a minute, so
 * right after a one-thread run it still counted that run and the default then ran on one thread on an idle
 * machine (npm run bench: 0.99× --jobs 1 on 2 idle cores), and it keeps counting work that has stopped.
 * Cores busy with other programs buy nothing: on 2 cores at load 22, two workers ran 0.89× one thread.
 */
export async function idleCores(windowMs = IDLE_WINDOW_MS): Promise<number> {
  const before = machineTimes(), own = process.cpuUsage();
  await new Promise((resolve) => setTimeout(resolve, windowMs));
  const after = machineTimes(), mine = process.cpuUsage(own);
  return coresLeftIdle({ busy: after.busy - before.busy, idle: after.idle - before.idle }, (mine.user + mine.system) / 1000, cores());
}

/** Of `count` cores whose summed busy and idle time (ms) over a window is given, those that others' work leaves idle, at least one. */
export function coresLeftIdle(spent: { busy: number; idle: number }, ownBusyMs: number, count: number): number {
  const total = spent.busy + spent.idle;
  if (total <= 0) return 1;
  const othersBusy = Math.max(0, spent.busy - ownBusyMs) / total; // share of all the cores
  return Math.max(1, Math.min(count, Math.round(count * (1 - othersBusy))));
}

/** The most jobs an input is worth: one per share of text, at most `cpus`; one (this thread) for a small input. */
export function autoJobs(articles: readonly Article[], cpus = cores(), minCharsPerWorker = MIN_CHARS_PER_WORKER): number {
  let chars = 0;
  for (const a of articles) chars += a.text.length;
  return Math.max(1, Math.min(cpus, Math.floor(chars / minCharsPerWorker)));
}

/** What extractOrdered starts threads with; tests put fakes in its place. */
export interface Threads {
  /** the cores other programs leave idle (idleCores), for the default job count */
  idle(): Promise<number>;
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
  idle: () => idleCores(),
  spawn: (setup) => new Worker(WORKER_ENTRY, { workerData: setup, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } }),
};

/**
 * Extractions of the articles, yielded one by one in input order. Without `jobs`: a small input in this
 * thread; a larger one starts a worker at once and, while it starts, watches the cores (idleCores) to choose
 * how many jobs to run. Where it chooses one, the worker is stopped and this thread extracts: a worker runs no
 * faster than this thread and has its start-up to pay (one worker lost to --jobs 1 in session 14's runs, 0.718×
 * and 0.756×). The choice costs nothing where workers are chosen (the first one is starting meanwhile: 0.34 s wall,
 * 0.44 s CPU, npm run bench); where it says one, IDLE_WINDOW_MS of wall time and the CPU the stopped worker spent
 * starting in that time (at most about 0.1 s, on another core).
 */
export async function* extractOrdered(articles: readonly Article[], options: ParallelOptions = {}, threads: Threads = THREADS): AsyncGenerator<ArticleExtraction> {
  if (!articles.length) return;
  const most = Math.max(1, Math.min(options.jobs ?? autoJobs(articles, cores(), options.minCharsPerWorker), articles.length));
  if (most <= 1) yield* inThisThread(articles, options);
  else yield* onWorkers(articles, most, options.jobs === undefined ? threads.idle : async () => most, threads, options);
}

async function* inThisThread(articles: readonly Article[], options: ParallelOptions): AsyncGenerator<ArticleExtraction> {
  options.onJobs?.(1);
  // loaded here only: with workers, the main thread never needs compromise or the gazetteer
  const { createExtractor, tryExtractArticle } = await import('../pipeline.ts');
  const extractor = createExtractor(options.gazetteerDir);
  for (let i = 0; i < articles.length; i++) {
    const x = tryExtractArticle(articles[i]!, extractor);
    if ('failure' in x) reportFailure(x.failure, options.onFailure);
    else yield x;
    options.onProgress?.(i + 1);
  }
}

/**
 * On `most` workers at most: the first starts at once, the others once `choose` has said how many in all, and
 * none gets an article before then; if `choose` says one, in this thread.
 */
async function* onWorkers(articles: readonly Article[], most: number, choose: () => Promise<number>, threads: Threads, options: ParallelOptions): AsyncGenerator<ArticleExtraction> {
  const batchSize = Math.max(1, Math.min(MAX_BATCH, Math.ceil(articles.length / (most * TASKS_PER_WORKER))));
  const done = new Map<number, Array<ArticleExtraction | { failure: ArticleFailure }>>(); // by the index of each batch's first article
  let sent = 0;
  let taken = 0; // articles whose batch has come back and been taken in order
  let next = 0; // articles yielded
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = () => { const w = wake; wake = undefined; w?.(); };
  const workers: ExtractionWorker[] = [];
  const idle: ExtractionWorker[] = [];

  const dispatch = (worker: ExtractionWorker) => {
    if (sent >= articles.length || sent >= taken + workers.length * TASKS_PER_WORKER * batchSize) { if (!idle.includes(worker)) idle.push(worker); return; }
    // batches shrink as the input runs out (guided scheduling), so that no worker is left with a long last
    // batch while the others have stopped
    const size = Math.max(1, Math.min(batchSize, Math.ceil((articles.length - sent) / (workers.length * TASKS_PER_WORKER))));
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
    start();
    const jobs = Math.max(1, Math.min(most, await choose()));
    if (jobs === 1) {
      await Promise.all(workers.splice(0).map((w) => w.terminate()));
      yield* inThisThread(articles, options);
      return;
    }
    while (workers.length < jobs) start();
    for (let k = 0; k < TASKS_PER_WORKER; k++) for (const w of workers) dispatch(w);
    options.onJobs?.(jobs);
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
        if ('failure' in x) reportFailure(x.failure, options.onFailure);
        options.onProgress?.(next);
        if (!('failure' in x)) yield x;
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
