// Travel and visits as nouns and with a support verb (the verbs "visit", "travel to" … are still read by
// the verb frames in lexicon.ts). Seen: news-dev (visit and trip nouns, "paid/made a visit"), Re-DocRED dev ("visit to").
import type { Pattern } from './types.ts';

const TRAVEL_NOUNS = ['visit', 'visits', 'trip', 'trips', 'tour', 'journey', 'stop', 'stopover', 'arrival', 'travel', 'mission'];
const TARGETS = ['COUNTRY', 'LOCATION'] as const;

export const visits: Pattern[] = [
  {
    id: 'visit.noun.possessor', kind: 'noun', predicate: 'VISITED', nouns: TRAVEL_NOUNS, subject: 'possessor', object: 'pp:to',
    objectTypes: TARGETS, seen: 'news-dev; Re-DocRED dev',
    match: [["During Lula's first visit to Angola, the two sides signed a loan.", 'Luiz Inácio Lula da Silva VISITED Angola'], ["Scholz's trip to Kenya ended on Friday.", 'Olaf Scholz VISITED Kenya']],
    miss: [["Lula's visit ended without a deal."], ["Scholz spoke about the trip."]],
  },
  {
    id: 'visit.noun.in', kind: 'noun', predicate: 'VISITED', nouns: ['arrival', 'stop', 'stopover', 'visit', 'stay'], subject: 'possessor', object: 'pp:in',
    objectTypes: TARGETS, seen: 'news-dev; CoNLL04 train ("arrival in")',
    match: [["Macron's arrival in Hanoi was delayed by a storm.", 'Emmanuel Macron VISITED Hanoi']],
    miss: [["The arrival of winter in Hanoi was early."]],
  },
  {
    id: 'visit.noun.by', kind: 'noun', predicate: 'VISITED', nouns: TRAVEL_NOUNS, subject: 'pp:by', object: 'pp:to',
    objectTypes: TARGETS, seen: 'news-dev; Re-DocRED dev',
    match: [['A visit to Ghana by Olaf Scholz is planned for May.', 'Olaf Scholz VISITED Ghana']],
    miss: [['A visit to Ghana is planned for May.']],
  },
  {
    id: 'visit.support', kind: 'support', predicate: 'VISITED', verbs: ['embark', 'make', 'pay', 'undertake', 'begin', 'start', 'conclude', 'end', 'wrap', 'complete', 'kick'],
    nouns: TRAVEL_NOUNS, subject: 'agent', object: 'pp:to', objectTypes: TARGETS, seen: 'news-dev (two read-outs)',
    match: [['Olaf Scholz embarked on a three-day visit to Kenya.', 'Olaf Scholz VISITED Kenya'], ['Emmanuel Macron paid a state visit to Vietnam on Monday.', 'Emmanuel Macron VISITED Vietnam']],
    miss: [['Olaf Scholz made a speech in Kenya.'], ['Olaf Scholz did not make a visit to Kenya.', 'NOT Olaf Scholz VISITED Kenya']],
  },
  {
    id: 'visit.support.in', kind: 'support', predicate: 'VISITED', verbs: ['make', 'pay', 'begin', 'start', 'end', 'conclude'],
    nouns: ['stop', 'stopover', 'visit', 'stay'], subject: 'agent', object: 'pp:in', objectTypes: TARGETS, seen: 'news-dev (two read-outs)',
    match: [['Emmanuel Macron made a stop in Singapore before flying home.', 'Emmanuel Macron VISITED Singapore']],
    miss: [['Emmanuel Macron made a speech in Singapore.']],
  },
];
