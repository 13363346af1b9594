// Descriptions of a person by copula or apposition: nationality from a demonym before an occupation, party
// membership from "politician for". Seen: Re-DocRED dev (78 documents open "X is a <demonym> <occupation>";
// "politician for the … Party" in three), news-dev ("a Norwegian diplomat").
import type { Pattern } from './types.ts';

export const roles: Pattern[] = [
  {
    id: 'role.nationality', kind: 'title', predicate: 'CITIZEN_OF', nouns: 'person', subject: 'described', object: 'modifier',
    subjectTypes: ['PERSON'], objectTypes: ['COUNTRY'], confidence: 0.8, seen: 'Re-DocRED dev (many openings); news-dev',
    match: [['Ola Nordmann was a Norwegian politician for the Labour Party.', 'Ola Nordmann CITIZEN_OF Norway'], ['Lars Eriksen, a Danish economist, spoke on Monday.', 'Lars Eriksen CITIZEN_OF Denmark']],
    miss: [['Ola Nordmann was a politician.'], ['Ola Nordmann was not a Norwegian politician.', 'NOT Ola Nordmann CITIZEN_OF Norway']],
  },
  {
    id: 'role.party', kind: 'title', predicate: 'MEMBER_OF', subject: 'described', object: 'pp:for', subjectTypes: ['PERSON'], objectTypes: ['ORGANIZATION'],
    nouns: ['politician', 'candidate', 'legislator', 'lawmaker', 'mp', 'senator', 'deputy', 'representative', 'congressman', 'congresswoman', 'councillor', 'councilor', 'member'],
    confidence: 0.8, seen: 'Re-DocRED dev (three "politician for the … Party")',
    match: [['Ola Nordmann was a Norwegian politician for the Labour Party.', 'Ola Nordmann MEMBER_OF Labour Party']],
    miss: [['Ola Nordmann was a Norwegian politician in the Labour Party era.']],
  },
];
