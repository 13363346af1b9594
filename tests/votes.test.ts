// Votes on a numbered resolution, and the resolution as an entity: sentences written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleExtraction } from '../src/model/types.ts';
import { createExtractor, extractArticle, type Extractor } from '../src/pipeline.ts';

let extractor: Extractor;
beforeAll(() => { extractor = createExtractor(); });

const run = (text: string): ArticleExtraction => extractArticle({ id: 't', text, date: '2024-03-15' }, extractor);
const edges = (x: ArticleExtraction, predicates: string[]): string[] => {
  const label = new Map(x.entities.map((e) => [e.key, e.label]));
  return [...new Set(x.relations.filter((r) => predicates.includes(r.predicate)).map((r) => `${label.get(r.subject)} ${r.negated ? 'NOT ' : ''}${r.predicate} ${label.get(r.object)}`))].sort();
};

describe('resolutions named by their number', () => {
  it('are one OTHER entity with their code, whatever the case of "resolution", and a body before the word stays the body', () => {
    const x = run('The assembly adopted resolution ES-9/4 on Monday. The UN Security Council Resolution 2801 followed in May. The resolution 12 states backed failed.');
    const named = x.entities.filter((e) => e.type === 'OTHER' || e.label.includes('Council')).map((e) => `${e.label} ${e.type}`).sort();
    expect(named).toEqual(['Resolution 2801 OTHER', 'UN Security Council ORGANIZATION', 'resolution ES-9/4 OTHER']);
  });
});

describe('votes on a resolution', () => {
  it('reads the voters of "voted against, joined by …", "were among those voting in favour", "Voting no were …" and "voted no"', () => {
    const x = run('The assembly adopted Resolution ES-9/4 on Monday. Chile voted against, joined by Peru and Bolivia. Brazil and Uruguay were among those voting in favour. '
      + '12:08 — Voting no were Ecuador and Colombia. Only Venezuela voted no. Paraguay is among the countries voting yes.');
    expect(edges(x, ['SUPPORTS', 'OPPOSES'])).toEqual([
      'Bolivia OPPOSES Resolution ES-9/4', 'Brazil SUPPORTS Resolution ES-9/4', 'Chile OPPOSES Resolution ES-9/4', 'Colombia OPPOSES Resolution ES-9/4',
      'Ecuador OPPOSES Resolution ES-9/4', 'Paraguay SUPPORTS Resolution ES-9/4', 'Peru OPPOSES Resolution ES-9/4', 'Uruguay SUPPORTS Resolution ES-9/4',
      'Venezuela OPPOSES Resolution ES-9/4',
    ]);
  });
  it('reads "Among the states that voted no were A, a partner of B that …, as well as C and D", and not the partner B', () => {
    const x = run('The assembly adopted Resolution ES-9/4 on Monday. Among the states that voted no were Chile, a neighbour of Peru that has refused to comment, as well as Bolivia and Cuba. '
      + 'Among the countries who voted in favour were Spain and Italy. Among the members, Peru said that Brazil voted no.');
    expect(edges(x, ['SUPPORTS', 'OPPOSES'])).toEqual([
      'Bolivia OPPOSES Resolution ES-9/4', 'Brazil OPPOSES Resolution ES-9/4', 'Chile OPPOSES Resolution ES-9/4', 'Cuba OPPOSES Resolution ES-9/4',
      'Italy SUPPORTS Resolution ES-9/4', 'Spain SUPPORTS Resolution ES-9/4',
    ]);
  });
  it('keeps a denied vote negated, gives no vote on anything but a resolution, and none before a resolution is named', () => {
    expect(edges(run('Chile voted against. The council then adopted Resolution 2801. Cuba did not vote for the resolution. Peru voted against the budget.'), ['SUPPORTS', 'OPPOSES']))
      .toEqual(['Cuba NOT SUPPORTS Resolution 2801']);
  });
  it('reads the drafters of "Resolution N, drafted by A and B" as backing it', () => {
    expect(edges(run('The council adopted Resolution 2801, drafted by Chile and Peru, on Monday.'), ['SUPPORTS'])).toEqual(['Chile SUPPORTS Resolution 2801', 'Peru SUPPORTS Resolution 2801']);
  });
});
