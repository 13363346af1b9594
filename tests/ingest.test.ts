import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
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
});
