// Reading graphs back: geokg JSON and GEXF are accepted, anything else gets a clear one-line error,
// and XML with a DTD (the way entity-expansion bombs and external entities get in) is refused unparsed.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toGexf } from '../src/export/gexf.ts';
import { loadGraph, parseGraph } from '../src/query/load.ts';
import { GeokgError } from '../src/util/errors.ts';
import { FIXTURE, run } from './export-helpers.ts';

const LAUGHS = [
  '<?xml version="1.0"?>',
  '<!DOCTYPE gexf [',
  '  <!ENTITY lol "lol">',
  ...Array.from({ length: 9 }, (_, i) => `  <!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`),
  ']>',
  '<gexf xmlns="http://gexf.net/1.3" version="1.3"><meta><description>&lol9;</description></meta>',
  '<graph defaultedgetype="directed"><nodes/><edges/></graph></gexf>',
].join('\n');

const EXTERNAL = '<?xml version="1.0"?><!DOCTYPE gexf [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><gexf version="1.3"><graph><nodes><node id="&xxe;"/></nodes></graph></gexf>';

const GEXF_NOT_GEOKG = '<?xml version="1.0" encoding="UTF-8"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed"><nodes><node id="a" label="A"/><node id="b" label="B"/></nodes><edges><edge id="e" source="a" target="b"/></edges></graph></gexf>';

const notGraphs: [string, string][] = [
  ['an entity-expansion bomb (billion laughs)', LAUGHS],
  ['an external entity', EXTERNAL],
  ['a GEXF graph that is not geokg’s (no types, no predicates)', GEXF_NOT_GEOKG],
  ['a GEXF file without a graph', '<gexf version="1.3"></gexf>'],
  ['malformed XML', '<gexf version="1.3"><graph <<< ></gexf>'],
  ['GraphML', '<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed"/></graphml>'],
  ['JSON that is not a graph', '{"a": 1}'],
  ['a graphology graph that is not geokg’s', '{"nodes": [{"key": "a", "attributes": {"label": "A"}}], "edges": []}'],
  ['plain text', 'Vladimir Putin visited China.'],
  ['an empty file', '\n'],
  ['a binary file', 'PK\u0003\u0004\u0000\u0000'],
];

describe('loading something that is not a geokg graph', () => {
  it.each(notGraphs)('%s: a one-line GeokgError naming the file', (_, text) => {
    expect(() => parseGraph(text, 'given.gexf')).toThrow(GeokgError);
    expect(() => parseGraph(text, 'given.gexf')).toThrow(/^given\.gexf: [^\n]+$/);
  });

  it('refuses the bomb and the external entity for their DTD, before any parser sees them', () => {
    for (const text of [LAUGHS, EXTERNAL]) expect(() => parseGraph(text, 'x.gexf')).toThrow(/DOCTYPE declaration is refused/);
  });

  it('says why a foreign GEXF is refused', () => {
    expect(() => parseGraph(GEXF_NOT_GEOKG, 'x.gexf')).toThrow(/not a geokg entity/);
  });

  it('CLI: every graph command refuses the bomb with one line on stderr and a non-zero exit', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'geokg-import-')), 'bomb.gexf');
    writeFileSync(file, LAUGHS);
    for (const args of [['query', file], ['path', file, 'a', 'b'], ['stats', file], ['dyad', file, 'a', 'b'], ['export', file, '-o', `${file}.json`]]) {
      const r = await run(args);
      expect(r.code, args[0]).not.toBe(0);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/DOCTYPE declaration is refused/);
    }
  });

  it('CLI: a missing or unreadable path is a one-line error', async () => {
    const r = await run(['stats', '/no/such/graph.json']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toBe('geokg load: /no/such/graph.json: no such file\n');
    const dir = await run(['stats', tmpdir()]);
    expect(dir.stderr).toMatch(/is a folder/);
  });
});

describe('loading geokg graphs', () => {
  it('tells JSON from GEXF by content, whatever the extension', () => {
    const d = mkdtempSync(join(tmpdir(), 'geokg-import-'));
    const misnamed = join(d, 'graph.json');
    writeFileSync(misnamed, toGexf(loadGraph(FIXTURE)));
    expect(loadGraph(misnamed).size).toBe(loadGraph(FIXTURE).size);
  });

  it('accepts a byte-order mark', () => {
    const text = `\uFEFF${toGexf(loadGraph(FIXTURE))}`;
    expect(parseGraph(text, 'bom.gexf').order).toBe(10);
  });
});
