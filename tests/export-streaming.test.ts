// The streaming writers give the bytes the string writers gave before streaming (hashes taken from the
// pre-streaming writers on these two graphs), whether collected or streamed into a file; GEXF alone changed
// on purpose (r/g/b colours), and its bytes are checked against the hex document with only colours differing.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticGraph } from '../bench/synthetic.ts';
import { csvFolderFiles, exportGraph, writeExport, writeFolderAtomic } from '../src/export/index.ts';
import { loadGraph } from '../src/query/load.ts';
import { writeStreamAtomic } from '../src/util/atomic.ts';
import { FIXTURE } from './export-helpers.ts';

const sha = (s: string | Buffer) => createHash('sha256').update(s).digest('hex').slice(0, 16);
const GRAPHS = { fixture: () => loadGraph(FIXTURE), synth: () => syntheticGraph({ nodes: 300, edges: 1200, evidence: true }) };
// sha256 prefixes of the pre-streaming writers' output (commit 06c84e9)
const BEFORE: Record<keyof typeof GRAPHS, Record<string, string>> = {
  fixture: { json: '11056a2181d5149f', graphml: 'c84b7db6783eff65', ttl: 'ea9907f30f6ecae6', nt: '5571c95deecc29a0', 'nodes.csv': '35801fd6540ef7f8', 'edges.csv': 'f17e67d2a032fb0e', gexf: 'e8edcd961052cefb' },
  synth: { json: 'cfa0dfdbaa981423', graphml: 'ee86a7bca4e75283', ttl: '7cfe7fc9c2f15c5f', nt: '88f0fedc6a62840c', 'nodes.csv': '0268742887868048', 'edges.csv': 'e874a2c17197d1a4', gexf: 'ecfee1cd2b725128' },
};
const toHex = (xml: string) => xml.replace(/<viz:color r="(\d+)" g="(\d+)" b="(\d+)"\/>/g, (_m, ...c: string[]) =>
  `<viz:color hex="#${c.slice(0, 3).map((v) => Number(v).toString(16).padStart(2, '0')).join('')}"/>`);

describe.each(Object.keys(GRAPHS) as (keyof typeof GRAPHS)[])('streamed exports of the %s graph', (name) => {
  const graph = GRAPHS[name]();
  const dir = mkdtempSync(join(tmpdir(), 'geokg-stream-'));

  it.each(['json', 'graphml', 'ttl', 'nt'] as const)('%s: the same bytes as before streaming, in memory and in a file', async (format) => {
    expect(sha((exportGraph(graph, format) as { data: string }).data)).toBe(BEFORE[name][format]);
    const file = join(dir, `g.${format}`);
    await writeStreamAtomic(file, (out) => writeExport(graph, format, out));
    expect(sha(readFileSync(file))).toBe(BEFORE[name][format]);
  });

  it('csv: the same two files as before', async () => {
    await writeFolderAtomic(join(dir, 'csv'), csvFolderFiles(graph));
    for (const f of ['nodes.csv', 'edges.csv']) expect(sha(readFileSync(join(dir, 'csv', f)))).toBe(BEFORE[name][f]);
  });

  it('gexf: the document of before but for r/g/b colours in place of hex', async () => {
    const file = join(dir, 'g.gexf');
    await writeStreamAtomic(file, (out) => writeExport(graph, 'gexf', out));
    const xml = readFileSync(file, 'utf8');
    expect(xml).not.toContain('hex=');
    expect(sha(toHex(xml))).toBe(BEFORE[name].gexf);
  });
});

describe('deeply nested attributes (issue 17 case 13)', () => {
  it('export in every format without overflowing the stack', async () => {
    let nested = '"bottom"';
    for (let i = 0; i < 100_000; i++) nested = `{"level":${nested}}`;
    const text = `{"attributes":{},"edges":[],"nodes":[{"attributes":{"aliases":[],"deep":${nested},"label":"Deep","mentions":[],"type":"OTHER"},"key":"other:deep"}],"options":{"allowSelfLoops":false,"multi":true,"type":"directed"}}\n`;
    const dir = mkdtempSync(join(tmpdir(), 'geokg-deep-'));
    const input = join(dir, 'deep.json');
    await writeStreamAtomic(input, async (out) => void out.write(text));
    const graph = loadGraph(input);
    for (const format of ['json', 'graphml', 'gexf', 'ttl', 'nt'] as const) {
      const file = join(dir, `g.${format}`);
      await writeStreamAtomic(file, (out) => writeExport(graph, format, out));
      expect(readFileSync(file, 'utf8')).toContain('bottom');
    }
    expect(JSON.parse(readFileSync(join(dir, 'g.json'), 'utf8')).nodes[0].attributes.label).toBe('Deep');
    await writeFolderAtomic(join(dir, 'csv'), csvFolderFiles(graph));
  });
});
