// Bad input through the real CLI: each case ends in one clear line and a non-zero exit, or is processed correctly.
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromJson } from '../src/export/json.ts';
import { GeokgError } from '../src/util/errors.ts';
import { geokg } from './helpers/cli.ts';

const tmp = () => mkdtempSync(join(tmpdir(), 'geokg-robust-'));
const STACK_FRAME = /^\s+at .+[:(]\d+/m;
const ARTICLE = 'Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Tuesday.\n';

/** The run failed with exactly one line on stderr, no stack trace, matching `pattern`. */
function expectOneLineError(r: ReturnType<typeof geokg>, pattern: RegExp): void {
  expect(r.code, r.stderr).not.toBe(0);
  expect(r.stderr.trim().split('\n'), r.stderr).toHaveLength(1);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(STACK_FRAME);
}

function graphOf(r: ReturnType<typeof geokg>) {
  expect(r.code, r.stderr).toBe(0);
  return fromJson(r.stdout);
}

describe('bad input files', () => {
  it('an empty (or blank) file: one-line error', () => {
    const d = tmp();
    writeFileSync(join(d, 'empty.txt'), '');
    writeFileSync(join(d, 'blank.md'), ' \n\t\n');
    expectOneLineError(geokg(['build', join(d, 'empty.txt'), '-o', '-']), /empty\.txt: empty file/);
    expectOneLineError(geokg(['build', join(d, 'blank.md'), '-o', '-']), /blank\.md: empty file/);
  });

  it('a binary file: one-line error', () => {
    const d = tmp();
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
    writeFileSync(join(d, 'photo.txt'), bytes);
    expectOneLineError(geokg(['build', join(d, 'photo.txt'), '-o', '-']), /photo\.txt: looks like a binary file/);
  });

  it('invalid UTF-8: decoded with replacement characters, with a warning', () => {
    const d = tmp();
    writeFileSync(join(d, 'latin1.txt'), Buffer.concat([Buffer.from('Vladimir Putin visited Beijing. Caf'), Buffer.from([0xe9, 0xff]), Buffer.from(' talks.\n')]));
    const r = geokg(['build', join(d, 'latin1.txt'), '-o', '-']);
    expect(r.stderr).toMatch(/latin1\.txt: invalid UTF-8, decoded with replacement characters/);
    const g = graphOf(r);
    expect(g.order).toBeGreaterThan(0);
  });

  it('a malformed JSONL line: the error names file and line; --skip-bad goes on past it', () => {
    const d = tmp();
    const f = join(d, 'feed.jsonl');
    writeFileSync(f, `{"id":"a","text":${JSON.stringify(ARTICLE)}}\n{"id":"b","text":"broken\n{"id":"c","text":"Angela Merkel visited France."}\n`);
    expectOneLineError(geokg(['build', f, '-o', '-']), /feed\.jsonl:2: malformed JSON.*--skip-bad/);
    const r = geokg(['build', f, '--skip-bad', '-o', '-']);
    expect(r.stderr).toMatch(/warning: .*feed\.jsonl:2: malformed JSON.*skipped/);
    const articles = new Set(graphOf(r).mapNodes((_, a) => a.mentions.map((m) => m.article)).flat());
    expect(articles).toEqual(new Set(['a', 'c']));
  });

  it('a JSONL line with no text: error naming the line, or skipped with --skip-bad', () => {
    const d = tmp();
    const f = join(d, 'feed.jsonl');
    writeFileSync(f, `{"id":"a","text":${JSON.stringify(ARTICLE)}}\n{"id":"b","title":"no body"}\n{"id":"c","text":"   "}\n`);
    expectOneLineError(geokg(['build', f, '-o', '-']), /feed\.jsonl:2: no "text" field/);
    const r = geokg(['build', f, '--skip-bad', '-o', '-']);
    expect(r.stderr).toMatch(/feed\.jsonl:2/);
    expect(r.stderr).toMatch(/feed\.jsonl:3/);
    expect(graphOf(r).order).toBeGreaterThan(0);
  });

  it('HTML with scripts: no script, style or comment reaches the text, even unclosed or oddly cased', () => {
    const d = tmp();
    const f = join(d, 'page.html');
    writeFileSync(f, [
      '<html><head><title>Summit</title><script>var Moscow = "Vladimir Putin";</script></head><body>',
      '<p>Angela Merkel visited France.</p>',
      '<SCRIPT type="module">document.write("Boris Johnson")</SCRIPT >',
      '<img alt="x>y" onerror="alert(\'Emmanuel Macron\')" src=x>',
      '<!-- Joe Biden --><style>.Kyiv{}</style>',
      '<script>alert("Olaf Scholz")',
    ].join('\n'));
    const g = graphOf(geokg(['build', f, '-o', '-']));
    const text = JSON.stringify(g.export());
    expect(text).toMatch(/Merkel/);
    for (const hidden of ['Putin', 'Boris', 'Macron', 'Biden', 'Kyiv', 'Scholz', 'alert', 'document']) expect(text).not.toContain(hidden);
  });

  it('a folder of mixed files: unknown extensions skipped, bad files reported, good ones read', () => {
    const d = tmp();
    writeFileSync(join(d, 'good.txt'), ARTICLE);
    writeFileSync(join(d, 'empty.md'), '');
    writeFileSync(join(d, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254]));
    writeFileSync(join(d, 'picture.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0]));
    writeFileSync(join(d, 'notes.docx'), 'not read');
    writeFileSync(join(d, '.hidden.txt'), 'Hidden Person visited Hidden Place.');
    mkdirSync(join(d, 'nested.txt')); // a folder with a file's name is walked as a folder
    writeFileSync(join(d, 'nested.txt', 'inner.html'), '<p>Angela Merkel visited France.</p>');
    const r = geokg(['build', d, '-o', '-']);
    expect(r.stderr).toMatch(/empty\.md: empty file, skipped/);
    expect(r.stderr).toMatch(/binary\.txt: looks like a binary file.*skipped/);
    expect(r.stderr).not.toMatch(/picture|notes|hidden/);
    const articles = new Set(graphOf(r).mapNodes((_, a) => a.mentions.map((m) => m.article)).flat());
    expect(articles).toEqual(new Set(['good', 'nested.txt/inner']));
  });

  it('a missing path: one-line error', () => {
    expectOneLineError(geokg(['build', '/no/such/place/article.txt', '-o', '-']), /no such file or folder/);
  });

  it('a pipe in place of a file is refused at once instead of blocking', () => {
    const d = tmp();
    const fifo = join(d, 'fifo.txt');
    execFileSync('mkfifo', [fifo]);
    expectOneLineError(geokg(['build', fifo, '-o', '-']), /fifo\.txt: not a regular file or folder/);
    writeFileSync(join(d, 'good.txt'), ARTICLE);
    const r = geokg(['build', d, '-o', '-']);
    expect(r.stderr).toMatch(/fifo\.txt: not a regular file.*skipped/);
    expect(graphOf(r).order).toBeGreaterThan(0);
  });

  // root reads a chmod 000 file anyway, so the permission case can only run as another user
  it.skipIf(process.getuid?.() === 0)('an unreadable file: one-line error; in a folder, --skip-bad goes on without it', () => {
    const d = tmp();
    writeFileSync(join(d, 'good.txt'), ARTICLE);
    writeFileSync(join(d, 'secret.txt'), ARTICLE);
    chmodSync(join(d, 'secret.txt'), 0o000);
    expectOneLineError(geokg(['build', join(d, 'secret.txt'), '-o', '-']), /secret\.txt: cannot read \(permission denied\)/);
    expectOneLineError(geokg(['build', d, '-o', '-']), /secret\.txt: cannot read.*--skip-bad/);
    expect(graphOf(geokg(['build', d, '--skip-bad', '-o', '-'])).order).toBeGreaterThan(0);
  });
});

describe('the command line', () => {
  it('an unknown option or command: one line, exit 2 for commands', () => {
    const opt = geokg(['build', 'x.txt', '--frobnicate', '-o', '-']);
    expectOneLineError(opt, /^geokg build: unknown option --frobnicate; see geokg build --help$/m);
    const cmd = geokg(['frobnicate']);
    expectOneLineError(cmd, /unknown command "frobnicate"/);
    expect(cmd.code).toBe(2);
    expectOneLineError(geokg(['build', 'x.txt', '--max-articles', 'many', '-o', '-']), /--max-articles takes a whole number/);
  });

  it('a user error shows no stack trace; --debug shows one', () => {
    expectOneLineError(geokg(['build', '/no/such/file.txt', '-o', '-']), /no such file/);
    const r = geokg(['build', '/no/such/file.txt', '-o', '-', '--debug']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(STACK_FRAME);
  });

  it('stdout closed early (geokg build … -o - | head): one line, no crash', () => {
    const d = tmp();
    // enough output to overflow the pipe's buffer after the reader has gone
    writeFileSync(join(d, 'feed.jsonl'), Array.from({ length: 300 }, (_, i) => JSON.stringify({ id: `a${i}`, text: `${ARTICLE} Report number ${i}.` })).join('\n'));
    const sh = execFileSync('sh', ['-c', `"${process.execPath}" bin/geokg.js build "${d}" -o - 2>"${d}/err" | head -c 10 >/dev/null; cat "${d}/err"`], { encoding: 'utf8' });
    expect(sh).toMatch(/^geokg: stdout was closed before all output was written \(EPIPE\)/);
    expect(sh.trim().split('\n')).toHaveLength(1);
  });
});

describe('a JSON file that is not a geokg graph', () => {
  const notGraphs: [string, string][] = [
    ['not JSON', '{"nodes": ['],
    ['null', 'null'],
    ['an array', '[1, 2]'],
    ['a plain object', '{"a": 1}'],
    ['nodes not an array', '{"nodes": {}, "edges": []}'],
    ['a node without attributes', '{"nodes": [{"key": "a"}], "edges": []}'],
    ['a null node', '{"nodes": [null], "edges": []}'],
    ['an unknown entity type', '{"nodes": [{"key": "a", "attributes": {"label": "A", "type": "ALIEN"}}], "edges": []}'],
    ['an edge to a missing node', '{"nodes": [{"key": "a", "attributes": {"label": "A", "type": "PERSON"}}], "edges": [{"source": "a", "target": "b", "attributes": {"predicate": "MEETS"}}]}'],
    ['an unknown predicate', '{"nodes": [{"key": "a", "attributes": {"label": "A", "type": "PERSON"}}, {"key": "b", "attributes": {"label": "B", "type": "PERSON"}}], "edges": [{"source": "a", "target": "b", "attributes": {"predicate": "LIKES"}}]}'],
    ['a duplicate node', '{"nodes": [{"key": "a", "attributes": {"label": "A", "type": "PERSON"}}, {"key": "a", "attributes": {"label": "A", "type": "PERSON"}}], "edges": []}'],
    ['deep nesting', `${'['.repeat(100_000)}${']'.repeat(100_000)}`],
  ];
  it('a command that reads a graph: one-line error', () => {
    const d = tmp();
    writeFileSync(join(d, 'articles.json'), '[{"id": "a", "text": "Not a graph."}]');
    expectOneLineError(geokg(['stats', join(d, 'articles.json')]), /articles\.json: not a geokg graph/);
  });

  it.each(notGraphs)('%s: a one-line GeokgError', (_, text) => {
    let error: unknown;
    try {
      fromJson(text, 'given.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GeokgError);
    expect((error as Error).message).toMatch(/^given\.json: /);
    expect((error as Error).message).not.toContain('\n');
  });
});

describe('interrupted and failed runs', () => {
  it('a build that fails leaves the previous output intact', () => {
    const d = tmp();
    const out = join(d, 'out.json');
    writeFileSync(join(d, 'good.txt'), ARTICLE);
    expect(geokg(['build', join(d, 'good.txt'), '-o', out]).code).toBe(0);
    const before = readFileSync(out, 'utf8');
    writeFileSync(join(d, 'bad.jsonl'), '{oops\n');
    expect(geokg(['build', join(d, 'bad.jsonl'), '-o', out]).code).not.toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(before);
    expect(geokg(['build', '/no/such/input', '-o', out]).code).not.toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(before);
  });

  it('an output that cannot be written: one-line error, nothing left behind', () => {
    const d = tmp();
    writeFileSync(join(d, 'good.txt'), ARTICLE);
    expectOneLineError(geokg(['build', join(d, 'good.txt'), '-o', join(d, 'no-such-folder', 'out.json')]), /cannot write .*out\.json \(ENOENT\)/);
    mkdirSync(join(d, 'taken'));
    expectOneLineError(geokg(['build', join(d, 'good.txt'), '-o', join(d, 'taken')]), /cannot write/);
    expect(readdirSync(d).sort()).toEqual(['good.txt', 'taken']);
    expect(readdirSync(join(d, 'taken'))).toEqual([]);
  });
});
