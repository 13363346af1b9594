// Negotiation as a noun: "negotiations between A and B", "its negotiations with Y", "held negotiations with Y". SCHEMA.md: negotiated, held
// negotiations, mediated (the mediator with each party) are NEGOTIATED_WITH; a plain meeting ("talks") stays MET_WITH.
import type { Pattern } from './types.ts';

const SIDES = ['COUNTRY', 'ORGANIZATION', 'PERSON'] as const;
const NEGOTIATIONS = ['negotiations', 'negotiation'];
/** the light verbs of negotiations held: "held", "conducted", "led" negotiations with Y (not "open" or "pursue": said of
 * negotiations only planned as often, "decided to open accession negotiations with X") */
const NEGOTIATING = ['hold', 'have', 'conduct', 'begin', 'start', 'lead'];

export const talks: Pattern[] = [
  {
    id: 'negotiate.between', kind: 'noun', predicate: 'NEGOTIATED_WITH', nouns: NEGOTIATIONS, subject: 'pp:between', object: 'pp:between',
    subjectTypes: SIDES, objectTypes: SIDES,
    seen: 'news-fresh7 (kishida-asean-japan-tokyo-readout: "the negotiations between A and B on a … Agreement"); news-fresh11 (kosovo-serbia-ohrid-annex-wire: "mediated the negotiations between A and B")',
    match: [['The negotiations between Chile and Peru on a fishing pact resumed.', 'Chile NEGOTIATED_WITH Peru']],
    miss: [['The border between Chile and Peru was closed during the negotiations.'], ['Trade between Chile and Peru grew.']],
  },
  {
    id: 'negotiate.possessor.with', kind: 'noun', predicate: 'NEGOTIATED_WITH', nouns: NEGOTIATIONS, subject: 'possessor', object: 'pp:with',
    subjectTypes: SIDES, objectTypes: SIDES,
    seen: 'news-fresh7 (istanbul-talks-live-blog: "leading the … side in its negotiations with X"); news-fresh6 (cavusoglu-antalya-diplomacy-forum-2022: "continue negotiations with X")',
    match: [["Chile's negotiations with Peru stalled in May.", 'Chile NEGOTIATED_WITH Peru']],
    miss: [["Chile's negotiations ended."], ["Chile's talks on fishing with experts ended."]],
  },
  {
    id: 'negotiate.support', kind: 'support', predicate: 'NEGOTIATED_WITH', verbs: NEGOTIATING, nouns: NEGOTIATIONS, subject: 'agent', object: 'pp:with',
    subjectTypes: SIDES, objectTypes: SIDES,
    seen: 'news-fresh11 (drc-rwanda-washington-peace-deal-analysis: "led the negotiations with both governments"); news-fresh10 (lavrov-africa-tour-readout: "held negotiations with")',
    match: [['Chile held negotiations with Peru in Lima.', 'Chile NEGOTIATED_WITH Peru'], ['Gabriel Boric led negotiations with Bolivia last year.', 'Gabriel Boric NEGOTIATED_WITH Bolivia']],
    miss: [['Chile held a rally with Peru.'], ['Chile did not hold negotiations with Peru.', 'NOT Chile NEGOTIATED_WITH Peru'], ['Chile decided to open negotiations with Peru.']],
  },
];
