import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/graph/index.ts';
import { createExtractor, extractArticle } from '../src/pipeline.ts';
import { toJson } from '../src/export/json.ts';
import { ENTITY_TYPES } from '../src/model/types.ts';
import { PREDICATES, PREDICATE_TABLE } from '../src/model/predicates.ts';
import { SEED } from './helpers/cli.ts';

const text = readFileSync(SEED, 'utf8');
const extractor = createExtractor();
const graph = buildGraph([extractArticle({ id: 'seed', text }, extractor)]);
const data = JSON.parse(toJson(graph));

describe('the contract of a built graph', () => {
  it('is a directed multigraph export', () => {
    expect(data.options).toMatchObject({ type: 'directed', multi: true });
    expect(data.nodes.length).toBeGreaterThan(5);
    expect(data.edges.length).toBeGreaterThan(0);
  });

  it('gives every node a label, a SCHEMA type, aliases and mentions whose offsets point at their text', () => {
    for (const n of data.nodes) {
      expect(typeof n.attributes.label).toBe('string');
      expect(ENTITY_TYPES).toContain(n.attributes.type);
      expect(Array.isArray(n.attributes.aliases)).toBe(true);
      expect(n.attributes.mentions.length).toBeGreaterThan(0);
      for (const m of n.attributes.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it('gives every edge a predicate with its CAMEO root and score, and evidence that contains both ends', () => {
    for (const e of data.edges) {
      const a = e.attributes;
      expect(PREDICATES).toContain(a.predicate);
      expect(a.cameo).toBe(PREDICATE_TABLE[a.predicate as keyof typeof PREDICATE_TABLE].cameo);
      expect(a.score).toBe(PREDICATE_TABLE[a.predicate as keyof typeof PREDICATE_TABLE].score);
      expect(typeof a.negated).toBe('boolean');
      expect(a.evidence.length).toBeGreaterThan(0);
      for (const v of a.evidence) {
        expect(v.sentence).toContain(v.subjectText);
        expect(v.sentence).toContain(v.objectText);
        expect(text.slice(v.start, v.end)).toBe(v.sentence);
      }
    }
  });

  it('is byte-identical when built twice', () => {
    const again = toJson(buildGraph([extractArticle({ id: 'seed', text }, extractor)]));
    expect(again).toBe(toJson(graph));
  });
});
