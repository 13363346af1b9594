// Sanctions named as a noun with their imposer: "sanctions imposed on X by Y" (a passive, often a reduced relative), "EU
// sanctions against X", "the U.S. embargo on X". The active "Y imposed sanctions on X" is diplomacy.ts's.
import { SANCTION_NOUNS } from '../lexicon.ts';
import type { Pattern } from './types.ts';

const TARGETS = ['COUNTRY', 'ORGANIZATION', 'PERSON'] as const;
const IMPOSED_NOUNS = [...SANCTION_NOUNS, 'embargoes'];

export const sanctions: Pattern[] = [
  {
    id: 'sanction.imposed.by', kind: 'verb', predicate: 'SANCTIONED', verbs: ['impose', 'slap', 'level'], voice: 'passive', patientNouns: IMPOSED_NOUNS,
    subject: 'agent', object: 'pp:on', subjectTypes: ['COUNTRY', 'ORGANIZATION'], objectTypes: TARGETS,
    seen: 'news-dev (a wire report: "heavy sanctions imposed by A and B"); news-fresh11 (a wire report: "remains under sanctions imposed by A and B")',
    match: [['New sanctions were imposed on Peru by Chile in May.', 'Chile SANCTIONED Peru']],
    miss: [['The sanctions imposed on Peru hurt trade.'], ['The taxes imposed on Peru by Chile were lifted.']],
  },
  {
    // the same as a reduced relative, which the clause layer reads as the noun's own verb ("The sanctions imposed on X
    // by Y expire"): the imposer is the by-phrase, whatever the voice found
    id: 'sanction.imposed.on.by', kind: 'verb', predicate: 'SANCTIONED', verbs: ['impose'], subject: 'pp:by', object: 'pp:on',
    subjectTypes: ['COUNTRY', 'ORGANIZATION'], objectTypes: TARGETS,
    seen: 'news-fresh10 (a wire report: "the unilateral sanctions imposed on X by A and B"); news-fresh11 (a wire report: "the sanctions imposed on X by Y")',
    match: [['The sanctions imposed on Peru by the European Union expire in May.', 'European Union SANCTIONED Peru'],
      ['The unilateral sanctions imposed on Peru by the United States and the European Union hurt trade.', 'United States SANCTIONED Peru']],
    miss: [['The sanctions imposed on Peru expire in May.'], ['Chile imposed sanctions on Peru, said by Bolivia to be harsh.']],
  },
  ...(['against', 'on'] as const).map((prep): Pattern => ({
    // "a 12th package of EU sanctions against X", "the U.S. embargo on X": the imposer as the noun's modifier
    id: `sanction.modifier.${prep}`, kind: 'noun', predicate: 'SANCTIONED', nouns: ['sanctions', 'embargo'], subject: 'modifier', object: `pp:${prep}`,
    subjectTypes: ['COUNTRY', 'ORGANIZATION'], objectTypes: TARGETS,
    seen: 'news-fresh11 (a live blog: "a 12th package of EU sanctions against X"); news-fresh4 (a wire report: "the U.S. embargo on his country"); news-fresh7 (an analysis: "Western sanctions on X")',
    match: [[`The ministers agreed a new package of EU sanctions ${prep} Peru.`, 'European Union SANCTIONED Peru']],
    miss: [[`The ministers debated sanctions ${prep} Peru.`], [`The ministers agreed new EU rules ${prep} Peru.`]],
  })),
];
