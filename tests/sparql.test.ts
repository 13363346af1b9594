// SPARQL through oxigraph over the graph's RDF: the README's three example queries, run as written, each
// checked against `geokg query --json` on a hand-made graph whose sentences are written for this test.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromSerialized, toJson } from '../src/export/json.ts';
import { loadGraph } from '../src/query/load.ts';
import { sparql, sparqlEngine, sparqlRows } from '../src/query/sparql.ts';
import { ROOT } from './helpers/cli.ts';
import { run } from './export-helpers.ts';

type Ev = { sentence: string; date?: string; articleDate?: string };
const node = (key: string, label: string, type: string) => ({ key, attributes: { label, type, aliases: [], mentions: [] } });
const edge = (source: string, predicate: string, target: string, evidence: Ev[], negated = false) => ({
  source, target, attributes: { predicate, negated, confidence: 0.9, evidence: evidence.map((e, i) => ({ article: `t${i}`, sentenceIndex: 0, start: 0, end: 5, subjectText: 'x', objectText: 'y', ...e })) },
});

const GRAPH = fromSerialized({
  nodes: [node('person:vladimir-putin', 'Vladimir Putin', 'PERSON'), node('country:CHN', 'China', 'COUNTRY'), node('country:KAZ', 'Kazakhstan', 'COUNTRY'),
    node('country:TKM', 'Turkmenistan', 'COUNTRY'), node('country:USA', 'United States', 'COUNTRY'), node('country:RUS', 'Russia', 'COUNTRY'),
    node('organization:wto', 'World Trade Organization', 'ORGANIZATION')],
  edges: [
    edge('person:vladimir-putin', 'VISITED', 'country:CHN', [{ sentence: 'The Russian leader flew to Beijing for a two-day stay.', articleDate: '2024-01-10' }, { sentence: 'He was back in Beijing by early March.', date: '2024-03-02', articleDate: '2024-03-04' }]),
    edge('person:vladimir-putin', 'VISITED', 'country:KAZ', [{ sentence: 'Putin landed in Astana on a cold morning.', articleDate: '2024-02-05' }]),
    edge('person:vladimir-putin', 'VISITED', 'country:TKM', [{ sentence: 'Putin did not travel to Ashgabat, officials said.', articleDate: '2024-02-07' }], true),
    edge('country:TKM', 'MEMBER_OF', 'organization:wto', [{ sentence: 'Turkmenistan is not a member of the trade body.', articleDate: '2024-02-08' }], true),
    edge('country:USA', 'SANCTIONED', 'country:RUS', [{ sentence: 'Washington froze the assets of three Russian banks.', date: '2024-01-15', articleDate: '2024-01-16' }, { sentence: 'A second round of penalties followed.', articleDate: '2024-02-20' }]),
    edge('country:RUS', 'CRITICIZED', 'country:USA', [{ sentence: 'Moscow called the measures theft.', articleDate: '2024-02-21' }]),
    edge('country:USA', 'NEGOTIATED_WITH', 'country:RUS', [{ sentence: 'Envoys of both capitals talked for six hours in Riyadh.', articleDate: '2024-03-03' }]),
    edge('country:RUS', 'ACCUSED', 'country:USA', [{ sentence: 'Moscow did not accuse Washington of sabotage.', articleDate: '2024-03-04' }], true),
  ],
});
const FILE = join(mkdtempSync(join(tmpdir(), 'geokg-sparql-')), 'g.json');
writeFileSync(FILE, toJson(GRAPH));
const g = loadGraph(FILE);

