// The query API on a small hand-made graph (tests/fixtures/geopolitics.json), and the CLI commands over it.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  allSimplePaths, centrality, closestEntities, communities, dyad, ego, findEntity, loadGraph, neighbors, relations,
  resolveEntity, shortestPath, stats,
} from '../src/index.ts';
import { toJson } from '../src/export/json.ts';
import { GeokgError } from '../src/util/errors.ts';
import { FIXTURE, run } from './export-helpers.ts';

const g = loadGraph(FIXTURE);
const labels = (xs: { label: string }[]) => xs.map((x) => x.label);

describe('findEntity', () => {
  it('finds an entity by key, label or any alias, whatever the case, accents or a leading "the"', () => {
    for (const name of ['person:vladimir-putin', 'Vladimir Putin', 'putin', 'PUTIN', 'Russian President Vladimir Putin', 'Putin’s'])
      expect(findEntity(g, name), name).toBe('person:vladimir-putin');
    expect(findEntity(g, 'the ICC')).toBe('organization:international-criminal-court');
    expect(findEntity(g, 'U.S.')).toBe('country:USA');
    expect(findEntity(g, 'Jinping')).toBe('person:xi-jinping');
    expect(findEntity(g, 'Narnia')).toBeUndefined();
    // a title's first word is not a name: it only suggests
    expect(() => findEntity(g, 'Russian')).toThrow(/"Russian" could be Vladimir Putin \(PERSON/);
    expect(findEntity(g, 'Criminal Court')).toBe('organization:international-criminal-court');
  });

  it('names the closest matches for an unknown entity', () => {
    expect(closestEntities(g, 'Putn')).toEqual(['Vladimir Putin']);
    expect(closestEntities(g, 'Kyrgystan')[0]).toBe('Kyrgyzstan');
    expect(() => resolveEntity(g, 'Kyrgystan')).toThrow(/no entity "Kyrgystan" in the graph; closest: "Kyrgyzstan"/);
    expect(() => resolveEntity(g, 'Kyrgystan')).toThrow(GeokgError);
  });
});

describe('relations', () => {
  it('filters by subject, predicate and object, found by alias', () => {
    const r = relations(g, { subject: 'the ICC', predicate: 'ISSUED_WARRANT_FOR', object: 'Putin' });
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ subject: { label: 'International Criminal Court', type: 'ORGANIZATION' }, predicate: 'ISSUED_WARRANT_FOR', object: { key: 'person:vladimir-putin', label: 'Vladimir Putin' }, negated: false, cameo: '173', score: -5 });
    expect(r[0]!.evidence[0]!.sentence).toMatch(/arrest warrant for Putin/);
  });

  it('matches either end with entity, and reads symmetric predicates both ways', () => {
    expect(relations(g, { entity: 'Putin' }).map((r) => r.predicate).sort()).toEqual(['ATTENDED', 'CRITICIZED', 'ISSUED_WARRANT_FOR', 'LEADER_OF', 'MET_WITH', 'VISITED']);
    expect(relations(g, { subject: 'Putin', predicate: 'met_with' })).toHaveLength(1);
    expect(relations(g, { subject: 'Xi', predicate: 'MET_WITH', object: 'Putin' })).toHaveLength(1);
    expect(relations(g, { subject: 'Putin', predicate: 'ISSUED_WARRANT_FOR' })).toHaveLength(0);
  });

  it('filters by negation', () => {
    const denied = relations(g, { negated: true });
    expect(denied.map((r) => `${r.subject.label} ${r.predicate} ${r.object.label}`)).toEqual([
      'China MEMBER_OF International Criminal Court', 'Kyrgyzstan MEMBER_OF International Criminal Court',
    ]);
    expect(relations(g, { negated: false })).toHaveLength(g.size - 2);
    expect(relations(g, { predicate: 'NOT_MEMBER_OF' })).toEqual(denied);
    expect(relations(g, { predicate: 'MEMBER_OF' })).toEqual([]); // a predicate alone asks what was asserted
    expect(relations(g, { predicate: 'MEMBER_OF', negated: true })).toEqual(denied);
    expect(relations(g, { predicate: 'not member of', negated: false })).toEqual([]);
  });

  it('filters by date, keeping the evidence dated in the window', () => {
    const oct17 = relations(g, { predicate: 'VISITED', since: '2023-10-17', until: '2023-10-17' });
    expect(oct17).toHaveLength(1);
    expect(oct17[0]!.evidence.map((e) => e.article)).toEqual(['fixture-a']);
    expect(relations(g, { entity: 'Putin', until: '2023-06' }).map((r) => r.predicate)).toEqual(['ISSUED_WARRANT_FOR']);
  });

  it('refuses an unknown predicate or entity', () => {
    expect(() => relations(g, { predicate: 'LIKES' })).toThrow(/unknown predicate "LIKES"/);
    expect(() => relations(g, { entity: 'Narnia' })).toThrow(/no entity "Narnia"/);
  });
});

