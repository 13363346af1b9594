// A person's home and nationality as a biography's opening states them: "X is a Norwegian-born writer living in Y".
// Seen: Re-DocRED dev ("lives in", "resident of" in several documents), CoNLL04 train ("a resident of", "lives in").
import type { Pattern } from './types.ts';

const PLACES = ['LOCATION', 'COUNTRY'] as const;

export const biography: Pattern[] = [
  {
    id: 'bio.lives.in', kind: 'verb', predicate: 'LIVES_IN', verbs: ['live', 'reside'], subject: 'agent', object: 'pp:in',
    subjectTypes: ['PERSON'], objectTypes: PLACES, confidence: 0.75, seen: 'Re-DocRED dev (several documents); CoNLL04 train',
    match: [['Kari Holm lives in Bergen with her family.', 'Kari Holm LIVES_IN Bergen']],
    miss: [['Kari Holm spoke in Bergen.'], ['Kari Holm no longer lives in Bergen.', 'NOT Kari Holm LIVES_IN Bergen']],
  },
  {
    id: 'bio.resident', kind: 'title', predicate: 'LIVES_IN', nouns: ['resident', 'residents', 'native', 'natives', 'inhabitant'], subject: 'described', object: 'pp:of',
    subjectTypes: ['PERSON'], objectTypes: PLACES, confidence: 0.75, seen: 'CoNLL04 train ("a resident of", many); Re-DocRED dev',
    match: [['Kari Holm, a resident of Bergen, was hurt.', 'Kari Holm LIVES_IN Bergen']],
    miss: [['Kari Holm met a resident of Bergen.']],
  },
];
