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