describe('neighbours and ego subgraph', () => {
  it('lists neighbours to depth k, nearest first, either direction, denied relations left out', () => {
    expect(labels(neighbors(g, 'ICC'))).toEqual(['Vladimir Putin']);
    expect(labels(neighbors(g, 'ICC', { negated: true }))).toEqual(['China', 'Kyrgyzstan', 'Vladimir Putin']);
    const two = neighbors(g, 'Kyrgyzstan', { depth: 2 });
    expect(two.map((n) => [n.label, n.distance])).toEqual([['China', 1], ['Vladimir Putin', 2], ['Xi Jinping', 2]]);
  });

  it('cuts the ego subgraph, keeping every relation among its entities', () => {
    const sub = ego(g, 'Xi Jinping', { radius: 1 });
    expect(sub.nodes().sort()).toEqual(['country:CHN', 'person:vladimir-putin', 'person:xi-jinping']);
    expect(sub.size).toBe(3); // Xi LEADER_OF China, Xi MET_WITH Putin, Putin VISITED China
    expect(toJson(sub)).toBe(toJson(ego(g, 'Xi', { radius: 1 })));
  });
});

describe('paths', () => {
  it('finds the shortest path through relations in either direction, with the relations of each hop', () => {
    const p = shortestPath(g, 'Biden', 'Kyrgyzstan')!;
    expect(labels(p.path)).toEqual(['Joe Biden', 'Vladimir Putin', 'China', 'Kyrgyzstan']);
    expect(p.hops.map((h) => h.map((r) => r.predicate))).toEqual([['CRITICIZED'], ['VISITED'], ['SIGNED_AGREEMENT_WITH']]);
  });

  it('does not connect through denied relations unless asked', () => {
    expect(shortestPath(g, 'ICC', 'Kyrgyzstan')!.path).toHaveLength(4);
    expect(shortestPath(g, 'ICC', 'Kyrgyzstan', { negated: true })!.path).toHaveLength(2);
    expect(shortestPath(g, 'Biden', 'The Hague')).toBeNull();
  });

  it('lists all simple paths up to k links, shortest first', () => {
    const paths = allSimplePaths(g, 'Biden', 'Kyrgyzstan', { maxLength: 4 }).map((p) => labels(p.path).join(' > '));
    expect(paths).toEqual([
      'Joe Biden > Vladimir Putin > China > Kyrgyzstan',
      'Joe Biden > Vladimir Putin > Xi Jinping > China > Kyrgyzstan',
    ]);
    expect(allSimplePaths(g, 'Biden', 'Kyrgyzstan', { maxLength: 2 })).toEqual([]);
  });
});

describe('dyad', () => {
  it('sums a pair’s relations GDELT-style: counts per predicate, balance of scores, first and last dates', () => {
    const d = dyad(g, 'United States', 'Russia');
    expect(d).toMatchObject({ byPredicate: { SANCTIONED: 1 }, cooperation: 0, conflict: -8, balance: -8, aToB: 1, bToA: 0, firstSeen: '2023-10-18', lastSeen: '2023-10-18' });
    const putinChina = dyad(g, 'China', 'Putin');
    expect(putinChina).toMatchObject({ byPredicate: { VISITED: 2 }, balance: 3.8, aToB: 0, bToA: 2, firstSeen: '2023-10-17', lastSeen: '2023-10-18' });
  });

  it('counts denied relations apart and leaves them out of the balance', () => {
    expect(dyad(g, 'China', 'ICC')).toMatchObject({ byPredicate: { NOT_MEMBER_OF: 1 }, balance: 0 });
  });
});

describe('centrality and communities', () => {
  it('ranks entities by PageRank, degree and betweenness', () => {
    expect(centrality(g, { top: 2 }).map((e) => e.label)).toEqual(['Vladimir Putin', 'China']);
    expect(centrality(g, { measure: 'degree', top: 1 })[0]).toMatchObject({ label: 'Vladimir Putin', score: 6 });
    expect(centrality(g, { measure: 'betweenness' }).at(-1)!.score).toBe(0);
    expect(() => centrality(g, { measure: 'fame' as never })).toThrow(/unknown measure/);
  });

  it('finds Louvain communities, the same way every time', () => {
    const c = communities(g);
    expect(c).toEqual(communities(loadGraph(FIXTURE)));
    expect(c.count).toBeGreaterThan(1);
    expect(c.communities['country:USA']).toBe(c.communities['person:joe-biden']);
    expect(c.communities['location:the-hague']).not.toBe(c.communities['country:CHN']);
  });

  it('sums a graph up', () => {
    const s = stats(g, { top: 3 });
    expect(s).toMatchObject({ entities: 10, relations: 12, negated: 2, evidence: 13, articles: 2 });
    expect(s.byType).toEqual({ COUNTRY: 4, PERSON: 3, EVENT: 1, LOCATION: 1, ORGANIZATION: 1 });
    expect(s.byPredicate.NOT_MEMBER_OF).toBe(2);
    expect(s.top).toHaveLength(3);
  });
});

