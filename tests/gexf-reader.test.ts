// The streaming GEXF reader (saxes) gives what graphology-gexf's DOM parser gives, whatever the chunking,
// and still refuses a DOCTYPE; the streaming JSON reader gives what JSON.parse gives.
import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import GraphModule from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { syntheticGraph } from '../bench/synthetic.ts';
import { fromGexf, fromJson, toGexf, toJson } from '../src/export/index.ts';
import { fromJsonChunks } from '../src/export/json.ts';
import { readGexfChunks } from '../src/export/gexf-reader.ts';
import { loadGraph } from '../src/query/load.ts';
import { defaultExport } from '../src/util/interop.ts';
import { FIXTURE } from './export-helpers.ts';

const Graph = defaultExport(GraphModule);
const pieces = (s: string, n: number) => Array.from({ length: Math.ceil(s.length / n) }, (_, i) => s.slice(i * n, (i + 1) * n));
const documents: [string, string][] = [
  ['the fixture, GEXF 1.3', toGexf(loadGraph(FIXTURE))],
  ['the fixture, GEXF 1.2', toGexf(loadGraph(FIXTURE), '1.2')],
  ['a synthetic graph', toGexf(syntheticGraph({ nodes: 120, edges: 400, evidence: true }))],
];

describe.each(documents)('reading %s', (_name, xml) => {
  it('gives graphology-gexf’s nodes, edges, attributes and meta', () => {
    const dom = parseGexf(Graph, new DOMParser().parseFromString(xml, 'application/xml') as unknown as Document, { allowUndeclaredAttributes: true });
    const sax = readGexfChunks([xml], 'g.gexf');
    expect(sax.nodes.map((n) => [n.key, n.attributes])).toEqual(dom.mapNodes((k, a) => [k, a]));
    expect(sax.edges.map((e) => [e.key, e.source, e.target, e.attributes])).toEqual(dom.mapEdges((k, a, s, t) => [k, s, t, a]));
    expect(sax.meta).toEqual(dom.getAttributes());
  });

  it('gives the same graph whatever the chunk size', () => {
    const whole = toJson(fromGexf(xml, 'g.gexf'));
    for (const n of [1, 7, 4096]) expect(toJson(fromGexf(pieces(xml, n), 'g.gexf'))).toBe(whole);
  });
});

describe('unsafe or foreign XML', () => {
  it('refuses a DOCTYPE with its entities, in one line', () => {
    const bomb = '<?xml version="1.0"?><!DOCTYPE gexf [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]><gexf><graph>&b;</graph></gexf>';
    expect(() => fromGexf(pieces(bomb, 5), 'bomb.gexf')).toThrow(/bomb\.gexf: XML with a DOCTYPE declaration is refused/);
  });

  it('names a document that is not GEXF, or not well-formed', () => {
    expect(() => fromGexf('<graphml><graph/></graphml>', 'x.gexf')).toThrow(/x\.gexf: not a GEXF file \(root element <graphml>\)/);
    expect(() => fromGexf('<gexf><meta/></gexf>', 'x.gexf')).toThrow(/no <graph> element/);
    expect(() => fromGexf('<gexf><graph><nodes></graph></gexf>', 'x.gexf')).toThrow(/x\.gexf: not well-formed XML/);
  });
});

describe('JSON read as it streams (files above STREAM_JSON_BYTES)', () => {
  const text = readFileSync(FIXTURE, 'utf8');

  it('gives the graph JSON.parse gives, whatever the chunking', () => {
    const whole = toJson(fromJson(text, 'g.json'));
    for (const n of [1, 13, 4096]) expect(toJson(fromJsonChunks(pieces(text, n), 'g.json'))).toBe(whole);
  });

  it('names the file when it is not JSON or not a geokg graph', () => {
    expect(() => fromJsonChunks(pieces('{"nodes": [', 3), 'bad.json')).toThrow(/^bad\.json: not JSON/);
    expect(() => fromJsonChunks(['{"a": 1}'], 'other.json')).toThrow(/other\.json: not a geokg graph/);
  });
});

describe('GEXF 1.2', () => {
  it('has 1.2draft namespaces, no edge kind, a z for every position, and reads back to the same graph', () => {
    const g = loadGraph(FIXTURE);
    const xml = toGexf(g, '1.2');
    expect(xml).toContain('<gexf version="1.2" xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz">');
    expect(xml).not.toMatch(/ kind=/);
    expect(xml.match(/<viz:position [^>]*\/>/g)!.every((p) => / z="0"/.test(p))).toBe(true);
    expect(toJson(fromGexf(xml, 'g.gexf'))).toBe(toJson(fromGexf(toGexf(g), 'g.gexf')));
  });
});
