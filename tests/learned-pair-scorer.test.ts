// The learned pair scorer (src/relations/learned): deterministic training, features blind to the mentions' own
// words, edges only where the clause states them, and a one-line error for a bad model file. Sentences written
// for this test.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExtractor, extractArticle, type Extractor } from '../src/pipeline.ts';
import { loadPairModel, PAIR_MODEL_FORMAT, parsePairModel, type PairCandidate, type PairModel } from '../src/relations/learned/index.ts';
import { trainLogistic, TRAIN_DEFAULTS, type Example } from '../src/relations/learned/train.ts';
import { GeokgError } from '../src/util/errors.ts';

let extractor: Extractor;
const dir = mkdtempSync(join(tmpdir(), 'geokg-pair-'));
beforeAll(() => { extractor = createExtractor(undefined, null); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function candidates(text: string): PairCandidate[] {
  const out: PairCandidate[] = [];
  extractArticle({ id: 'p', text }, extractor, (_, cs) => out.push(...cs));
  return out;
}

function triples(text: string, model: PairModel): string[] {
  const x = extractArticle({ id: 'p', text }, { ...extractor, pairModel: model });
  const label = new Map(x.entities.map((e) => [e.key, e.label]));
  return x.relations.filter((r) => r.rule.startsWith('learned.')).map((r) => `${label.get(r.subject)} ${r.predicate} ${label.get(r.object)}`).sort();
}

describe('training', () => {
  const examples: Example[] = [];
  for (let k = 0; k < 40; k++) examples.push({ features: ['bias', k % 2 ? 'v:meet' : 'v:say', `noise:${k % 5}`], y: k % 2 ? 1 : 0 });
  it('gives byte-identical weights on two runs', () => {
    expect(JSON.stringify(trainLogistic(examples, TRAIN_DEFAULTS))).toBe(JSON.stringify(trainLogistic(examples, TRAIN_DEFAULTS)));
  });
  it('learns the feature that tells the classes apart', () => {
    const w = trainLogistic(examples, TRAIN_DEFAULTS);
    expect(w['v:meet']!).toBeGreaterThan(1);
    expect(w['v:say']!).toBeLessThan(-1);
  });
});

describe('features', () => {
  it('never read a mention\'s own words: other names of the same types give the same features', () => {
    const a = candidates('Prime Minister Olav Brekke hosted President Ilse Vandermeer in Oslo on Tuesday.');
    const b = candidates('Prime Minister Tomas Rydell hosted President Greta Lindqvist in Oslo on Tuesday.');
    expect(a.length).toBeGreaterThan(0);
    expect(b.map((c) => c.features)).toEqual(a.map((c) => c.features));
    for (const c of a) expect(c.features.join(' ')).not.toMatch(/brekke|vandermeer|olav|ilse/i);
  });
});

describe('inference', () => {
  // a model that takes every candidate a meeting fits: what it adds shows where the scorer may emit at all
  const every: PairModel = { format: PAIR_MODEL_FORMAT, about: {}, predicates: { MET_WITH: { threshold: 0.5, weights: { bias: 5 } } } };
  it('adds an edge between two people a stated clause relates', () => {
    expect(triples('On Friday, Olav Brekke shared a lunch with Ilse Vandermeer.', every)).toContain('Olav Brekke MET_WITH Ilse Vandermeer');
  });
  it('adds none in a negated clause', () => {
    expect(triples('On Friday, Olav Brekke did not share a lunch with Ilse Vandermeer.', every)).toEqual([]);
  });
  it('emits nothing for a predicate the model does not carry', () => {
    const none: PairModel = { format: PAIR_MODEL_FORMAT, about: {}, predicates: {} };
    expect(triples('On Friday, Olav Brekke shared a lunch with Ilse Vandermeer.', none)).toEqual([]);
  });
});

describe('the model file', () => {
  it('a corrupt file gives a one-line error naming it', () => {
    const path = join(dir, 'broken.json');
    writeFileSync(path, '{"format": "geokg-pair-scorer/1", "predicates": {"MET_WITH": {"threshold": 0.5, "weights": {"bias": "x"}}}}');
    expect(() => loadPairModel(path)).toThrow(GeokgError);
    expect(() => loadPairModel(path)).toThrow(/^.*broken\.json: not a pair-scorer model \(MET_WITH has a weight that is not a number\)$/);
    expect(() => parsePairModel('{not json', 'm.json')).toThrow(/^m\.json: not a pair-scorer model \([^\n]*\)$/);
  });
  it('a missing named file is an error, not an empty model', () => {
    expect(() => loadPairModel(join(dir, 'absent.json'))).toThrow(/absent\.json: cannot read the pair-scorer model \(ENOENT\)/);
  });
});
