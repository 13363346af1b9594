// One identity rule for articles (src/ingest/identity.ts), held alike by `geokg build` and by a store
// filled run after run: edits replace, duplicates are one article, ids never depend on how a path was typed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticles } from '../src/ingest/index.ts';
import { geokg } from './helpers/cli.ts';
import { tempDir } from './store-helpers.ts';

const MEETING = 'Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Monday to discuss energy prices.\n';
const EDITED = 'Chancellor Olaf Scholz met President Emmanuel Macron in Lyon on Monday to discuss rail links.\n';
const OTHER = 'Prime Minister Fumio Kishida visited Canberra, where he met Prime Minister Anthony Albanese.\n';

function build(args: string[], cwd?: string): string {
  const r = geokg(['build', ...args, '-o', '-', '--jobs', '1'], { cwd });
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

function ingest(dir: string, db: string): void {
  const r = geokg(['ingest', dir, '--db', db, '--jobs', '1']);
  expect(r.code, r.stderr).toBe(0);
}

const metWith = (json: string) => JSON.parse(json).edges.filter((e: { attributes: { predicate: string } }) => e.attributes.predicate === 'MET_WITH');

describe('article identity, build and store alike', () => {
  it('an edited article replaces its old version and evidence: build --db equals build, byte for byte', () => {
    const dir = join(tempDir(), 'news');
    mkdirSync(dir);
    const db = join(dir, '..', 'kg.sqlite');
    writeFileSync(join(dir, 'a.txt'), MEETING);
    writeFileSync(join(dir, 'b.txt'), OTHER);
    ingest(dir, db);
    expect(build(['--db', db])).toBe(build([dir]));
    writeFileSync(join(dir, 'a.txt'), EDITED); // edited between two ingests
    ingest(dir, db);
    const direct = build([dir]);
    expect(build(['--db', db])).toBe(direct);
    expect(direct).not.toContain('Paris');
    expect(metWith(direct).every((e: { attributes: { count: number } }) => e.attributes.count === 1)).toBe(true);
    ingest(dir, db); // a rerun changes nothing
    expect(build(['--db', db])).toBe(direct);
  }, 120_000);

  it('the same text under two ids is one article with both ids; a later edit of one splits them again', () => {
    const dir = join(tempDir(), 'news');
    mkdirSync(dir);
    const db = join(dir, '..', 'kg.sqlite');
    writeFileSync(join(dir, 'a.txt'), MEETING);
    writeFileSync(join(dir, 'copy.txt'), MEETING);
    const articles = readArticles([dir]);
    expect(articles.map((a) => [a.id, a.ids])).toEqual([['a', ['a', 'copy']]]);
    ingest(dir, db);
    const direct = build([dir]);
    expect(metWith(direct)[0].attributes.count).toBe(1);
    expect(build(['--db', db])).toBe(direct);
    writeFileSync(join(dir, 'copy.txt'), EDITED);
    ingest(dir, db);
    expect(build(['--db', db])).toBe(build([dir]));
  }, 120_000);

  it('one id in two runs: the second version replaces the first, as a build of the second folder shows', () => {
    const root = tempDir();
    const db = join(root, 'kg.sqlite');
    const one = join(root, 'one'), two = join(root, 'two');
    mkdirSync(one);
    mkdirSync(two);
    writeFileSync(join(one, 'feed.jsonl'), `${JSON.stringify({ id: 'x', text: MEETING })}\n`);
    writeFileSync(join(two, 'feed.jsonl'), `${JSON.stringify({ id: 'x', text: OTHER })}\n`);
    ingest(one, db);
    ingest(two, db);
    expect(build(['--db', db])).toBe(build([two]));
  }, 120_000);

  it('a JSONL row without id gets the same id however its path is typed, and no absolute path', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'noid.jsonl'), `${JSON.stringify({ text: OTHER })}\n`);
    const plain = build(['noid.jsonl'], dir);
    expect(build(['./noid.jsonl'], dir)).toBe(plain);
    expect(build([join(dir, 'noid.jsonl')], dir)).toBe(plain);
    expect(plain).not.toContain(dir);
    expect(readArticles([join(dir, 'noid.jsonl')])[0]!.id).toMatch(/^noid\.jsonl#[0-9a-f]{12}$/);
    // inside a folder: the path relative to the folder given
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'rows.jsonl'), `${JSON.stringify({ text: OTHER })}\n`);
    expect(readArticles([join(dir, 'sub')])[0]!.id).toMatch(/^rows\.jsonl#/);
  }, 60_000);
});
