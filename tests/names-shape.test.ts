// Ambiguous and partial names (two Kims), --exact, one result shape for the CLI and the library,
// --predicate asking for asserted relations only, the predicates command, and keys that are also
// names of Object.prototype's members.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toJson } from '../src/export/json.ts';
import { fromSerialized } from '../src/export/json.ts';
import { PREDICATES } from '../src/model/predicates.ts';
import { AmbiguousEntityError, findEntity, matchEntity } from '../src/query/find.ts';
import { dyad, loadGraph, relations, shortestPath, stats } from '../src/query/index.ts';
import { run } from './export-helpers.ts';

const node = (key: string, label: string, type = 'PERSON', aliases: string[] = []) => ({ key, attributes: { label, type, aliases, mentions: [] } });
const edge = (source: string, predicate: string, target: string, negated = false, date = '2024-03-01') => ({
  source, target, attributes: { predicate, negated, confidence: 0.9, evidence: [{ article: 'a1', articleDate: date, sentence: `${source} ${negated ? 'did not' : 'did'} ${predicate} ${target}.`, sentenceIndex: 0, start: 0, end: 10 }] },
});

function twoKims() {
  return fromSerialized({
    nodes: [node('person:kim-jong-un', 'Kim Jong Un'), node('person:kim-yo-jong', 'Kim Yo Jong'), node('country:PRK', 'North Korea', 'COUNTRY'),
      node('country:RUS', 'Russia', 'COUNTRY'), node('person:lee-min', 'Lee Min'), node('person:lee-jun', 'Lee Jun')],
    edges: [edge('person:kim-jong-un', 'LEADER_OF', 'country:PRK'), edge('person:kim-jong-un', 'VISITED', 'country:RUS'),
      edge('person:kim-yo-jong', 'WORKS_FOR', 'country:PRK'), edge('person:kim-jong-un', 'KILLED', 'person:lee-min', true),
      edge('person:kim-jong-un', 'KILLED', 'person:lee-jun'), edge('person:lee-min', 'MET_WITH', 'person:lee-jun'),
      edge('person:lee-min', 'CRITICIZED', 'country:RUS'), edge('person:lee-jun', 'CRITICIZED', 'country:RUS')],
  });
}
const file = (graph: ReturnType<typeof twoKims>) => {
  const f = join(mkdtempSync(join(tmpdir(), 'geokg-names-')), 'g.json');
  writeFileSync(f, toJson(graph));
  return f;
};

