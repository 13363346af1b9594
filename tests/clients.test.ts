// geokg's exports read by the clients people use: networkx (3.x for GEXF 1.3 and GraphML; Debian's 2.8 for
// --gexf-version 1.2), rapper (raptor2) for Turtle and N-Triples, and the official grammars through xmllint.
// A client that is not installed skips its test with the package to install (.ci/run installs them all).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticGraph } from '../bench/synthetic.ts';
import { toJson } from '../src/export/json.ts';
import { SHARED } from './helpers/cli.ts';
import { gexfErrors, HAS_XMLLINT, run } from './export-helpers.ts';

const NX_SCRIPT = `
import sys, networkx as nx
kind, path = sys.argv[1], sys.argv[2]
g = nx.read_gexf(path) if kind == 'gexf' else nx.read_graphml(path)
print(g.number_of_nodes(), g.number_of_edges())
`;

/** The networkx major version a python has, or 0. */
function networkxMajor(python: string): number {
  const r = spawnSync(python, ['-c', 'import networkx; print(networkx.__version__)'], { encoding: 'utf8' });
  return r.status === 0 ? Number(r.stdout.trim().split('.')[0]) : 0;
}
// the python on PATH (CI's image: networkx 3.x), then Debian's (python3-networkx, 2.8 on bookworm)
const PYTHONS = [...new Set(['python3', '/usr/bin/python3'])].filter((p) => networkxMajor(p) > 0);
const NX3 = PYTHONS.find((p) => networkxMajor(p) >= 3);
const NX2 = PYTHONS.find((p) => networkxMajor(p) === 2);
const HAS_RAPPER = spawnSync('rapper', ['--version']).status === 0;
// The official repository's 1.2 RELAX NG includes a viz.rng it does not ship, and its generated XSDs put the viz
// elements in the wrong namespace (as ../shared/schemas/README.md says of 1.3's); so the test runs once a complete
// 1.2 grammar is laid in ../shared/schemas/gexf-1.2, and meanwhile networkx 2.8 above is the 1.2 check.
const GEXF12_RNG = `${SHARED}schemas/gexf-1.2/gexf.rng`;

// a graph with parallel edges (two predicates between one pair), denials and evidence
const graph = syntheticGraph({ nodes: 150, edges: 600, evidence: true });
const dir = mkdtempSync(join(tmpdir(), 'geokg-clients-'));
const input = join(dir, 'g.json');
writeFileSync(input, toJson(graph));
const exported = async (name: string, ...args: string[]) => {
  const out = join(dir, name);
  const r = await run(['export', input, '-o', out, ...args]);
  expect(r.code, r.stderr).toBe(0);
  return out;
};
const readWith = (python: string, kind: string, file: string) => {
  const r = spawnSync(python, ['-c', NX_SCRIPT, kind, file], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.trim();
};

describe('networkx', () => {
  it('3.x reads the GEXF 1.3 and the GraphML with every node and edge', async (ctx) => {
    if (!NX3) ctx.skip('no python with networkx 3 (pip install networkx)');
    expect(readWith(NX3!, 'gexf', await exported('g.gexf'))).toBe(`${graph.order} ${graph.size}`);
    expect(readWith(NX3!, 'graphml', await exported('g.graphml'))).toBe(`${graph.order} ${graph.size}`);
  });

  it('2.8 (Debian) reads --gexf-version 1.2 and the GraphML with every node and edge', async (ctx) => {
    if (!NX2) ctx.skip('no python with networkx 2 (apt-get install python3-networkx)');
    expect(readWith(NX2!, 'gexf', await exported('g12.gexf', '--gexf-version', '1.2'))).toBe(`${graph.order} ${graph.size}`);
    expect(readWith(NX2!, 'graphml', await exported('g2.graphml'))).toBe(`${graph.order} ${graph.size}`);
  });
});

// rapper is absent: apt-get install raptor2-utils
describe.skipIf(!HAS_RAPPER)('rapper (raptor2)', () => {
  it.each([['ttl', 'turtle'], ['nt', 'ntriples']])('parses the %s export, the same triples either way', async (ext, syntax) => {
    const r = spawnSync('rapper', ['-c', '-i', syntax, await exported(`g.${ext}`)], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const count = Number(/returned (\d+) triples/.exec(r.stderr)?.[1]);
    expect(count).toBeGreaterThan(graph.size * 5);
    const other = spawnSync('rapper', ['-c', '-i', syntax === 'turtle' ? 'ntriples' : 'turtle', await exported(`other.${ext === 'ttl' ? 'nt' : 'ttl'}`)], { encoding: 'utf8' });
    expect(Number(/returned (\d+) triples/.exec(other.stderr)?.[1])).toBe(count);
  });
});

describe('the official GEXF grammars', () => {
  it('1.3 (RELAX NG) still passes', async (ctx) => {
    if (!HAS_XMLLINT) ctx.skip('xmllint is absent: apt-get install libxml2-utils');
    expect(gexfErrors(await exported('v.gexf'))).toBe('');
  });

  it('1.2 (RELAX NG, from ../shared/schemas/gexf-1.2 when present)', async (ctx) => {
    if (!HAS_XMLLINT || !existsSync(GEXF12_RNG)) ctx.skip(`the GEXF 1.2 grammar is not at ${GEXF12_RNG}`);
    const r = spawnSync('xmllint', ['--noout', '--relaxng', GEXF12_RNG, await exported('v12.gexf', '--gexf-version', '1.2')], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
  });
});
