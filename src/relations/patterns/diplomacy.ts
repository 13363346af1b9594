// Expulsions, congratulations and sanctions through a support verb or a possessed envoy.
// Seen: news-dev (read-outs and wire reports), Re-DocRED dev ("expelled").
import type { Pattern } from './types.ts';

const ENVOYS = ['ambassador', 'ambassadors', 'envoy', 'envoys', 'diplomat', 'diplomats', 'charge', 'consul', 'attache', 'attaches'];
const ACTORS = ['COUNTRY', 'ORGANIZATION', 'PERSON'] as const;

export const diplomacy: Pattern[] = [
  {
    id: 'expel.envoy', kind: 'verb', predicate: 'REDUCED_RELATIONS', verbs: ['expel', 'recall', 'withdraw', 'summon'], voice: 'active',
    patientNouns: ENVOYS, subject: 'agent', object: 'patient.possessor', subjectTypes: ACTORS, objectTypes: ['COUNTRY', 'ORGANIZATION'],
    seen: 'news-dev (two reports); Re-DocRED dev',
    match: [["Niger's military government expelled France's ambassador.", 'Niger REDUCED_RELATIONS France']],
    miss: [["Niger welcomed France's ambassador."]],
  },
  {
    id: 'praise.congratulations', kind: 'support', predicate: 'PRAISED', verbs: ['issue', 'send', 'extend', 'offer', 'convey', 'express', 'give'],
    nouns: ['congratulations', 'congratulation', 'praise', 'thanks', 'gratitude', 'tribute'], subject: 'agent', object: 'pp:to',
    seen: 'news-dev (two read-outs)',
    match: [['Narendra Modi extended congratulations to Donald Tusk.', 'Narendra Modi PRAISED Donald Tusk']],
    miss: [['Narendra Modi sent troops to Poland.']],
  },
  {
    id: 'sanction.support', kind: 'support', predicate: 'SANCTIONED', verbs: ['impose', 'slap', 'level', 'announce', 'introduce', 'adopt', 'extend', 'tighten', 'place'],
    nouns: ['sanctions', 'sanction', 'embargo', 'restrictions', 'penalties', 'tariffs'], subject: 'agent', object: 'pp:on', seen: 'news-dev (two reports)',
    match: [['Canada imposed new sanctions on Belarus.', 'Canada SANCTIONED Belarus']],
    miss: [['Canada imposed a curfew on Toronto.']],
  },
  {
    id: 'sanction.support.against', kind: 'support', predicate: 'SANCTIONED', verbs: ['impose', 'announce', 'introduce', 'adopt', 'extend', 'tighten'],
    nouns: ['sanctions', 'sanction', 'embargo', 'restrictions', 'penalties'], subject: 'agent', object: 'pp:against', seen: 'news-dev (two reports)',
    match: [['Canada announced sanctions against Belarus.', 'Canada SANCTIONED Belarus']],
    miss: [['Canada announced a programme against poverty.']],
  },
];

// Praise by congratulation or by naming someone a friend. Seen: news-dev (an election's congratulations in two
// articles; "calls X his dear friend"), and the seed article (not a development text, named for the record).
export const praise: Pattern[] = [
  {
    id: 'praise.congratulate', kind: 'verb', predicate: 'PRAISED', verbs: ['congratulate', 'salute', 'applaud', 'welcome'], voice: 'active',
    subject: 'agent', object: 'patient', subjectTypes: ACTORS, objectTypes: ['PERSON', 'COUNTRY', 'ORGANIZATION'], seen: 'news-dev (two election reports)',
    match: [['Narendra Modi congratulated Donald Tusk on Sunday.', 'Narendra Modi PRAISED Donald Tusk']],
    miss: [['Narendra Modi did not congratulate Donald Tusk.', 'NOT Narendra Modi PRAISED Donald Tusk'], ['Donald Tusk was in Warsaw.']],
  },
  {
    id: 'praise.naming', kind: 'verb', predicate: 'PRAISED', verbs: ['call', 'describe', 'hail', 'dub', 'consider', 'regard', 'name'],
    complementNouns: ['friend', 'hero', 'partner', 'brother', 'model', 'champion', 'visionary', 'statesman'], subject: 'agent', object: 'patient',
    subjectTypes: ACTORS, seen: 'news-dev ("calls X his dear friend"); seed article',
    match: [['Viktor Orban calls Donald Tusk his dear friend.', 'Viktor Orbán PRAISED Donald Tusk'], ['Viktor Orban described Donald Tusk as a hero.', 'Viktor Orbán PRAISED Donald Tusk']],
    miss: [['Viktor Orban called Donald Tusk on Monday.'], ['Viktor Orban calls Donald Tusk a liar.']],
  },
];
