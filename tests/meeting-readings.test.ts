// Wrong readings of meetings, hosting and agreements (issue 12), each on sentences written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import { createExtractor, extractArticle, type Extractor } from '../src/pipeline.ts';

let extractor: Extractor;
beforeAll(() => { extractor = createExtractor(); });

function triples(text: string): string[] {
  const x = extractArticle({ id: 'm', text }, extractor);
  const label = new Map(x.entities.map((e) => [e.key, e.label]));
  return [...new Set(x.relations.map((r) => `${r.negated ? 'NOT ' : ''}${label.get(r.subject)} ${r.predicate} ${label.get(r.object)}`))].sort();
}

describe('meetings: a place is no participant', () => {
  it('"from X, where A met B" makes the place no party to the meeting', () => {
    expect(triples('Gabriel Boric flew home from Peru, where he had held talks with President Dina Boluarte.').filter((t) => t.includes('MET_WITH') && t.startsWith('Peru')))
      .toEqual([]);
    expect(triples('The minister arrived from Chile, where NATO leaders had just met.').filter((t) => t.includes('MET_WITH'))).toEqual([]);
  });
  it('a place the relative "where" stands for is still the object of a visit', () => {
    expect(triples('Olaf Scholz praised Ukraine, where Angela Merkel visited in 2019.')).toContain('Angela Merkel VISITED Ukraine');
  });
  it('"the summit in X, hosted by Y" hosts the summit, not the place', () => {
    expect(triples('Leaders met at the summit in Lima, Peru, hosted by President Dina Boluarte.').filter((t) => t.includes('HOSTED') && /HOSTED (Peru|Lima)$/.test(t)))
      .toEqual([]);
    expect(triples('The Emergency Summit on the Crisis in the Republic of Mali, hosted by Senegal, opened on Monday.').filter((t) => t.includes('HOSTED Mali') || t.includes('HOSTED Republic of Mali')))
      .toEqual([]);
  });
  it('a state apposed to its backer is still what the participle acts on', () => {
    expect(triples('Armenia, backed by France, rejected the plan.')).toContain('France SUPPORTS Armenia');
  });
});

describe('agreements: a shared view is no deal', () => {
  it('"agreed on the importance of …" and "would not agree on everything" sign nothing between the sides', () => {
    expect(triples('Tomas Varga held talks with the foreign ministers of Peru, Chile and Bolivia, with whom he agreed on the importance of open trade.').filter((t) => t.includes('SIGNED_AGREEMENT_WITH')))
      .toEqual([]);
    expect(triples('Peru and Chile would not agree on everything, Ana Ruiz said.').filter((t) => t.includes('SIGNED_AGREEMENT_WITH'))).toEqual([]);
  });
  it('sides that agree on a deal or a set of steps still sign it', () => {
    expect(triples('Peru and Chile agreed on a three-way prisoner swap.')).toContain('Peru SIGNED_AGREEMENT_WITH Chile');
    expect(triples('Peru and Chile agreed on a series of steps to reopen the border.')).toContain('Peru SIGNED_AGREEMENT_WITH Chile');
  });
});
