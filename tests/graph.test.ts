import { describe, expect, it } from 'vitest';
import { buildGraph, canonicalize, createGraph, isCanonical, mergeExtraction } from '../src/graph/index.ts';
import { slimExtraction, type StringPool } from '../src/graph/corpus.ts';
import { toJson } from '../src/export/json.ts';
import type { ArticleExtraction, Modality } from '../src/model/types.ts';

const extraction = (id: string, modality?: Modality, twice = false): ArticleExtraction => {
  const relation = {
    subject: 'person:a', predicate: 'VISITED' as const, object: 'country:B', negated: false, confidence: 0.8, rule: 'test',
    ...(modality ? { modality } : {}),
    evidence: { article: id, sentence: 'A visited B.', sentenceIndex: 0, start: 0, end: 12, subjectText: 'A', objectText: 'B' },
  };
  return {
    article: { id, length: 12 },
    entities: [
      { key: 'person:a', label: 'A', type: 'PERSON', aliases: [] },
      { key: 'country:B', label: 'B', type: 'COUNTRY', aliases: [] },
    ],
    mentions: [],
    relations: twice ? [relation, relation] : [relation],
  };
};

describe('graph merging', () => {
  it('keeps one evidence item for a fact an article states once, however often a rule finds it', () => {
    const g = buildGraph([extraction('x', undefined, true)]);
    expect(g.size).toBe(1);
    expect(g.getEdgeAttribute(g.edges()[0]!, 'evidence')).toHaveLength(1);
  });

  it('adds the evidence of each article to one edge', () => {
    const g = buildGraph([extraction('x'), extraction('y')]);
    expect(g.size).toBe(1);
    expect(g.getEdgeAttribute(g.edges()[0]!, 'count')).toBe(2);
  });

  it('drops a planned modality once the fact is also stated, in either order', () => {
    const a = buildGraph([extraction('x', 'planned'), extraction('y')]);
    const b = buildGraph([extraction('y'), extraction('x', 'planned')]);
    expect(a.getEdgeAttribute(a.edges()[0]!, 'modality')).toBeUndefined();
    expect(toJson(a)).toBe(toJson(b));
    const planned = buildGraph([extraction('x', 'planned')]);
    expect(planned.getEdgeAttribute(planned.edges()[0]!, 'modality')).toBe('planned');
  });
});

describe('demonyms', () => {
  it('keeps a demonym as an alias of its country, not as a mention, and not a plural that names a people', () => {
    const x = extraction('x');
    const at = (text: string, start: number, demonym: boolean) => ({ entity: 'country:B', text, start, end: start + text.length, demonym }) as unknown as ArticleExtraction['mentions'][number];
    x.mentions = [at('B', 0, false), at('Bish', 10, true), at('Bishes', 20, true)];
    const node = buildGraph([x]).getNodeAttributes('country:B');
    expect(node.aliases).toEqual(['Bish']);
    expect(node.mentions.map((m) => m.text)).toEqual(['B']);
  });
});

describe('a corpus slimmed with a string pool', () => {
  const rich = (id: string): ArticleExtraction => {
    const x = extraction(id, 'planned');
    x.entities[0] = { key: 'person:a', label: 'A', type: 'PERSON', aliases: ['Mr A'], gender: 'female' };
    x.entities[1] = { key: 'country:B', label: 'B', type: 'COUNTRY', kind: 'country', aliases: [], qid: 'Q1', gazetteerId: 'country:B' };
    x.relations[0]!.evidence = { ...x.relations[0]!.evidence, attributedTo: 'C', date: '2024-01-02', source: 'D' };
    x.mentions = [{ entity: 'country:B', text: 'B', start: 10, end: 11, sentence: 0, type: 'COUNTRY', source: 'gazetteer', tokens: [2, 2], demonym: true }];
    return structuredClone(x); // as a worker's reply arrives: every string a copy of its own
  };

  it('holds the same extraction, property for property, and builds the same graph', () => {
    const pool: StringPool = new Map();
    const pooled = [rich('x'), rich('y')].map((x) => slimExtraction(x, pool));
    const plain = [rich('x'), rich('y')].map((x) => slimExtraction(x));
    expect(JSON.stringify(pooled)).toBe(JSON.stringify(plain));
    expect(toJson(buildGraph(pooled))).toBe(toJson(buildGraph(plain)));
    // one entry per distinct string: the second article added only its id
    expect(pool.has('PERSON') && pool.has('x') && pool.has('y')).toBe(true);
    expect(pool.has('A visited B.')).toBe(false); // a sentence is shared within its article only
  });
});

describe('canonical order', () => {
  it('knows a built graph is canonical and a merged-into one is not, and JSON is the same either way', () => {
    const built = buildGraph([extraction('y'), extraction('x')]);
    expect(isCanonical(built)).toBe(true);
    const raw = createGraph();
    for (const id of ['y', 'x']) mergeExtraction(raw, extraction(id)); // evidence in article order y, x
    expect(isCanonical(raw)).toBe(false);
    expect(isCanonical(canonicalize(raw))).toBe(true);
    expect(toJson(raw)).toBe(toJson(built));
  });
});