const README_QUERIES = [...readFileSync(join(ROOT, 'README.md'), 'utf8').matchAll(/```sparql\n([\s\S]*?)```/g)].map((m) => m[1]!);
type Row = { subject: { key: string; label: string }; predicate: string; object: { key: string; label: string }; negated: boolean; score: number; evidence: Ev[] };
const queryJson = async (...args: string[]): Promise<Row[]> => {
  const r = await run(['query', FILE, ...args, '--json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
};

describe('the README SPARQL examples', () => {
  it('there are three', () => expect(README_QUERIES).toHaveLength(3));

  it('who an entity visited matches query --subject … --predicate VISITED', async () => {
    const places = sparqlRows(g, README_QUERIES[0]!).map((r) => r.place);
    const expected = [...new Set((await queryJson('--subject', 'Vladimir Putin', '--predicate', 'VISITED')).map((r) => r.object.label))].sort();
    expect(places).toEqual(expected);
    expect(places).toEqual(['China', 'Kazakhstan']); // the denied visit to Turkmenistan is no visit
  });

  it('every denied relation with its sentence matches query --negated', async () => {
    const rows = sparqlRows(g, README_QUERIES[1]!);
    const expected = (await queryJson('--negated')).flatMap((r) => r.evidence.map((e) => ({ subject: r.subject.label, predicate: r.predicate, object: r.object.label, sentence: e.sentence })));
    const order = (xs: Record<string, string>[]) => xs.map((x) => JSON.stringify([x.subject, x.predicate, x.object, x.sentence])).sort();
    expect(order(rows)).toEqual(order(expected));
    expect(rows).toHaveLength(3);
  });

  it('the cooperation balance by month matches query --entity … --asserted, and sums to the dyad balance', async () => {
    const rows = sparqlRows(g, README_QUERIES[2]!).map((r) => ({ month: r.month, balance: Number(r.balance), events: Number(r.events) }));
    const byMonth = new Map<string, { balance: number; events: number }>();
    for (const r of await queryJson('--entity', 'United States', '--asserted')) {
      if (![r.subject.key, r.object.key].includes('country:RUS')) continue;
      for (const e of r.evidence) {
        const m = (e.date ?? e.articleDate)!.slice(0, 7);
        const cur = byMonth.get(m) ?? { balance: 0, events: 0 };
        byMonth.set(m, { balance: cur.balance + r.score, events: cur.events + 1 });
      }
    }
    expect(rows).toEqual([...byMonth].sort(([a], [b]) => (a < b ? -1 : 1)).map(([month, v]) => ({ month, ...v })));
    expect(rows.map((r) => r.month)).toEqual(['2024-01', '2024-02', '2024-03']);
    const dyad = JSON.parse((await run(['dyad', FILE, 'United States', 'Russia', '--json'])).stdout);
    expect(rows.reduce((s, r) => s + r.balance, 0)).toBeCloseTo(dyad.balance, 6);
  });
});

describe('geokg sparql', () => {
  it('prints the SPARQL results formats: json, csv and tsv', async () => {
    const q = 'PREFIX geokg: <https://geokg.dev/ontology#> SELECT (COUNT(?r) AS ?n) WHERE { ?r a geokg:Relation }';
    const json = await run(['sparql', FILE, q]);
    expect(JSON.parse(json.stdout).results.bindings[0].n.value).toBe(String(g.size));
    expect((await run(['sparql', FILE, q, '--format', 'csv'])).stdout).toBe(`n\r\n${g.size}\r\n`);
    expect((await run(['sparql', FILE, q, '-f', 'tsv'])).stdout).toMatch(new RegExp(`^\\?n\\n"?${g.size}`));
  });

  it('loads exactly the triples of --format ttl', async () => {
    const ttl = join(mkdtempSync(join(tmpdir(), 'geokg-sparql-')), 'g.ttl');
    expect((await run(['export', FILE, '-o', ttl])).code).toBe(0);
    const nt = sparql(g, 'CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }');
    expect(nt.trim().split('\n').length).toBe(sparqlEngine(g).size);
    const { Store } = await import('oxigraph');
    const store = new Store();
    store.load(readFileSync(ttl, 'utf8'), { format: 'text/turtle' });
    expect(store.size).toBe(sparqlEngine(g).size);
  });

  it('a query that does not parse is a one-line error', async () => {
    const r = await run(['sparql', FILE, 'SELEC ?x WHERE {}']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^geokg sparql: the query does not run: /);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
