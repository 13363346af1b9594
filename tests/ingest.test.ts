import { mkdtempSync, writeFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticles, parseHtml, parseJsonl, parseText } from '../src/ingest/index.ts';
import { GeokgError } from '../src/util/errors.ts';

const dir = () => mkdtempSync(join(tmpdir(), 'geokg-ingest-'));

describe('ingest formats', () => {
  it('reads .txt with a standalone first line as the title', () => {
    const a = parseText('Putin in Beijing\n\nThe Russian president arrived on Tuesday.', 'x');
    expect(a.title).toBe('Putin in Beijing');
    expect(a.text).toContain('arrived on Tuesday');
  });

  it('does not take a first sentence for a title', () => {
    expect(parseText('The talks ended.\n\nMore followed.', 'x').title).toBeUndefined();
  });

  it('reads .html text without scripts or styles', () => {
    const a = parseHtml('<html><head><title>T &amp; U</title><style>p{}</style></head><body><script>alert(1)</script><p>Hello&nbsp;<b>world</b></p><p>Again</p></body></html>', 'h');
    expect(a.title).toBe('T & U');
    expect(a.text).toBe('Hello world\nAgain');
    expect(a.text).not.toContain('alert');
  });

  it('reads .jsonl rows with optional fields', () => {
    const rows = parseJsonl('{"id":"a","text":"One.","date":"2023-10-17","source":"AP"}\n\n{"id":2,"text":"Two."}\n', { name: 'f.jsonl', warn: () => {}, skipBad: false });
    expect(rows).toEqual([{ id: 'a', text: 'One.', date: '2023-10-17', source: 'AP' }, { id: '2', text: 'Two.' }]);
  });

  it('names the file and line of a malformed jsonl row, and skips it on request', () => {
    expect(() => parseJsonl('{"id":"a","text":"x"}\n{oops', { name: 'f.jsonl', warn: () => {}, skipBad: false })).toThrow(/f\.jsonl:2: malformed JSON/);
    const warnings: string[] = [];
    const rows = parseJsonl('{oops\n{"id":"b","text":"y"}', { name: 'f.jsonl', warn: (m) => warnings.push(m), skipBad: true });
    expect(rows.map((r) => r.id)).toEqual(['b']);
    expect(warnings[0]).toMatch(/f\.jsonl:1/);
  });

  it('walks folders recursively in sorted order with ids relative to the argument', () => {
    const d = dir();
    mkdirSync(join(d, 'sub'));
    writeFileSync(join(d, 'sub', 'b.md'), 'B text.');
    writeFileSync(join(d, 'a.txt'), 'A text.');
    writeFileSync(join(d, 'c.html'), '<p>C text.</p>');
    writeFileSync(join(d, 'd.jsonl'), '{"id":"row1","text":"D text."}\n');
    writeFileSync(join(d, 'ignored.png'), 'x');
    const ids = readArticles([d]).map((a) => a.id);
    expect(ids).toEqual(['a', 'c', 'row1', 'sub/b']);
  });

  it('refuses a missing path and an empty explicit file with one-line errors', () => {
    expect(() => readArticles(['/nope/missing.txt'])).toThrow(GeokgError);
    const d = dir();
    writeFileSync(join(d, 'empty.txt'), '');
    expect(() => readArticles([join(d, 'empty.txt')])).toThrow(/empty file/);
  });

  it('follows symbolic links in folders, each real folder once', () => {
    const d = dir(), elsewhere = dir();
    writeFileSync(join(elsewhere, 'linked.txt'), 'Linked text.');
    writeFileSync(join(d, 'a.txt'), 'A text.');
    symlinkSync(join(elsewhere, 'linked.txt'), join(d, 'link.txt'));
    symlinkSync(d, join(d, 'loop')); // a cycle back to the top
    symlinkSync(join(d, 'missing.txt'), join(d, 'broken.txt'));
    const warnings: string[] = [];
    expect(readArticles([d], { warn: (m) => warnings.push(m) }).map((a) => a.id)).toEqual(['a', 'link']);
    expect(warnings.join('\n')).toMatch(/broken\.txt: broken symbolic link/);
  });

  it('orders articles by id then content, so repeated ids get the same suffixes in any row order', () => {
    const rows = ['{"id":"x","text":"Beta."}', '{"id":"x","text":"Alpha."}', '{"id":"a","text":"First."}'];
    const d1 = dir(), d2 = dir();
    writeFileSync(join(d1, 'f.jsonl'), rows.join('\n'));
    writeFileSync(join(d2, 'f.jsonl'), [...rows].reverse().join('\n'));
    const one = readArticles([d1]);
    expect(one.map((a) => `${a.id}=${a.text}`)).toEqual(['a=First.', 'x=Alpha.', 'x~2=Beta.']);
    expect(readArticles([d2])).toEqual(one);
  });

  it('html: a "<" that starts no tag is text; quoted ">" stays in its attribute; unclosed hidden elements run to the end', () => {
    expect(parseHtml('<p>a < b and 3<4</p>', 'h').text).toBe('a < b and 3<4');
    expect(parseHtml('<img alt="1>0" title=\'x>y\'>After', 'h').text).toBe('After');
    expect(parseHtml('<p>Kept</p><script>var hidden = "<p>Not kept</p>"', 'h').text).toBe('Kept');
    expect(parseHtml('<p>Kept</p><!-- hidden <p>still hidden</p>', 'h').text).toBe('Kept');
    expect(parseHtml('<p>Kept</p><div class="x', 'h').text).toBe('Kept');
    expect(parseHtml('<head><meta content="Not text">Stray</head><body>Body</body>', 'h').text).toBe('Body');
  });

  it('html: pathological markup costs linear time (no backtracking regexes)', () => {
    // each of these took seconds to minutes with regex stripping; a linear scan does them at once
    for (const page of ['<'.repeat(200_000), '<script>'.repeat(100_000), '<!--'.repeat(100_000), '<a href="'.repeat(50_000), '<title>'.repeat(100_000)])
      expect(() => parseHtml(page, 'h')).not.toThrow();
  });
});
