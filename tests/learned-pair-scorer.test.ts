// The learned pair scorer (src/relations/learned): deterministic training, features blind to the mentions' own
// words, edges only where the clause states them, and a one-line error for a bad model file. Sentences written
// for this test.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExtractor, extractArticle, type Extractor } from '../src/pipeline.ts';
import { DEFAULT_PAIR_MODEL, loadPairModel, withKept, PAIR_MODEL_FORMAT, pairProbability, parsePairModel, preparePairModel, rankedProbability, type PairCandidate, type PairModel } from '../src/relations/learned/index.ts';
import { indexExamples, trainIndexed, trainLogistic, TRAIN_DEFAULTS, type Example } from '../src/relations/learned/train.ts';
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
  it('trains on indexed examples as on the examples themselves, and on a subset as on those examples alone', () => {
    const indexed = indexExamples(examples);
    expect(trainIndexed(indexed, undefined, TRAIN_DEFAULTS)).toEqual(trainLogistic(examples, TRAIN_DEFAULTS));
    const odd = examples.map((_, k) => k).filter((k) => k % 3 !== 0);
    expect(trainIndexed(indexed, odd, TRAIN_DEFAULTS)).toEqual(trainLogistic(odd.map((k) => examples[k]!), TRAIN_DEFAULTS));
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

describe('ranked scoring (the fast path inference takes)', () => {
  it('sums the weights in the features\' sorted order, each once, whatever order and repeats it is given', () => {
    // (1e16 + 1 rounds back to 1e16: summed in sorted order these three give 0, in any other order 1 or 2)
    const model: PairModel = { format: PAIR_MODEL_FORMAT, about: {}, predicates: { MET_WITH: { threshold: 0.5, weights: { 'a:x': 1e16, 'b:y': 1, 'c:z': -1e16 } } } };
    const ranked = preparePairModel(model).ranked.MET_WITH!;
    expect(pairProbability(model.predicates.MET_WITH!, ['a:x', 'b:y', 'c:z'])).toBe(0.5);
    expect(rankedProbability(ranked, ['c:z', 'b:y', 'unweighted', 'a:x', 'b:y', 'c:z'])).toBe(0.5);
    expect(rankedProbability(ranked, ['b:y'])).toBe(pairProbability(model.predicates.MET_WITH!, ['b:y']));
  });
  // (a list of counterparts the patterns read, and a meeting joined that only the model file's weights relate)
  const text = 'On the sidelines of the summit on Monday, Prime Minister Olav Brekke held bilateral meetings with President of Finland ' +
    'Ilse Vandermeer; President of Estonia Tomas Rydell; and Prime Minister of Latvia Greta Lindqvist. The Foreign Minister met ' +
    'with his counterparts from Denmark, Anders Holm; Iceland, Maren Solberg; and Sweden, Jonas Berg. ' +
    // (a meeting joined rather than held: no pattern reads it, the model file's weights do. The model's edges used to be
    // the counterparts above, met by "The Foreign Minister" read as the Prime Minister; since session 13 no one is.)
    "Karin Dahl also joined the Prime Minister's meeting with Tomas Rydell, President of the Nordic Trade Council.";
  it('gives every candidate of real sentences the very number pairProbability gives, with the model file\'s weights', () => {
    const plain = parsePairModel(readFileSync(DEFAULT_PAIR_MODEL, 'utf8'), DEFAULT_PAIR_MODEL);
    const ranked = preparePairModel(plain).ranked;
    const cs = candidates(text).filter((c) => c.predicates.includes('MET_WITH'));
    expect(cs.length).toBeGreaterThan(20);
    for (const c of cs) {
      const given = [...c.features].reverse().concat(c.features.slice(0, 5));
      expect(rankedProbability(ranked.MET_WITH!, given)).toBe(pairProbability(plain.predicates.MET_WITH!, c.features));
    }
  });
  it('a loaded (ranked) model and the same model unranked give the same graph', () => {
    const loaded = loadPairModel();
    const plain = parsePairModel(readFileSync(DEFAULT_PAIR_MODEL, 'utf8'), DEFAULT_PAIR_MODEL);
    expect('ranked' in loaded && !('ranked' in plain)).toBe(true);
    const graph = (model: PairModel) => JSON.stringify(extractArticle({ id: 'p', text }, { ...extractor, pairModel: model }).relations);
    expect(graph(loaded)).toContain('"rule":"learned.MET_WITH"');
    expect(graph(loaded)).toBe(graph(plain));
  });
});

describe('the veto', () => {
  const all = (text: string, model: PairModel | null): string[] => {
    const x = extractArticle({ id: 'v', text }, model ? { ...extractor, pairModel: model } : extractor);
    const label = new Map(x.entities.map((e) => [e.key, e.label]));
    return x.relations.map((r) => `${label.get(r.subject)} ${r.predicate} ${label.get(r.object)}`).sort();
  };
  const text = 'Olav Brekke met Ilse Vandermeer in Oslo on Tuesday.';
  const veto = (weights: Record<string, number>): PairModel => ({ format: PAIR_MODEL_FORMAT, about: {}, predicates: {}, vetoes: { MET_WITH: { threshold: 0.5, weights } } });
  it('drops a rule edge of a vetoed predicate whose probability is under the threshold, and nothing else', () => {
    const rules = all(text, null);
    expect(rules).toContain('Olav Brekke MET_WITH Ilse Vandermeer');
    const vetoed = all(text, veto({ bias: -5 }));
    expect(vetoed).not.toContain('Olav Brekke MET_WITH Ilse Vandermeer');
    expect(vetoed).toEqual(rules.filter((t) => !t.includes('MET_WITH')));
  });
  it('keeps it where the probability reaches the threshold, or where the rule id weighs it up', () => {
    expect(all(text, veto({ bias: 5 }))).toEqual(all(text, null));
    const rule = candidatesRule(text);
    expect(all(text, veto({ bias: -5, [`own:${rule}`]: 10 }))).toEqual(all(text, null));
  });
  it('a vetoes section that is not an object is a one-line error', () => {
    expect(() => parsePairModel('{"format": "geokg-pair-scorer/1", "predicates": {}, "vetoes": 3}', 'v.json')).toThrow(/^v\.json: not a pair-scorer model \(vetoes is not an object\)$/);
    expect(() => parsePairModel('{"format": "geokg-pair-scorer/1", "predicates": {}, "vetoes": {"MEETS": {"threshold": 1, "weights": {}}}}', 'v.json')).toThrow(/unknown predicate MEETS/);
  });
});

/** the id of the rule that emitted the sentence's MET_WITH edge */
function candidatesRule(text: string): string {
  return extractArticle({ id: 'v', text }, extractor).relations.find((r) => r.predicate === 'MET_WITH')!.rule;
}

describe('the model file', () => {
  it('a kept predicate comes from the previous file only where the new one lacks it, and is noted', () => {
    const previous: PairModel = { format: PAIR_MODEL_FORMAT, about: { commit: 'abc' }, predicates: { MET_WITH: { threshold: 0.9, weights: { bias: 1 } }, VISITED: { threshold: 0.8, weights: { bias: 2 } } } };
    const fresh: PairModel = { format: PAIR_MODEL_FORMAT, about: {}, predicates: { VISITED: { threshold: 0.7, weights: { bias: 3 } } } };
    const m = withKept(fresh, previous, ['MET_WITH', 'VISITED', 'ATTACKED']);
    expect(Object.keys(m.predicates)).toEqual(['MET_WITH', 'VISITED']);
    expect(m.predicates.VISITED!.threshold).toBe(0.7);
    expect(m.predicates.MET_WITH!.threshold).toBe(0.9);
    expect(m.about['kept']).toEqual({ MET_WITH: { threshold: 0.9, commit: 'abc', trainedOn: undefined } });
  });
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
