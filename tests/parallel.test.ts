// Parallel extraction: the same output whatever the number of workers; a progress bar on terminals only.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toJson } from '../src/export/json.ts';
import { buildGraph } from '../src/graph/index.ts';
import { MIN_CHARS_PER_WORKER, autoJobs, cores, createProgressBar, extractAll, extractOrdered, jobsFor, type ExtractionWorker, type Threads } from '../src/parallel/index.ts';
import type { WorkerReply, WorkerTask } from '../src/parallel/types.ts';
import { PROGRAM_MIN_CHARS_PER_WORKER } from '../src/cli/v8-flags.ts';
import { progressLine } from '../src/parallel/progress.ts';
import { createExtractor, tryExtractArticle } from '../src/pipeline.ts';
import { parallelOptions } from '../src/cli/store.ts';
import { geokg } from './helpers/cli.ts';
import { corpus, extractionsOf, tempDir, writeJsonl } from './store-helpers.ts';

const articles = corpus(16, 5);

describe('parallel extraction', () => {
  it('worker threads give the serial extractions, in input order', async () => {
    const serial = extractionsOf(articles, createExtractor());
    const seen: number[] = [];
    const threads: number[] = [];
    const parallel = await extractAll(articles, { jobs: 2, onProgress: (n) => seen.push(n), onJobs: (j) => threads.push(j) });
    expect(parallel).toEqual(serial);
    expect(threads).toEqual([2]);
    expect(seen).toEqual(articles.map((_, i) => i + 1));
    expect(toJson(buildGraph(parallel))).toBe(toJson(buildGraph(serial)));
  });

  it('stops its workers when the consumer stops early', async () => {
    const first: string[] = [];
    for await (const x of extractOrdered(articles, { jobs: 2 })) {
      first.push(x.article.id);
      if (first.length === 3) break;
    }
    expect(first).toEqual(articles.slice(0, 3).map((a) => a.id));
  });

  it('extracts in this thread too, taking articles from the cursor the workers take batches from', async () => {
    const extractor = createExtractor();
    const toWorkers: number[] = [];
    // a worker answering from this thread's extractor, a turn of the event loop later
    const fake = (): ExtractionWorker => {
      let listener: ((reply: WorkerReply) => void) | undefined;
      const w: ExtractionWorker = {
        on: (event: string, f: (reply: WorkerReply) => void) => { if (event === 'message') listener = f; return w; },
        postMessage: (task: WorkerTask) => {
          toWorkers.push(...task.articles.map((_, i) => task.index + i));
          setImmediate(() => listener!({ index: task.index, extractions: task.articles.map((a) => tryExtractArticle(a, extractor)) }));
        },
        terminate: async () => 0,
      } as ExtractionWorker;
      return w;
    };
    let spawned = 0;
    const threads: Threads = { spawn: () => (spawned++, fake()) };
    const out = [];
    for await (const x of extractOrdered(articles, { jobs: 2 }, threads)) out.push(x);
    expect(out).toEqual(extractionsOf(articles, extractor));
    expect(spawned).toBe(1); // two jobs: this thread and one worker
    expect(new Set(toWorkers).size).toBe(toWorkers.length); // no article twice
    expect(toWorkers.length).toBeLessThan(articles.length); // this thread took its share
  });

  it('geokg build --jobs 2 writes what --jobs 1 writes', () => {
    const input = writeJsonl(join(tempDir(), 'in.jsonl'), articles.slice(0, 6));
    const one = geokg(['build', input, '-o', '-', '--jobs', '1']);
    const two = geokg(['build', input, '-o', '-', '--jobs', '2']);
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(''); // not a terminal: no progress bar
    expect(() => parallelOptions('build', '0', 1)).toThrow(/--jobs takes a whole number of at least 1/);
  }, 120_000);
});

