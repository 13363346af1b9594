// Each export format, read back by the tool or library that format's users rely on.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import Graph from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import N3 from 'n3';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportGraph, fromGexf, toCsv, toGexf, toGraphml, toJson, toRdf } from '../src/export/index.ts';
import { loadGraph } from '../src/query/load.ts';
import { geokg, ROOT } from './helpers/cli.ts';
import { FIXTURE, gexfErrors, HAS_XMLLINT, NO_XMLLINT, run } from './export-helpers.ts';

const graph = () => loadGraph(FIXTURE);
const tmp = () => mkdtempSync(join(tmpdir(), 'geokg-export-'));

describe('GEXF 1.3', () => {
  const xml = toGexf(graph());

  it('is valid against the official grammar (xmllint --relaxng)', (ctx) => {
    if (!HAS_XMLLINT) ctx.skip(NO_XMLLINT);
    const file = join(tmp(), 'g.gexf');
    writeFileSync(file, xml);
    expect(gexfErrors(file)).toBe('');
  });

  it('fixes graphology-gexf’s known defects: 1.3 namespaces, no xsi:schemaLocation, no [object Object]', () => {
    expect(xml).toContain('<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz">');
    expect(xml).not.toContain('schemaLocation');
    expect(xml).not.toContain('1.1draft');
    expect(xml).not.toContain('[object Object]');
  });

  it('carries types, predicates, CAMEO, scores, negation and evidence as attributes', () => {
    for (const id of ['type', 'kind', 'aliases', 'mentions', 'qid', 'predicate', 'cameo', 'score', 'negated', 'evidence', 'count'])
      expect(xml).toMatch(new RegExp(`<attribute id="${id}" title="${id}" type="\\w+"/>`));
    expect(xml).toContain('<attribute id="negated" title="negated" type="boolean"/>');
    expect(xml).toContain('<attvalue for="predicate" value="ISSUED_WARRANT_FOR"/>');
    expect(xml).toContain('<attvalue for="cameo" value="173"/>');
    expect(xml).toContain('issued an arrest warrant for Putin');
  });

  it('carries colours, sizes and positions for every node, and styled edges, so Gephi opens it ready to use', () => {
    const nodes = xml.match(/<node /g)!.length;
    expect(nodes).toBe(10);
    expect(xml.match(/<viz:position x="-?[\d.]+" y="-?[\d.]+"\/>/g)).toHaveLength(nodes);
    expect(xml.match(/<viz:size value="[\d.]+"\/>/g)).toHaveLength(nodes);
    expect(xml).toContain('<viz:color r="225" g="87" b="89"/>'); // a PERSON, #e15759 (r/g/b: networkx cannot read hex)
    expect(xml).toMatch(/label="NOT MEMBER_OF"[^>]*>[\s\S]*?<viz:shape value="dashed"\/>/);
  });

  it('is deterministic, layout included', () => {
    expect(toGexf(graph())).toBe(xml);
  });

  it('reads back with predicates, negation and evidence', () => {
    const back = fromGexf(xml, 'fixture.gexf');
    const g = graph();
    expect(back.order).toBe(g.order);
    expect(back.size).toBe(g.size);
    g.forEachEdge((key, a) => {
      const b = back.getEdgeAttributes(key);
      expect([b.predicate, b.negated, b.cameo, b.score, b.evidence]).toEqual([a.predicate, a.negated, a.cameo, a.score, a.evidence]);
    });
    expect(back.getNodeAttributes('person:vladimir-putin').aliases).toEqual(g.getNodeAttributes('person:vladimir-putin').aliases);
    // the layout comes back too, so writing again gives the same file
    expect(toGexf(back)).toBe(xml);
  });
});

