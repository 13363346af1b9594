// Issue 13's figures, measured on the compiled program (dist/, as a user installs it) in plain Node child
// processes, with the baseline in the same run: what `geokg --help` and a worker's start cost, and
// `geokg build` in one thread and with its default job count against compromise alone on the same corpus.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { autoJobs } from '../src/parallel/index.ts';
import type { Article } from '../src/model/types.ts';
import { loadCorpus, repeatCorpus, type CorpusOptions } from './corpus.ts';
import type { Figures } from './measure.ts';
import { div, failed, fmt, n, row, type Row } from './report.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BIN = join(ROOT, 'dist/cli/bin.js');
const RUSAGE = join(ROOT, 'bench/rusage.mjs');
/** the news corpus: about 110,000 words */
const NEWS_WORDS = 110_000;

const GOALS = { helpCpu: { atMost: 0.3 }, oneThread: { atLeast: 0.65 }, speedupNews: { atLeast: 1.5 }, speedupX10: { atLeast: 1.6 }, peakRssX10: { atMost: 280 } };

/** Runs `node --import rusage.mjs args…`: wall time from here, CPU and peak RSS of the whole process (all threads). */
function measure(args: string[], dir: string): Promise<Figures> {
  const usage = join(dir, 'rusage.json');
  rmSync(usage, { force: true });
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', RUSAGE, ...args], { cwd: dir, env: { ...process.env, GEOKG_BENCH_RUSAGE: usage }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '', err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0 || !existsSync(usage)) return resolve({ error: err.trim().split('\n').pop() || `exited with ${code}` });
      resolve({ seconds, ...(JSON.parse(readFileSync(usage, 'utf8')) as Figures), stdout: out.trim().split('\n').pop() ?? '' });
    });
  });
}

/** The run with least CPU of several (the least disturbed on a shared machine). */
const leastCpu = (runs: Figures[]): Figures => {
  const ok = runs.filter((r) => typeof r.cpuSeconds === 'number');
  return ok.length ? { ...ok.reduce((a, b) => ((b.cpuSeconds as number) < (a.cpuSeconds as number) ? b : a)), repeats: ok.length } : runs[0] ?? { error: 'not run' };
};

/**
 * `geokg build` keeps one of several articles with the same text, so a plain copy of the corpus would cost
 * nothing: copy k has k more spaces after its first word. Same sentences, same words, another text.
 */
function writeCorpus(file: string, articles: readonly Article[], times: number): Article[] {
  const copies = [...repeatCorpus(articles, times)].map((a, i) => ({ ...a, text: a.text.replace(' ', ' '.repeat(1 + Math.floor(i / articles.length))) }));
  writeFileSync(file, copies.map((a) => `${JSON.stringify({ id: a.id, text: a.text })}\n`).join(''));
  return copies;
}

export interface PackageBenchOptions { corpus: CorpusOptions; scale: number; quick: boolean; log: (line: string) => void }

