// Support by verb, moved here from lexicon.ts's verb frames (support, back, endorse). The clause layer gives the
// relative clause's gap ("the rebels, whom Iran supports") and negation once per clause.
// Seen: news-dev ("whom Iran supports", "China supported Turkey's bid"), CoNLL04 train ("backed").
import type { Pattern } from './types.ts';

export const support: Pattern[] = [
  {
    id: 'support.verb', kind: 'verb', predicate: 'SUPPORTS', verbs: ['support', 'back', 'endorse'], subject: 'agent', object: 'patient',
    subjectTypes: ['COUNTRY', 'ORGANIZATION', 'PERSON'], seen: 'news-dev (two texts); CoNLL04 train',
    match: [['Chile supports Peru.', 'Chile SUPPORTS Peru'], ['Hezbollah, which Iran backs, fired rockets.', 'Iran SUPPORTS Hezbollah'], ['Peru was backed by Chile.', 'Chile SUPPORTS Peru']],
    miss: [['Chile no longer supports Peru.', 'NOT Chile SUPPORTS Peru'], ['Chile supported the motion in Lima.']],
  },
];