describe('GraphML', () => {
  it('reads back through graphology-graphml with every attribute, objects as JSON strings', () => {
    const xml = toGraphml(graph());
    expect(xml).not.toContain('[object Object]');
    const back = parseGraphml(Graph, xml);
    const g = graph();
    expect([back.order, back.size]).toEqual([g.order, g.size]);
    expect(back.type).toBe('directed');
    const key = 'organization:international-criminal-court|ISSUED_WARRANT_FOR|person:vladimir-putin';
    const e = back.getEdgeAttributes(key);
    expect(e.predicate).toBe('ISSUED_WARRANT_FOR');
    expect(e.negated).toBe(false);
    expect(e.score).toBe(-5);
    expect(JSON.parse(e.evidence)).toEqual(g.getEdgeAttribute(key, 'evidence'));
    const n = back.getNodeAttributes('person:vladimir-putin');
    expect(n.label).toBe('Vladimir Putin');
    expect(JSON.parse(n.aliases)).toEqual(['Putin', 'Russian President Vladimir Putin']);
    expect(typeof n.x).toBe('number');
  });
});

describe('CSV for neo4j-admin import', () => {
  const { nodes, edges } = toCsv(graph());
  const nodeRows = parseCsv(nodes, { columns: true }) as Record<string, string>[];
  const edgeRows = parseCsv(edges, { columns: true }) as Record<string, string>[];

  it('uses neo4j-admin headers with typed properties', () => {
    expect(nodes.split('\n')[0]).toBe('key:ID,label,type,:LABEL,kind,qid,gazetteerId,aliases:string[],mentions');
    expect(edges.split('\n')[0]).toBe(':START_ID,:END_ID,:TYPE,key,negated:boolean,cameo,score:float,confidence:float,count:int,modality,firstSeen,lastSeen,evidence');
  });

  it('parses back row for row, quoting included (commas, quotes and newlines in evidence)', () => {
    const g = graph();
    expect(nodeRows).toHaveLength(g.order);
    expect(edgeRows).toHaveLength(g.size);
    const putin = nodeRows.find((r) => r['key:ID'] === 'person:vladimir-putin')!;
    expect(putin[':LABEL']).toBe('PERSON');
    expect(putin['aliases:string[]'].split(';')).toEqual(['Putin', 'Russian President Vladimir Putin']);
    for (const row of edgeRows) {
      const key = row.key!;
      expect(row[':TYPE']).toBe(g.getEdgeAttribute(key, 'predicate'));
      expect(row['negated:boolean']).toBe(String(g.getEdgeAttribute(key, 'negated')));
      expect(JSON.parse(row.evidence!)).toEqual(g.getEdgeAttribute(key, 'evidence'));
      expect([row[':START_ID'], row[':END_ID']]).toEqual(g.extremities(key));
    }
  });
});

describe('RDF', () => {
  const quads = (text: string, format: string) => new N3.Parser({ format }).parse(text);
  const ttl = quads(toRdf(graph(), 'turtle'), 'text/turtle');
  const nt = quads(toRdf(graph(), 'ntriples'), 'application/n-triples');
  const has = (s: string, p: string, o: string) => ttl.some((q) => q.subject.value === s && q.predicate.value === p && q.object.value === o);
  const G = 'https://geokg.dev/ontology#';
  const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';

  it('Turtle and N-Triples parse (n3) to the same triples', () => {
    const key = (q: N3.Quad) => `${q.subject.id} ${q.predicate.id} ${q.object.id}`;
    expect(new Set(nt.map(key))).toEqual(new Set(ttl.map(key)));
  });

  it('names entities by Wikidata IRIs where the QID is known, geokg IRIs otherwise', () => {
    expect(has('http://www.wikidata.org/entity/Q7747', `${RDF}type`, `${G}Person`)).toBe(true);
    expect(has('http://www.wikidata.org/entity/Q7747', 'http://www.w3.org/2000/01/rdf-schema#label', 'Vladimir Putin')).toBe(true);
    expect(has('https://geokg.dev/entity/person%3Ajoe-biden', `${G}key`, 'person:joe-biden')).toBe(true);
  });

  it('asserts relations, but denied ones only as reified statements with geokg:negated true', () => {
    expect(has('http://www.wikidata.org/entity/Q47488', `${G}ISSUED_WARRANT_FOR`, 'http://www.wikidata.org/entity/Q7747')).toBe(true);
    expect(ttl.some((q) => q.predicate.value === `${G}MEMBER_OF` )).toBe(false);
    const stmt = 'https://geokg.dev/relation/' + encodeURIComponent('country:CHN|NOT_MEMBER_OF|organization:international-criminal-court');
    expect(has(stmt, `${RDF}type`, `${RDF}Statement`)).toBe(true);
    expect(has(stmt, `${RDF}predicate`, `${G}MEMBER_OF`)).toBe(true);
    expect(has(stmt, `${G}negated`, 'true')).toBe(true);
  });

  it('loses no evidence: every sentence, surface text, attribution and date is there', () => {
    graph().forEachEdge((_k, a) => {
      for (const e of a.evidence) {
        for (const v of [e.sentence, e.subjectText, e.objectText, e.article, e.attributedTo, e.date, e.articleDate, e.url].filter(Boolean))
          expect(ttl.some((q) => q.object.termType === 'Literal' && q.object.value === v), String(v)).toBe(true);
      }
    });
    const statements = ttl.filter((q) => q.predicate.value === `${RDF}type` && q.object.value === `${RDF}Statement`);
    expect(statements).toHaveLength(graph().size);
    expect(ttl.filter((q) => q.predicate.value === `${G}evidence`)).toHaveLength(13);
  });
});