describe('ambiguous and partial names', () => {
  const g = twoKims();
  const f = file(g);

  it('--entity Kim names both Kims with their types and exits 1', async () => {
    const r = await run(['query', f, '--entity', 'Kim']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Kim Jong Un (PERSON');
    expect(r.stderr).toContain('Kim Yo Jong (PERSON');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('the library throws the same candidates', () => {
    expect(() => findEntity(g, 'Kim')).toThrow(AmbiguousEntityError);
    try {
      findEntity(g, 'Kim');
    } catch (e) {
      expect((e as AmbiguousEntityError).candidates.map((c) => c.key)).toEqual(['person:kim-jong-un', 'person:kim-yo-jong']);
    }
  });

  it('answers for a clearly best match and names the others on stderr', async () => {
    // "Lee" is the last word of neither Lee; both are equally connected: ambiguous
    expect((await run(['query', f, '--entity', 'Lee'])).code).toBe(1);
    // a surname fitting one entity answers for it
    expect(matchEntity(g, 'Jong Un')).toMatchObject({ key: 'person:kim-jong-un', how: 'last-words' });
    const g2 = fromSerialized({
      nodes: [node('person:a', 'Omar Haddad'), node('person:b', 'Leila Haddad'), node('country:JOR', 'Jordan', 'COUNTRY'), node('country:EGY', 'Egypt', 'COUNTRY'), node('country:QAT', 'Qatar', 'COUNTRY')],
      edges: [edge('person:a', 'VISITED', 'country:JOR'), edge('person:a', 'VISITED', 'country:EGY'), edge('person:a', 'VISITED', 'country:QAT'), edge('person:b', 'VISITED', 'country:JOR')],
    });
    const r = await run(['query', file(g2), '--subject', 'Haddad', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/"Haddad" taken as Omar Haddad \(PERSON\); it could also be Leila Haddad \(PERSON, person:b\)/);
    expect(JSON.parse(r.stdout)).toHaveLength(3);
  });

  it('--exact turns surname and word matches off', async () => {
    expect(findEntity(g, 'Jong Un', { exact: true })).toBeUndefined();
    const r = await run(['query', f, '--entity', 'Jong Un', '--exact']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no entity "Jong Un"/);
    expect((await run(['query', f, '--entity', 'kim jong un', '--exact'])).code).toBe(0);
  });
});

describe('one result shape', () => {
  const f = file(twoKims());
  const g = loadGraph(f);
  const plain = (x: unknown) => JSON.parse(JSON.stringify(x));

  it('query --json, path --json and dyad --json print what relations(), shortestPath() and dyad() return', async () => {
    expect(JSON.parse((await run(['query', f, '--subject', 'Kim Jong Un', '--json'])).stdout)).toEqual(plain(relations(g, { subject: 'Kim Jong Un' })));
    expect(JSON.parse((await run(['path', f, 'Kim Yo Jong', 'Russia', '--json'])).stdout)).toEqual(plain(shortestPath(g, 'Kim Yo Jong', 'Russia')));
    expect(JSON.parse((await run(['dyad', f, 'Kim Jong Un', 'Russia', '--json'])).stdout)).toEqual(plain(dyad(g, 'Kim Jong Un', 'Russia')));
    const [r] = relations(g, { subject: 'Kim Yo Jong' });
    expect(r).toMatchObject({ subject: { key: 'person:kim-yo-jong', label: 'Kim Yo Jong', type: 'PERSON' }, predicate: 'WORKS_FOR', object: { key: 'country:PRK', label: 'North Korea', type: 'COUNTRY' }, negated: false });
  });
});

describe('predicates', () => {
  const g = twoKims();

  it('--predicate KILLED returns asserted relations only; NOT_KILLED or --negated the denied ones', async () => {
    const f = file(g);
    const asserted = JSON.parse((await run(['query', f, '--predicate', 'KILLED', '--json'])).stdout);
    expect(asserted.map((r: { object: { label: string }; negated: boolean }) => [r.object.label, r.negated])).toEqual([['Lee Jun', false]]);
    for (const args of [['--predicate', 'NOT_KILLED'], ['--predicate', 'KILLED', '--negated']]) {
      const denied = JSON.parse((await run(['query', f, ...args, '--json'])).stdout);
      expect(denied.map((r: { object: { label: string }; negated: boolean }) => [r.object.label, r.negated])).toEqual([['Lee Min', true]]);
    }
    expect(relations(g, { predicate: 'KILLED' })).toHaveLength(1);
  });

  it('geokg predicates prints every predicate with CAMEO root, score and signature; errors point to it', async () => {
    const r = await run(['predicates']);
    expect(r.code).toBe(0);
    for (const p of PREDICATES) expect(r.stdout).toContain(p);
    expect(r.stdout).toMatch(/VISITED\s+042\s+\+1\.9\s+PER\|CTRY\|ORG → CTRY\|LOC/);
    const json = JSON.parse((await run(['predicates', '--json'])).stdout);
    expect(json.find((x: { predicate: string }) => x.predicate === 'KILLED')).toMatchObject({ cameo: '18/20', score: -10, objectTypes: ['PERSON'] });
    const bad = await run(['query', file(g), '--predicate', 'LIKES']);
    expect(bad.stderr).toContain('geokg predicates');
    expect(bad.stderr).not.toMatch(/SCHEMA\.md|shared/);
    expect((await run(['query', '--help'])).stdout).toContain('SIGNED_AGREEMENT_WITH');
  });
});

describe('keys that name members of Object.prototype', () => {
  const keys = ['constructor', '__proto__', 'toString', 'valueOf'];
  const g = fromSerialized({
    nodes: keys.map((k) => node(k, `Name ${k}`, 'COUNTRY')),
    edges: [edge('constructor', 'TRADES_WITH', '__proto__'), edge('__proto__', 'SANCTIONED', 'toString'), edge('toString', 'VISITED', 'valueOf')],
  });

  it('stats and path work in the library and the CLI', async () => {
    const s = stats(g);
    expect(s.entities).toBe(4);
    expect(s.top.map((t) => t.key).sort()).toEqual([...keys].sort());
    expect(shortestPath(g, 'constructor', 'valueOf')!.path.map((e) => e.key)).toEqual(['constructor', '__proto__', 'toString', 'valueOf']);
    const f = file(g);
    const st = await run(['stats', f, '--json']);
    expect(st.code, st.stderr).toBe(0);
    expect(JSON.parse(st.stdout).top).toHaveLength(4);
    const p = await run(['path', f, '__proto__', 'constructor', '--json']);
    expect(p.code, p.stderr).toBe(0);
    expect(JSON.parse(p.stdout).path.map((e: { key: string }) => e.key)).toEqual(['__proto__', 'constructor']);
  });
});