describe('CLI', () => {
  it('query --json prints the library relations, ends with key, label and type; --entity matches either end', async () => {
    const r = await run(['query', FIXTURE, '--entity', 'Putin', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const rows = JSON.parse(r.stdout) as { subject: { label: string }; predicate: string; object: { label: string }; negated: boolean; evidence: { sentence: string }[] }[];
    expect(rows).toEqual(JSON.parse(JSON.stringify(relations(g, { entity: 'Putin' }))));
    expect(rows).toHaveLength(6);
    const warrant = rows.find((x) => x.predicate === 'ISSUED_WARRANT_FOR')!;
    expect(warrant).toMatchObject({ subject: { key: 'organization:international-criminal-court', label: 'International Criminal Court', type: 'ORGANIZATION' }, object: { label: 'Vladimir Putin', type: 'PERSON' }, negated: false });
    expect(warrant.evidence[0]!.sentence).toMatch(/arrest warrant/);
  });

  it('query prints relations with labels and evidence as text', async () => {
    const r = await run(['query', FIXTURE, '--subject', 'China', '--negated']);
    expect(r.stdout).toContain('China –NOT MEMBER_OF→ International Criminal Court');
    expect(r.stdout).toContain('“China and Kyrgyzstan are not members of the ICC.”');
  });

  it('path prints the chain, and the library PathResult with --json', async () => {
    const text = await run(['path', FIXTURE, 'Biden', 'Kyrgyzstan']);
    expect(text.stdout.split('\n')[0]).toBe('Joe Biden — Vladimir Putin — China — Kyrgyzstan  (3 links)');
    const json = JSON.parse((await run(['path', FIXTURE, 'Biden', 'Kyrgyzstan', '--json'])).stdout);
    expect(json.path.map((e: { label: string }) => e.label)).toEqual(['Joe Biden', 'Vladimir Putin', 'China', 'Kyrgyzstan']);
    expect(json.hops.flat().map((e: { predicate: string }) => e.predicate)).toEqual(['CRITICIZED', 'VISITED', 'SIGNED_AGREEMENT_WITH']);
    expect(json).toEqual(JSON.parse(JSON.stringify(shortestPath(g, 'Biden', 'Kyrgyzstan'))));
    const all = JSON.parse((await run(['path', FIXTURE, 'Biden', 'Kyrgyzstan', '--all', '--max-length', '4', '--json'])).stdout);
    expect(all).toHaveLength(2);
  });

  it('stats and dyad print their summaries', async () => {
    const s = await run(['stats', FIXTURE]);
    expect(s.stdout).toMatch(/^10 entities, 12 relations \(2 denied\)/);
    expect(s.stdout).toMatch(/2 {2}NOT_MEMBER_OF/);
    const d = await run(['dyad', FIXTURE, 'U.S.', 'Russia']);
    expect(d.stdout).toMatch(/^United States ↔ Russia/);
    expect(d.stdout).toContain('Balance -8 (cooperation +0, conflict -8)');
    expect(JSON.parse((await run(['dyad', FIXTURE, 'U.S.', 'Russia', '--json'])).stdout).balance).toBe(-8);
  });

  it('an unknown entity, a missing path or bad arguments give one-line errors naming what to do', async () => {
    const cases: [string[], RegExp][] = [
      [['query', FIXTURE, '--entity', 'Putn'], /^geokg find: no entity "Putn" in the graph; closest: "Vladimir Putin"$/],
      [['path', FIXTURE, 'Biden', 'The Hague'], /^geokg path: no path between "Biden" and "The Hague"/],
      [['dyad', FIXTURE, 'Biden'], /^geokg dyad: give a graph file and two entities/],
      [['query', FIXTURE, '--predicate', 'LIKES'], /^geokg relations: unknown predicate "LIKES"/],
      [['stats', FIXTURE, '--top', 'many'], /^geokg stats: --top takes a whole number/],
    ];
    for (const [args, re] of cases) {
      const r = await run(args);
      expect(r.code, args.join(' ')).not.toBe(0);
      expect(r.stderr.trim()).toMatch(re);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('every command explains itself', async () => {
    for (const c of ['export', 'query', 'path', 'stats', 'dyad']) expect((await run([c, '--help'])).stdout).toMatch(new RegExp(`^geokg ${c} `));
  });

  it('reads the graph from GEXF just as from JSON', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'geokg-query-')), 'g.gexf');
    expect((await run(['export', FIXTURE, '-o', out])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^<\?xml/);
    const fromGexf = await run(['query', out, '--entity', 'Putin', '--json']);
    expect(fromGexf.stdout).toBe((await run(['query', FIXTURE, '--entity', 'Putin', '--json'])).stdout);
  });
});
