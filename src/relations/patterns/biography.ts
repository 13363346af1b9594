// A person's home and nationality as a biography's opening states them: "X is an Italian actress", "X lives in Y".
// Seen: Re-DocRED dev ("lives in", "resides in", "resident of" in 25 documents; "is an Italian actress", "a Polish architect" … in five).
import type { Pattern } from './types.ts';

const PLACES = ['LOCATION', 'COUNTRY'] as const;
/** occupations that the person-noun suffixes of role.nationality (-er, -ist, -ian …) do not reach */
const OCCUPATIONS = [
  'actress', 'gymnast', 'architect', 'athlete', 'poet', 'poetess', 'playwright', 'model', 'figure', 'personality', 'chef', 'monk', 'nun',
  'priest', 'soldier', 'general', 'admiral', 'astronaut', 'aristocrat', 'noble', 'noblewoman', 'nobleman', 'missionary', 'jockey',
  'surgeon', 'nurse', 'entrepreneur', 'businesswoman', 'businessman', 'statesman', 'stateswoman', 'economist', 'academic', 'scholar',
  'sculptor', 'violinist', 'cellist', 'dj', 'host', 'saint', 'explorer', 'navigator', 'cartographer', 'diplomat', 'jurist', 'judge', 'forward',
];

export const biography: Pattern[] = [
  {
    id: 'bio.nationality', kind: 'title', predicate: 'CITIZEN_OF', nouns: OCCUPATIONS, subject: 'described', object: 'modifier',
    subjectTypes: ['PERSON'], objectTypes: ['COUNTRY'], confidence: 0.8, seen: 'Re-DocRED dev (five documents open so)',
    match: [['Sofia Conti is an Italian actress and singer.', 'Sofia Conti CITIZEN_OF Italy'], ['Petr Novak, a Czech architect, designed the hall.', 'Petr Novak CITIZEN_OF Czechia'], ['Petr Novak was a Czech architect active in Vienna.', 'Petr Novak CITIZEN_OF Czechia']],
    miss: [['Sofia Conti is an actress.'], ['Sofia Conti played an Italian actress.']],
  },
  {
    // (lasting: a home an "after" clause puts behind the subject is none now; Re-DocRED dev 170 "After living in <city>,
    // X returned to <country>", and member.plays.for's 104)
    id: 'bio.lives.in', kind: 'verb', predicate: 'LIVES_IN', verbs: ['live', 'reside'], subject: 'agent', object: 'pp:in', lasting: true,
    subjectTypes: ['PERSON'], objectTypes: PLACES, confidence: 0.75, seen: 'Re-DocRED dev (25 documents)',
    match: [['Kari Holm lives in Bergen with her family.', 'Kari Holm LIVES_IN Bergen'], ['Before moving to Oslo, Kari Holm lived in Bergen.', 'Kari Holm LIVES_IN Bergen']],
    miss: [['Kari Holm spoke in Bergen.'], ['Kari Holm no longer lives in Bergen.', 'NOT Kari Holm LIVES_IN Bergen'], ['After living in Bergen for a decade, Kari Holm took a job in Oslo.']],
  },
  {
    id: 'bio.resident', kind: 'title', predicate: 'LIVES_IN', nouns: ['resident', 'residents', 'native', 'natives', 'inhabitant'], subject: 'described', object: 'pp:of',
    subjectTypes: ['PERSON'], objectTypes: PLACES, confidence: 0.75, seen: 'CoNLL04 train (32 sentences); Re-DocRED dev (21)',
    match: [['Kari Holm, a resident of Bergen, was hurt.', 'Kari Holm LIVES_IN Bergen']],
    miss: [['Kari Holm met a resident of Bergen.']],
  },
];
