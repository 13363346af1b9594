// Travel and visits as nouns and with a support verb (the verbs "visit", "travel to" … are still read by
// the verb frames in lexicon.ts). Seen: news-dev (three texts with "X's visit/trip to"; "paid/concludes … visits"
// in two), Re-DocRED dev and CoNLL04 train (one each).
import type { Pattern } from './types.ts';

const TRAVEL_NOUNS = ['visit', 'visits', 'trip', 'trips', 'tour', 'journey', 'stop', 'stopover', 'arrival', 'travel', 'mission'];
const TARGETS = ['COUNTRY', 'LOCATION'] as const;

export const visits: Pattern[] = [
  {
    id: 'visit.noun.possessor', kind: 'noun', predicate: 'VISITED', nouns: TRAVEL_NOUNS, subject: 'possessor', object: 'pp:to',
    objectTypes: TARGETS, seen: 'news-dev (three texts)',
    match: [["During Lula's first visit to Angola, the two sides signed a loan.", 'Luiz Inácio Lula da Silva VISITED Angola'], ["Scholz's trip to Kenya ended on Friday.", 'Olaf Scholz VISITED Kenya']],
    miss: [["Lula's visit ended without a deal."], ["Scholz spoke about the trip."]],
  },
  {
    id: 'visit.support', kind: 'support', predicate: 'VISITED', verbs: ['embark', 'make', 'pay', 'undertake', 'begin', 'start', 'conclude', 'end', 'wrap', 'complete', 'kick'],
    nouns: TRAVEL_NOUNS, subject: 'agent', object: 'pp:to', objectTypes: TARGETS, seen: 'news-dev (two texts); Re-DocRED dev; CoNLL04 train',
    match: [['Olaf Scholz embarked on a three-day visit to Kenya.', 'Olaf Scholz VISITED Kenya'], ['Emmanuel Macron paid a state visit to Vietnam on Monday.', 'Emmanuel Macron VISITED Vietnam']],
    miss: [['Olaf Scholz made a speech in Kenya.'], ['Olaf Scholz did not make a visit to Kenya.', 'NOT Olaf Scholz VISITED Kenya']],
  },
  {
    id: 'visit.noun.adjunct', kind: 'noun', predicate: 'VISITED', nouns: TRAVEL_NOUNS.filter((w) => w !== 'mission'), governedBy: ['on', 'from', 'during', 'after', 'following'],
    subject: 'clause.agent', object: 'pp:to', subjectTypes: ['PERSON', 'COUNTRY', 'ORGANIZATION'], objectTypes: TARGETS,
    seen: 'news-fresh (three texts: "X, on a visit to Y,", "X, who flew to Z from a visit to Y", "travelled to Z from a visit to Y"); news-dev (lexicon noun frames: "after visits to Y")',
    match: [['Olaf Scholz, on a visit to Kenya, met students.', 'Olaf Scholz VISITED Kenya'], ['Olaf Scholz flew home from a visit to Kenya.', 'Olaf Scholz VISITED Kenya']],
    // (an aircraft "on a mission to" a range travels for no one)
    miss: [['Olaf Scholz spoke about a visit to Kenya.'], ['Olaf Scholz called for a visit to Kenya.'], ['Olaf Scholz was joined by Annalena Baerbock during his visit to Kenya.']],
  },
];