export async function runPackageBench(o: PackageBenchOptions): Promise<{ runs: Record<string, Figures>; rows: Row[] }> {
  if (!existsSync(BIN)) throw new Error('dist/ is missing: run npm run build first (npm run bench does)');
  const dir = mkdtempSync(join(tmpdir(), 'geokg-bench-package-'));
  const runs: Record<string, Figures> = {};
  try {
    const corpus = await loadCorpus(o.corpus);
    // --quick: the corpus as it is, once; it only checks that every measurement runs
    const newsTimes = o.quick ? 1 : Math.max(1, Math.round(NEWS_WORDS / corpus.words));
    const repeats = o.quick ? 1 : 2;
    const news = writeCorpus(join(dir, 'news.jsonl'), corpus.articles, newsTimes);
    const big = writeCorpus(join(dir, 'x10.jsonl'), corpus.articles, o.scale);
    const ctx = { corpusWords: corpus.words, newsTimes, newsJobs: autoJobs(news), bigJobs: autoJobs(big), scale: o.scale };
    o.log('bench: geokg --help, compiled…');
    runs.help = leastCpu(await sequence(repeats * 2 + 1, () => measure([BIN, '--help'], dir)));
    o.log('bench: a compiled worker\'s start-up…');
    runs.workerStart = leastCpu(await sequence(repeats + 1, async () => {
      const r = await measure([join(ROOT, 'bench/worker-start.mjs')], dir);
      return r.error ? r : (JSON.parse(r.stdout as string) as Figures);
    }));
    // baseline, one thread and default alternate, so that a change in the machine's load touches all alike
    const news3: Record<string, Figures[]> = { compromise: [], one: [], auto: [] };
    for (let r = 1; r <= repeats; r++) {
      o.log(`bench: news corpus (×${newsTimes}): compromise alone, geokg build --jobs 1, geokg build (${r}/${repeats})…`);
      news3.compromise!.push(await measure([join(ROOT, 'bench/compromise-alone.mjs'), 'news.jsonl'], dir));
      news3.one!.push(await measure([BIN, 'build', 'news.jsonl', '-o', 'one.json', '--jobs', '1'], dir));
      news3.auto!.push(await measure([BIN, 'build', 'news.jsonl', '-o', 'auto.json'], dir));
    }
    runs.newsCompromise = leastCpu(news3.compromise!);
    runs.newsOne = leastCpu(news3.one!);
    runs.newsAuto = leastCpu(news3.auto!);
    runs.newsSameBytes = { value: readFileSync(join(dir, 'one.json'), 'utf8') === readFileSync(join(dir, 'auto.json'), 'utf8') };
    o.log(`bench: corpus ×${o.scale}: geokg build --jobs 1, geokg build…`);
    runs.bigOne = await measure([BIN, 'build', 'x10.jsonl', '-o', 'one.json', '--jobs', '1'], dir);
    runs.bigAuto = await measure([BIN, 'build', 'x10.jsonl', '-o', 'auto.json'], dir);
    return { runs, rows: packageRows(runs, ctx) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function sequence(times: number, f: () => Promise<Figures>): Promise<Figures[]> {
  const out: Figures[] = [];
  for (let i = 0; i < times; i++) out.push(await f());
  return out;
}

function packageRows(runs: Record<string, Figures>, ctx: { corpusWords: number; newsTimes: number; newsJobs: number; bigJobs: number; scale: number }): Row[] {
  const { help, workerStart, newsCompromise: c, newsOne: one, newsAuto: auto, bigOne, bigAuto } = runs;
  const newsWords = ctx.corpusWords * ctx.newsTimes;
  const wall = (r: Figures | undefined) => `${fmt(n(r?.seconds))} s wall, ${fmt(n(r?.cpuSeconds))} s CPU`;
  return [
    row('geokg --help (compiled)', n(help?.cpuSeconds), 's CPU', `whole process, least of ${help?.repeats ?? 0} runs; ${fmt(n(help?.seconds), 3)} s wall${failed(help)}`, GOALS.helpCpu),
    row('worker start-up to its first article', n(workerStart?.cpuSeconds), 's CPU', `dist/parallel/worker.js, a one-sentence article; ${fmt(n(workerStart?.seconds), 3)} s wall${failed(workerStart)}`),
    row(`geokg build --jobs 1 ÷ compromise alone, ${fmt(newsWords)} words`, div(c?.cpuSeconds, one?.cpuSeconds), '×',
      `throughput by CPU time, whole processes, least of ${one?.repeats ?? 0}: geokg ${wall(one)}; compromise ${wall(c)}${failed(one)}${failed(c)}`, GOALS.oneThread),
    row(`geokg build (default: ${ctx.newsJobs} job${ctx.newsJobs > 1 ? 's' : ''}) ÷ --jobs 1, ${fmt(newsWords)} words`, div(one?.seconds, auto?.seconds), '×',
      `wall clock: ${wall(auto)} vs ${wall(one)}; same bytes: ${runs.newsSameBytes?.value}${failed(auto)}`, GOALS.speedupNews),
    row(`geokg build (default: ${ctx.bigJobs} jobs) ÷ --jobs 1, corpus ×${ctx.scale}`, div(bigOne?.seconds, bigAuto?.seconds), '×',
      `wall clock, ${fmt(ctx.corpusWords * ctx.scale)} words: ${wall(bigAuto)} vs ${wall(bigOne)}${failed(bigAuto)}${failed(bigOne)}`, GOALS.speedupX10),
    row(`peak RSS, geokg build --jobs 1, corpus ×${ctx.scale}`, n(bigOne?.peakRssMB), 'MB', `whole process maxRSS${failed(bigOne)}`, GOALS.peakRssX10),
    row(`peak RSS, geokg build (default: ${ctx.bigJobs} jobs), corpus ×${ctx.scale}`, n(bigAuto?.peakRssMB), 'MB', `whole process maxRSS, worker threads included${failed(bigAuto)}`, GOALS.peakRssX10),
  ];
}
