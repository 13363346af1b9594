// Constructions of the clause layer and the matcher that many articles share, each on sentences written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import { createExtractor, extractArticle, type Extractor } from '../src/pipeline.ts';

let extractor: Extractor;
beforeAll(() => { extractor = createExtractor(); });

function triples(text: string, predicate: string): string[] {
  const x = extractArticle({ id: 'c', text }, extractor);
  const label = new Map(x.entities.map((e) => [e.key, e.label]));
  return [...new Set(x.relations.filter((r) => r.predicate === predicate)
    .map((r) => `${r.negated ? 'NOT ' : ''}${label.get(r.subject)} ${r.predicate} ${label.get(r.object)}`))].sort();
}

describe('a person\'s state: "his country", "her government", "X\'s government"', () => {
  it('stands for the country the person leads, titled in the same sentence', () => {
    expect(triples('Chilean President Ana Ruiz said her country had cut ties with Peru.', 'REDUCED_RELATIONS')).toEqual(['Chile REDUCED_RELATIONS Peru']);
    expect(triples('Luis Soto, Bolivia\'s foreign minister, said his government had cut ties with Chile.', 'REDUCED_RELATIONS')).toEqual(['Bolivia REDUCED_RELATIONS Chile']);
  });
  it('stands for the country the article had the person lead or serve before', () => {
    expect(triples('Ana Ruiz is the president of Chile. Two days later, Ruiz\'s government cut ties with Peru.', 'REDUCED_RELATIONS')).toEqual(['Chile REDUCED_RELATIONS Peru']);
  });
  it('stands for nothing when the person holds no post in a country', () => {
    expect(triples('The novelist Ana Ruiz said her country had cut ties with Peru.', 'REDUCED_RELATIONS')).toEqual([]);
  });
});