describe('job count', () => {
  const sized = (chars: number) => [{ id: 'a', text: 'x'.repeat(chars) }];

  it('runs a small input in this thread, a larger one on up to one worker per core', () => {
    expect(autoJobs(articles, 8)).toBe(1);
    expect(autoJobs(sized(2 * MIN_CHARS_PER_WORKER - 1), 8)).toBe(1);
    expect(autoJobs(sized(3 * MIN_CHARS_PER_WORKER), 8)).toBe(3);
    expect(autoJobs(sized(100 * MIN_CHARS_PER_WORKER), 4)).toBe(4);
    expect(autoJobs(sized(100 * MIN_CHARS_PER_WORKER))).toBe(cores());
  });

  it('takes the text a worker must get from the caller (the program, whose V8 settings make workers pay sooner)', () => {
    expect(autoJobs(sized(2 * MIN_CHARS_PER_WORKER - 1), 8)).toBe(1);
    expect(autoJobs(sized(2 * MIN_CHARS_PER_WORKER - 1), 8, MIN_CHARS_PER_WORKER / 4)).toBe(7);
    expect(autoJobs(sized(1000), 8, 2000)).toBe(1);
  });

  it('chooses from the input and the core count, never from the load: two jobs for 110,000 words on two cores', async () => {
    const news = Array.from({ length: 10 }, (_, i) => ({ id: `news-${i}`, text: 'x'.repeat(69_000) })); // the bench's 110,796 words: about 690,000 characters
    expect(jobsFor(news, { minCharsPerWorker: PROGRAM_MIN_CHARS_PER_WORKER }, 2)).toBe(2);
    expect(jobsFor(news, { minCharsPerWorker: PROGRAM_MIN_CHARS_PER_WORKER }, 8)).toBe(5);
    expect(jobsFor(news, { jobs: 1, minCharsPerWorker: PROGRAM_MIN_CHARS_PER_WORKER }, 8)).toBe(1);
    expect(jobsFor(articles.slice(0, 2), { minCharsPerWorker: 1 }, 8)).toBe(2); // no more than the articles
    // another program keeps a core busy (session 17's default then chose one thread for the bench's corpus)
    const busy = spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const chosen: number[] = [];
      const threads: Threads = { spawn: () => { throw new Error('no worker in this test'); } };
      const gen = extractOrdered(articles, { jobs: undefined, minCharsPerWorker: 1, onJobs: (j) => chosen.push(j) }, cores() > 1 ? threads : undefined);
      await gen.next().catch(() => undefined);
      await gen.return(undefined);
      expect(chosen).toEqual([Math.min(cores(), articles.length)]);
    } finally {
      busy.kill();
    }
  });

  it('caps --jobs at the cores with a warning, unless forced', () => {
    const warnings: string[] = [];
    const many = String(cores() + 38);
    expect(parallelOptions('build', many, 1, { warn: (m) => warnings.push(m) }).jobs).toBe(cores());
    expect(warnings).toEqual([`geokg build: warning: --jobs ${many} is more than the ${cores()} cores; using ${cores()} (--force-jobs to run ${many})\n`]);
    expect(parallelOptions('build', many, 1, { force: true, warn: (m) => warnings.push(m) }).jobs).toBe(Number(many));
    expect(warnings).toHaveLength(1);
    expect(parallelOptions('build', undefined, 1).jobs).toBeUndefined(); // left to autoJobs
  });
});

describe('progress bar', () => {
  it('draws articles, rate and ETA on a terminal', () => {
    const out: string[] = [];
    let t = 0;
    const bar = createProgressBar(100, { isTTY: true, columns: 120, write: (s) => out.push(s) }, () => t);
    t = 2000;
    bar.update(50);
    bar.finish();
    expect(out[0]).toContain('50/100 articles  25.0/s  ETA 2s');
    expect(out.at(-1)).toBe('\r\x1b[K');
  });

  it('stays quiet elsewhere', () => {
    const out: string[] = [];
    const bar = createProgressBar(100, { isTTY: false, write: (s) => out.push(s) });
    bar.update(50);
    bar.finish();
    expect(out).toEqual([]);
  });

  it('formats long runs', () => {
    expect(progressLine(10, 10_000, 1000)).toMatch(/10\/10000 articles {2}10\.0\/s {2}ETA 16m39s$/);
  });
});