describe('every format', () => {
  it('gives the same bytes whatever order the graph was built in', () => {
    const data = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    const shuffled = loadGraph(FIXTURE);
    shuffled.clear();
    // the same graph, nodes and edges inserted in reverse order, lists reversed
    for (const n of [...data.nodes].reverse()) shuffled.addNode(n.key, { ...n.attributes, aliases: [...n.attributes.aliases].reverse(), mentions: [...n.attributes.mentions].reverse() });
    for (const e of [...data.edges].reverse()) shuffled.addDirectedEdgeWithKey(e.key, e.source, e.target, { ...e.attributes, evidence: [...e.attributes.evidence].reverse() });
    for (const f of EXPORT_FORMATS) expect(exportGraph(shuffled, f), f).toEqual(exportGraph(graph(), f));
  });
});

describe('geokg export (CLI)', () => {
  it('writes each format, the CSV as a folder, replacing only an older CSV export', async () => {
    const d = tmp();
    for (const f of ['json', 'gexf', 'graphml', 'ttl', 'nt']) {
      const r = await run(['export', FIXTURE, '--format', f, '-o', join(d, `g.${f}`)]);
      expect(r.code, r.stderr).toBe(0);
    }
    expect(readFileSync(join(d, 'g.json'), 'utf8')).toBe(toJson(graph()));
    const out = join(d, 'neo4j');
    expect((await run(['export', join(d, 'g.gexf'), '--format', 'csv', '-o', out])).code).toBe(0);
    const first = readFileSync(join(out, 'edges.csv'), 'utf8');
    const r = await run(['export', join(d, 'g.json'), '--format', 'csv', '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['edges.csv', 'nodes.csv']);
    expect(readFileSync(join(out, 'edges.csv'), 'utf8')).toBe(first);
    expect(readdirSync(d).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('reads GEXF as input and infers the format from the extension (real binary)', () => {
    const d = tmp();
    expect(geokg(['export', FIXTURE, '-o', join(d, 'g.gexf')]).code).toBe(0);
    const r = geokg(['export', join(d, 'g.gexf'), '-o', join(d, 'back.json')]);
    expect(r.code, r.stderr).toBe(0);
    const back = loadGraph(join(d, 'back.json'));
    expect(back.size).toBe(graph().size);
  });

  it('refuses an unknown format, a missing -o and CSV to stdout with one-line errors', async () => {
    for (const args of [['--format', 'xlsx', '-o', 'x'], ['--format', 'gexf'], ['--format', 'csv', '-o', '-']]) {
      const r = await run(['export', FIXTURE, ...args]);
      expect(r.code).not.toBe(0);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^geokg export: /);
    }
    expect(existsSync(join(ROOT, 'x'))).toBe(false);
  });
});
