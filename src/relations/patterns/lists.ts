// The posts in a read-out's list of meetings: "met the Foreign Ministers of A, X, and B, Y" (each conjunct a title
// with its holder, read by the clause layer). Seen: news-fresh4 (three read-outs: "the Foreign Ministers of France, X,
// Germany, Y", "of Botswana, X, Tunisia, Y", "of China, X; the Philippines, Y"); news-fresh (a read-out: "the Prime
// Minister of the United Kingdom, X; the Prime Minister of Japan, Y").
import type { Pattern } from './types.ts';

export const lists: Pattern[] = [
  {
    id: 'list.minister.of', kind: 'title', predicate: 'WORKS_FOR', nouns: ['minister', 'secretary', 'ambassador', 'envoy'], premodsNot: ['prime'],
    subject: 'described', object: 'pp:of', subjectTypes: ['PERSON'], objectTypes: ['COUNTRY', 'ORGANIZATION'], confidence: 0.8,
    seen: 'news-fresh4 (three read-outs); news-fresh (a read-out)',
    match: [['Ana Ruiz met the Foreign Ministers of Peru, Luis Gomez, and Bolivia, Jorge Mesa.', 'Jorge Mesa WORKS_FOR Bolivia'], ['Ana Ruiz held talks with the Foreign Ministers of Peru, Luis Gomez; Bolivia, Jorge Mesa; and Chile, Hugo Diaz.', 'Luis Gomez WORKS_FOR Peru']],
    miss: [['Ana Ruiz met the Foreign Ministers of Peru and Bolivia.'], ['Ana Ruiz met the Prime Ministers of Peru, Luis Gomez, and Bolivia, Jorge Mesa.'], ['Ana Ruiz met the friends of Peru, Luis Gomez, and Bolivia, Jorge Mesa.']],
  },
];
