// Interrupted runs, determinism and limits, through the real CLI.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromJson } from '../src/export/json.ts';
import { geokg, ROOT } from './helpers/cli.ts';

const tmp = () => mkdtempSync(join(tmpdir(), 'geokg-runs-'));

const FILES: Record<string, string> = {
  'beijing.txt': 'Putin in Beijing\n\nRussian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Tuesday.\n',
  'berlin.md': '# Berlin talks\n\nGerman Chancellor Olaf Scholz hosted French President Emmanuel Macron in Berlin.\n',
  'kyiv.html': '<html><head><title>Kyiv</title></head><body><p>Ukrainian President Volodymyr Zelensky met NATO Secretary General Jens Stoltenberg in Kyiv.</p></body></html>',
  'sub/london.txt': 'British Prime Minister Rishi Sunak visited Washington, where he met US President Joe Biden.\n',
};
const ROWS = [
  { id: 'r1', text: 'Turkish President Recep Tayyip Erdogan spoke with Russian President Vladimir Putin.', date: '2023-10-17' },
  { id: 'r2', text: 'Indian Prime Minister Narendra Modi met Chinese President Xi Jinping in Johannesburg.' },
  { id: 'r3', text: 'Iran criticised Israel, and Saudi Arabia condemned the strike.', source: 'AP' },
  { id: 'r3', text: 'A second article that shares the id r3: Japan signed a deal with Australia.' },
];

function writeTree(dir: string, names: string[], rows: object[]): void {
  for (const name of names) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), FILES[name]!);
  }
  writeFileSync(join(dir, 'feed.jsonl'), rows.map((r) => JSON.stringify(r)).join('\n'));
}

function build(args: string[]): string {
  const r = geokg(['build', ...args, '-o', '-', '--jobs', '1']);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

describe('determinism', () => {
  // Row order does not matter: articles are sorted by id, then content, before extraction, and ids that
  // repeat get their "~2" suffixes in that order. So a graph is a function of the set of articles.
  it('same files in any creation order, folder name, argument order or JSONL row order → byte-identical JSON', () => {
    const names = Object.keys(FILES);
    const a = join(tmp(), 'corpus-a'), b = join(tmp(), 'other-name');
    writeTree(a, names, ROWS);
    writeTree(b, [...names].reverse(), [ROWS[3], ROWS[1], ROWS[2], ROWS[0]].map((r) => ({ ...r })));
    const first = build([a]);
    expect(fromJson(first).order).toBeGreaterThan(5);
    expect(build([b])).toBe(first);
    // the same inputs named one by one, in two orders
    const files = (d: string) => [...names.map((n) => join(d, n)), join(d, 'feed.jsonl')];
    expect(build(files(a))).toBe(build(files(b).reverse()));
  }, 60_000);
});

describe('limits', () => {
  it('article size: a clear error naming --max-article-bytes, which raises it', () => {
    const d = tmp();
    const text = `${'The ministers of France and Germany met in Paris to discuss trade. '.repeat(40)}\n`;
    writeFileSync(join(d, 'long.txt'), text);
    writeFileSync(join(d, 'feed.jsonl'), JSON.stringify({ id: 'row', text }));
    for (const f of ['long.txt', 'feed.jsonl']) {
      const r = geokg(['build', join(d, f), '-o', '-', '--max-article-bytes', '1000']);
      expect(r.code).not.toBe(0);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/larger than 1000 bytes; raise the limit with --max-article-bytes/);
    }
    expect(geokg(['build', join(d, 'long.txt'), '-o', '-', '--max-article-bytes', '100000']).code).toBe(0);
  }, 60_000);

  it('article count: a clear error naming --max-articles, which raises it', () => {
    const d = tmp();
    writeFileSync(join(d, 'feed.jsonl'), ROWS.map((r) => JSON.stringify(r)).join('\n'));
    const r = geokg(['build', d, '-o', '-', '--max-articles', '3']);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim()).toMatch(/^geokg ingest: more than 3 articles; raise the limit with --max-articles$/);
    expect(geokg(['build', d, '-o', '-', '--max-articles', '4', '--jobs', '1']).code).toBe(0);
  }, 60_000);
});

describe('interrupted runs', () => {
  it('SIGKILL mid-build keeps the previous output whole; leftovers of the killed run are cleaned by the next', async () => {
    const d = tmp();
    const out = join(d, 'out.json');
    writeFileSync(join(d, 'small.txt'), FILES['beijing.txt']!);
    expect(geokg(['build', join(d, 'small.txt'), '-o', out]).code).toBe(0);
    const before = readFileSync(out, 'utf8');
    // a large input, so that the build is surely still running when it is killed
    const big = join(d, 'big');
    mkdirSync(big);
    // distinct texts: the same text under many ids is one article, which would finish before the kill
    writeFileSync(join(big, 'feed.jsonl'), Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: `a${i}`, text: `Report ${i}. ${Object.values(FILES).join(' ')}` })).join('\n'));
    // a leftover as a killed writer would leave it: a hidden temp file of a process that no longer runs
    const stale = join(d, '.out.json.999999999.1.tmp');
    writeFileSync(stale, '{"trunc');
    const child = spawn(process.execPath, [`${ROOT}bin/geokg.js`, 'build', big, '-o', out, '--jobs', '1'], { stdio: 'ignore' });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const exited = child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    const after = readFileSync(out, 'utf8');
    // 3000 articles take far longer than the wait, so the kill lands mid-build: the old file, whole
    expect(after).toBe(before);
    expect(readdirSync(d).filter((n) => !n.startsWith('.')).sort()).toEqual(['big', 'out.json', 'small.txt']);
    // the next successful write removes temp files of dead processes
    expect(geokg(['build', join(d, 'small.txt'), '-o', out]).code).toBe(0);
    expect(existsSync(stale)).toBe(false);
    expect(readdirSync(d).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(readFileSync(out, 'utf8')).toBe(before);
  }, 60_000);
});
