// Parallel extraction: the same output whatever the number of workers; a progress bar on terminals only.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toJson } from '../src/export/json.ts';
import { buildGraph } from '../src/graph/index.ts';
import { MIN_CHARS_PER_WORKER, autoJobs, cores, coresLeftIdle, idleCores, createProgressBar, extractAll, extractOrdered, type ExtractionWorker, type Threads } from '../src/parallel/index.ts';
import { progressLine } from '../src/parallel/progress.ts';
import { createExtractor } from '../src/pipeline.ts';
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

  it('extracts in this thread, with no article sent to a worker, when the default job count is one', async () => {
    let stopped = 0;
    const fake: ExtractionWorker = { on: () => fake, postMessage: () => { throw new Error('an article went to a worker'); }, terminate: async () => stopped++ };
    const oneCoreIdle: Threads = { idle: async () => 1, spawn: () => fake };
    const threads: number[] = [];
    const big = { jobs: undefined, minCharsPerWorker: 1, onJobs: (j: number) => threads.push(j) }; // worth many workers by its size
    const out: unknown[] = [];
    for await (const x of extractOrdered(articles.slice(0, 4), big, oneCoreIdle)) out.push(x);
    expect(out).toEqual(extractionsOf(articles.slice(0, 4), createExtractor()));
    expect(stopped).toBe(cores() > 1 ? 1 : 0); // one core: no worker is worth starting
    expect(threads).toEqual([1]);
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

  it('counts the cores that other programs leave idle, not those this process keeps busy', async () => {
    // 2 cores over 100 ms: 200 ms of core time in all
    expect(coresLeftIdle({ busy: 0, idle: 200 }, 0, 2)).toBe(2);
    expect(coresLeftIdle({ busy: 100, idle: 100 }, 0, 2)).toBe(1); // another program holds a core
    expect(coresLeftIdle({ busy: 100, idle: 100 }, 100, 2)).toBe(2); // the busy core was this process's (a worker starting)
    expect(coresLeftIdle({ busy: 200, idle: 0 }, 0, 2)).toBe(1); // all taken: still one
    expect(coresLeftIdle({ busy: 390, idle: 10 }, 0, 4)).toBe(1);
    expect(coresLeftIdle({ busy: 130, idle: 270 }, 20, 4)).toBe(3);
    const idle = await idleCores(50);
    expect(idle).toBeGreaterThanOrEqual(1);
    expect(idle).toBeLessThanOrEqual(cores());
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
