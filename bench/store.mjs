#!/usr/bin/env node
// The store's done-when measurement: a corpus of N articles made from CoNLL04 sentences, then
//   1. geokg build <corpus> (direct)            — articles per CPU-second and per wall-second
//   2. geokg ingest <corpus> --db kg.sqlite     — the same rates, and the file's size against the corpus text
//   3. geokg build --db kg.sqlite               — must write the same bytes as 1.
//   node bench/store.mjs [--articles 10000] [--jobs 1] [--keep DIR] [--together]
// CPU time (user+sys of the child, from /usr/bin/time when present) is the fair "per core" figure on a shared machine.
// --together runs 1. and 2. at the same time: on a busy machine both then see the same contention, in half the wall time.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeConllCorpus } from './store-corpus.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const arg = (name, fallback) => { const i = process.argv.indexOf(`--${name}`); return i < 0 ? fallback : process.argv[i + 1]; };
const N = Number(arg('articles', 10000));
const JOBS = arg('jobs', '1');
const dir = arg('keep', undefined) ?? mkdtempSync(join(tmpdir(), 'geokg-bench-store-'));
mkdirSync(dir, { recursive: true });
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

let runs = 0;
function run(args) {
  const timesFile = join(dir, `times-${++runs}.txt`);
  const cmd = TIME ? [TIME, '-f', '%e %U %S %M', '-o', timesFile, process.execPath] : [process.execPath];
  const started = process.hrtime.bigint();
  const child = spawn(cmd[0], [...cmd.slice(1), join(ROOT, 'bin/geokg.js'), ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  return new Promise((resolve, reject) => child.on('exit', (code) => {
    const wall = Number(process.hrtime.bigint() - started) / 1e9;
    if (code !== 0) return reject(new Error(`geokg ${args.join(' ')} failed: ${stderr}`));
    const [, user, sys, maxRssKb] = TIME ? readFileSync(timesFile, 'utf8').trim().split(/\s+/).slice(-4).map(Number) : [0, NaN, NaN, NaN];
    resolve({ wall, cpu: user + sys, maxRssKb, stderr: stderr.trim() });
  }));
}

const articles = makeConllCorpus({ articles: N });
const corpusPath = join(dir, 'corpus.jsonl');
writeFileSync(corpusPath, articles.map((a) => `${JSON.stringify(a)}\n`).join(''));
const textBytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text, 'utf8'), 0);
const db = join(dir, 'kg.sqlite');
for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });

const buildArgs = ['build', corpusPath, '-o', join(dir, 'direct.json'), '--jobs', JOBS];
const ingestArgs = ['ingest', corpusPath, '--db', db, '--jobs', JOBS];
const [direct, ingest] = process.argv.includes('--together')
  ? await Promise.all([run(buildArgs), run(ingestArgs)])
  : [await run(buildArgs), await run(ingestArgs)];
const fromStore = await run(['build', '--db', db, '-o', join(dir, 'store.json')]);
const size = [db, `${db}-wal`].filter(existsSync).reduce((n, f) => n + statSync(f).size, 0);
const same = readFileSync(join(dir, 'direct.json'), 'utf8') === readFileSync(join(dir, 'store.json'), 'utf8');

const rate = (r) => ({ wallSeconds: +r.wall.toFixed(1), cpuSeconds: +r.cpu.toFixed(1), articlesPerCpuSecond: +(N / r.cpu).toFixed(1), articlesPerWallSecondPerJob: +(N / r.wall / Number(JOBS)).toFixed(1), maxRssMb: Math.round(r.maxRssKb / 1024) });
const report = {
  articles: N,
  jobs: Number(JOBS),
  corpusTextBytes: textBytes,
  build: rate(direct),
  ingest: rate(ingest),
  buildFromStore: { wallSeconds: +fromStore.wall.toFixed(1) },
  sqliteBytes: size,
  sqliteToTextRatio: +(size / textBytes).toFixed(2),
  storeGraphEqualsDirectBuild: same,
  // ingest's articles per CPU-second over build's: above 1, ingest is the faster per core
  ingestToBuildRate: +(direct.cpu / ingest.cpu).toFixed(3),
  ingestAtLeastAsFastPerCore: ingest.cpu <= direct.cpu,
  together: process.argv.includes('--together'),
  dir,
};
console.log(JSON.stringify(report, null, 2));
